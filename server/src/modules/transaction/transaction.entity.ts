import { DECIMAL, VARCHAR } from '../../common/limits';
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
 * A transaction (交易记录) of a customer. `type_id` is an item of `transaction_type`; the
 * amount is an exact decimal, a string in GraphQL.
 */
@Entity('customer_transaction')
@Index('idx_customer_transaction_customer_on', ['customerId', 'occurredOn'])
@ObjectType('Transaction')
export class CustomerTransaction {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;

  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customerRow?: Relation<Customer>;

  @Column({
    name: 'occurred_on',
    type: 'varchar',
    length: VARCHAR.customer_transaction.occurred_on,
  })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  occurredOn: string;
  @Column({ name: 'type_id', type: 'int' }) typeId: number;
  /** Exact decimal; mysql2 returns a string, SQLite a number (formatted by the resolver). */
  @Column({ type: 'decimal', ...DECIMAL.customer_transaction.amount }) amount: string;
  @Column({ type: 'varchar', length: VARCHAR.customer_transaction.currency, default: 'CNY' })
  @Field(() => String)
  currency: string;
  @Column({ type: 'varchar', length: VARCHAR.customer_transaction.product, nullable: true })
  @Field(() => String, { nullable: true })
  product: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) note:
    string | null;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: number | null;
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creatorRow?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}
