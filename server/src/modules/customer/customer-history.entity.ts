import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

/** One changed field: old and new value, who, when and why (shared by customer and contact history). */
@ObjectType('FieldChange')
export abstract class FieldChange {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ type: 'varchar', length: VARCHAR.field_change.field })
  @Field(() => String)
  field: string;
  @Column({ name: 'old_value', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  oldValue: string | null;
  @Column({ name: 'new_value', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  newValue: string | null;
  @Column({ name: 'actor_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  actorId: number | null;
  @Column({
    name: 'actor_name',
    type: 'varchar',
    length: VARCHAR.field_change.actor_name,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  actorName: string | null;
  @Column({ type: 'datetime' }) @Field(() => Date) at: Date;
  @Column({ type: 'varchar', length: VARCHAR.field_change.reason, nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;
}

@Entity('customer_history')
@Index('idx_customer_history_customer', ['customerId', 'at'])
@ObjectType()
export class CustomerHistory extends FieldChange {
  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
}

@Entity('contact_history')
@Index('idx_contact_history_contact', ['contactId', 'at'])
@ObjectType()
export class ContactHistory extends FieldChange {
  @Column({ name: 'contact_id', type: 'int' }) @Field(() => ID) contactId: number;
}

/** A name the customer had before a rename; search still finds it. */
@Entity('customer_former_name')
@Index('idx_former_name_customer', ['customerId'])
@Index('idx_former_name_name', ['name'])
@ObjectType()
export class CustomerFormerName {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Column({ type: 'varchar', length: VARCHAR.customer_former_name.name })
  @Field(() => String)
  name: string;
  @Column({ name: 'used_until', type: 'datetime' })
  @Field(() => Date, { description: 'When the customer was renamed away from it' })
  usedUntil: Date;
  @Column({ type: 'varchar', length: VARCHAR.customer_former_name.reason, nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;
}
