import { VARCHAR } from '../../common/limits';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';

/**
 * A follow-up (跟进记录) with a customer. Dictionary-backed fields hold item ids
 * (`method_id` → `followup_method`, `milestone_id` → `followup_milestone`) and resolve to
 * `DictionaryItem` in GraphQL.
 */
@Entity('followup')
@Index('idx_followup_customer_happened', ['customerId', 'happenedAt'])
@Index('idx_followup_user_happened', ['userId', 'happenedAt'])
@Index('idx_followup_next_date', ['nextDate'])
@ObjectType('Followup')
export class Followup {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;

  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customerRow?: Relation<Customer>;

  /** The contact spoken to; contacts arrive later, so this is a plain column for now. */
  @Column({ name: 'contact_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  contactId: number | null;

  @Column({ name: 'user_id', type: 'int' }) @Field(() => ID) userId: number;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  userRow?: Relation<User>;

  @Column({ name: 'happened_at', type: 'datetime' }) @Field(() => Date) happenedAt: Date;
  @Column({ name: 'method_id', type: 'int', nullable: true }) methodId: number | null;
  @Column({ type: 'text' }) @Field(() => String) content: string;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) feedback:
    string | null;
  @Column({ name: 'next_step', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  nextStep: string | null;
  @Column({
    name: 'next_date',
    type: 'varchar',
    length: VARCHAR.followup.next_date,
    nullable: true,
  })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  nextDate: string | null;
  @Column({ name: 'milestone_id', type: 'int', nullable: true }) milestoneId: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}
