import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessLevel } from '../customer/customer-member.entity';
import { VARCHAR } from '../../common/limits';

export enum RequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'Where an access or change request stands',
});

/** A request to read or edit one customer (查阅/借阅申请), routed to the manager over the owner. */
@Entity('access_request')
@Index('idx_access_request_approver', ['approverId', 'status'])
@Index('idx_access_request_requester', ['requesterId', 'status'])
@Index('idx_access_request_customer', ['customerId'])
@ObjectType()
export class AccessRequest {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @Column({ name: 'requester_id', type: 'int' }) @Field(() => ID) requesterId: number;
  @Column({ name: 'approver_id', type: 'int', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Routed approver; null means administrators decide',
  })
  approverId: number | null;
  @Column({ type: 'varchar', length: VARCHAR.access_request.level })
  @Field(() => AccessLevel)
  level: AccessLevel;
  @Column({
    name: 'reason_code',
    type: 'varchar',
    length: VARCHAR.access_request.reason_code,
    nullable: true,
  })
  @Field(() => String, { nullable: true, description: 'Item code of `access_reason`' })
  reasonCode: string | null;
  @Column({ type: 'varchar', length: VARCHAR.access_request.reason, nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Column({ type: 'datetime' })
  @Field(() => Date, { description: 'Access asked for until this instant' })
  until: Date;
  @Column({ type: 'varchar', length: VARCHAR.access_request.status })
  @Field(() => RequestStatus)
  status: RequestStatus;
  @Column({ name: 'decided_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  decidedBy: number | null;
  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  @Column({ type: 'varchar', length: VARCHAR.access_request.comment, nullable: true })
  @Field(() => String, { nullable: true, description: 'The approver’s comment' })
  comment: string | null;
  @Column({ name: 'grant_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The grant an approval created' })
  grantId: number | null;
  @Column({ name: 'renews_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The request this one renews' })
  renewsId: number | null;
  @Column({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}
