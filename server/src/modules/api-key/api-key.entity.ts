import { VARCHAR } from '../../common/limits';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Department } from '../department/department.entity';
import type { Role } from '../role/role.entity';
import type { User } from '../user/user.entity';

/** A named credential for integrations. Only a hash of the secret is kept. */
@Entity('api_key')
@ObjectType()
export class ApiKey {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.api_key.name })
  @Field(() => String)
  name: string;

  /** Public lookup part of the key, shown in lists. */
  @Column({ type: 'varchar', length: VARCHAR.api_key.prefix, unique: true })
  @Field(() => String)
  prefix: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: VARCHAR.api_key.secret_hash })
  secretHash: string;

  @Column({ name: 'role_id', type: 'int' })
  @Field(() => ID)
  roleId: number;

  @ManyToOne('Role', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: Relation<Role>;

  @Column({ name: 'department_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  departmentId: number | null;

  @ManyToOne('Department', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdById: number | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}
