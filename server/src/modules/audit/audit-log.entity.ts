import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

/** One append-only audit entry. Nothing in the API updates or deletes these rows. */
@Entity('audit_log')
@Index('idx_audit_entity', ['entity', 'entityId'])
@Index('idx_audit_actor_at', ['actorId', 'at'])
@Index('idx_audit_action_at', ['action', 'at'])
@Index('idx_audit_customer_at', ['customerId', 'at'])
@ObjectType()
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Index('idx_audit_at')
  @Column({ type: 'datetime' })
  @Field(() => Date)
  at: Date;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_api_key_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The API key that acted, when a key did' })
  actorApiKeyId: number | null;

  @Column({
    name: 'actor_name',
    type: 'varchar',
    length: VARCHAR.audit_log.actor_name,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  actorName: string | null;

  /** e.g. `user.create`, `auth.login`, `auth.loginFailed`. */
  @Column({ type: 'varchar', length: VARCHAR.audit_log.action })
  @Field(() => String)
  action: string;

  @Column({ type: 'varchar', length: VARCHAR.audit_log.entity, nullable: true })
  @Field(() => String, { nullable: true })
  entity: string | null;

  @Column({
    name: 'entity_id',
    type: 'varchar',
    length: VARCHAR.audit_log.entity_id,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  diff: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: VARCHAR.audit_log.ip, nullable: true })
  @Field(() => String, { nullable: true })
  ip: string | null;

  /** The first customer the entry concerns (all of them: `audit_log_customer`); resolved per viewer. */
  @Column({ name: 'customer_id', type: 'int', nullable: true })
  customerId: number | null;
}
