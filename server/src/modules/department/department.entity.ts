import { VARCHAR } from '../../common/limits';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { User } from '../user/user.entity';

/** A node of the organisation tree. */
@Entity('department')
@ObjectType()
export class Department extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.department.name })
  @Field(() => String)
  name: string;

  @Index('idx_department_parent')
  @Column({ name: 'parent_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Department>;

  @Column({ name: 'manager_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  managerId: number | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Relation<User>;
}
