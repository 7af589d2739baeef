import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessLevel } from '../customer/customer-member.entity';
import { VARCHAR } from '../../common/limits';

/** Time-limited access to one customer for a user or a whole department, with who granted it and why. */
@Entity('customer_grant')
@Index('idx_grant_customer', ['customerId'])
@Index('idx_grant_user', ['userId', 'expiresAt'])
@Index('idx_grant_department', ['departmentId', 'expiresAt'])
@ObjectType()
export class CustomerGrant {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @Column({ name: 'user_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Grantee user' })
  userId: number | null;
  @Column({ name: 'department_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Grantee department' })
  departmentId: number | null;
  @Column({ type: 'varchar', length: VARCHAR.customer_grant.level })
  @Field(() => AccessLevel)
  level: AccessLevel;
  @Column({ name: 'expires_at', type: 'datetime' })
  @Field(() => Date, { description: 'The grant stops working at this instant' })
  expiresAt: Date;
  @Column({ type: 'varchar', length: VARCHAR.customer_grant.reason })
  @Field(() => String)
  reason: string;
  @Column({ name: 'granted_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  grantedBy: number | null;
  @Column({ name: 'granted_at', type: 'datetime' }) @Field(() => Date) grantedAt: Date;
  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
  @Column({ name: 'revoked_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  revokedBy: number | null;
}
