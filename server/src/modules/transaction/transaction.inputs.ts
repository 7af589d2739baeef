import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { CustomerTransaction } from './transaction.entity';

export const TransactionList = defineListTypes('Transaction', CustomerTransaction, {
  id: { kind: 'id' },
  customerId: { kind: 'id' },
  typeId: { kind: 'id' },
  occurredOn: { kind: 'string' },
  currency: { kind: 'string' },
  createdBy: { kind: 'id' },
  createdAt: { kind: 'date' },
});

@InputType()
export class CreateTransactionInput {
  @Field(() => ID) customerId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field(() => String, { description: 'Item code of dictionary `transaction_type`' }) type: string;
  @Field(() => String, {
    description: 'Exact decimal as a string, at most 2 decimals, e.g. "1234.50"',
  })
  amount: string;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code; defaults to CNY' })
  currency?: string | null;
  @Field(() => String, { nullable: true }) product?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CreateOneTransactionInput {
  @Field(() => CreateTransactionInput) transaction: CreateTransactionInput;
}

/** Kept by the system from the customer's transactions (no extra query to read). */
@ObjectType()
export class TransactionSummary {
  @Field(() => Int) count: number;
  @Field(() => String, {
    description: 'Sum of amounts whose type has attribute sign = 1, two decimals',
  })
  totalAmount: string;
  @Field(() => String, { nullable: true }) firstOn: string | null;
  @Field(() => String, { nullable: true }) lastOn: string | null;
}
