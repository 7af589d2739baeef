import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RequestStatus } from '../access-request/access-request.entity';
import { VARCHAR } from '../../common/limits';

/** A proposed change to protected fields (修改审批): applied by the approver only if the base version still matches. */
@Entity('change_request')
@Index('idx_change_request_approver', ['approverId', 'status'])
@Index('idx_change_request_requester', ['requesterId', 'status'])
@Index('idx_change_request_customer', ['customerId', 'status'])
@Index('idx_change_request_requester_key', ['requesterApiKeyId', 'status'])
@ObjectType()
export class ChangeRequest {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @Column({ name: 'requester_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  requesterId: number | null;
  @Column({ name: 'requester_api_key_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The API key that asked, when a key did' })
  requesterApiKeyId: number | null;
  @Column({ name: 'approver_id', type: 'int', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'Routed approver; null means administrators decide',
  })
  approverId: number | null;
  @Column({ name: 'base_version', type: 'int' })
  @Field(() => Int, { description: 'The customer version the change was proposed against' })
  baseVersion: number;
  /** The proposed values as submitted (item codes for selects, `ownerId` for a transfer). */
  @Column({ type: 'simple-json' })
  @Field(() => GraphQLJSON, { description: 'Proposed values by field key, as submitted' })
  proposed: Record<string, unknown>;
  @Column({ type: 'simple-json' })
  @Field(() => GraphQLJSON, { description: '{ field: { from, to } } for review' })
  diff: Record<string, { from: unknown; to: unknown }>;
  @Column({ type: 'varchar', length: VARCHAR.change_request.reason })
  @Field(() => String)
  reason: string;
  @Column({ type: 'varchar', length: VARCHAR.change_request.status })
  @Field(() => RequestStatus)
  status: RequestStatus;
  @Column({ name: 'decided_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  decidedBy: number | null;
  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  @Column({ type: 'varchar', length: VARCHAR.change_request.comment, nullable: true })
  @Field(() => String, { nullable: true })
  comment: string | null;
  @Column({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}
