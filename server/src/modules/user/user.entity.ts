import { VARCHAR } from '../../common/limits';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Department } from '../department/department.entity';
import { Role } from '../role/role.entity';

/** A person who signs in to Dossier. */
@Entity('user')
@ObjectType()
export class User extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.user.username, unique: true })
  @Field(() => String)
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: VARCHAR.user.display_name })
  @Field(() => String)
  displayName: string;

  @Column({ type: 'varchar', length: VARCHAR.user.email, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: VARCHAR.user.mobile, nullable: true })
  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean;

  @Column({ name: 'password_hash', type: 'varchar', length: VARCHAR.user.password_hash })
  passwordHash: string;

  @Index('idx_user_department')
  @Column({ name: 'department_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  departmentId: number | null;

  @ManyToOne('Department', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @ManyToMany(() => Role)
  @JoinTable({
    name: 'user_role',
    joinColumn: { name: 'user_id' },
    inverseJoinColumn: { name: 'role_id' },
  })
  roles?: Role[];

  @Column({ name: 'last_login_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}
