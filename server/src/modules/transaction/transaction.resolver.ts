import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { badInput } from '../../common/errors/app-error';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import { Customer } from '../customer/customer.entity';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { MAX_NESTED_LIMIT } from '../followup/followup.loaders';
import { User } from '../user/user.entity';
import { formatMoney } from './money';
import { CustomerTransaction } from './transaction.entity';
import {
  CreateOneTransactionInput,
  TransactionList,
  TransactionSummary,
} from './transaction.inputs';

@Resolver(() => CustomerTransaction)
export class TransactionResolver {
  @Authorized()
  @Query(() => TransactionList.Connection, {
    description: 'Transactions of customers the caller may read (latest first unless sorted)',
  })
  transactions(
    @Args(() => TransactionList.Args) args: InstanceType<typeof TransactionList.Args>,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.transactions.list(ctx, args);
  }

  @Authorized('customer.update')
  @Mutation(() => CustomerTransaction, {
    description: "Needs edit access to the customer; keeps the customer's totals",
  })
  createOneTransaction(
    @Arg('input', () => CreateOneTransactionInput) input: CreateOneTransactionInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.transactions.create(ctx, input.transaction);
  }

  @Authorized('customer.update')
  @Mutation(() => CustomerTransaction)
  deleteOneTransaction(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.transactions.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => String, { description: 'Exact decimal with two decimals, e.g. "0.30"' })
  amount(@Root() t: CustomerTransaction) {
    return formatMoney(t.amount);
  }

  @FieldResolver(() => DictionaryItem, {
    nullable: true,
    description: 'Item of `transaction_type`',
  })
  type(@Root() t: CustomerTransaction, @Ctx() ctx: AppContext) {
    return ctx.loaders.dictionaryItemById.load(t.typeId);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the caller may not read the customer',
  })
  customer(@Root() t: CustomerTransaction, @Ctx() ctx: AppContext) {
    return ctx.loaders.readableCustomerById(ctx.caller).load(t.customerId);
  }

  @FieldResolver(() => User, { nullable: true })
  creator(@Root() t: CustomerTransaction, @Ctx() ctx: AppContext) {
    return t.createdBy ? ctx.loaders.userById.load(t.createdBy) : null;
  }
}

/** `customer.transactions(limit)` and `customer.transactionSummary`. */
@Resolver(() => Customer)
export class CustomerTransactionsResolver {
  @FieldResolver(() => [CustomerTransaction], {
    description: `Latest transactions first (at most ${MAX_NESTED_LIMIT})`,
  })
  transactions(
    @Root() c: Customer,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: AppContext,
  ) {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NESTED_LIMIT)
      throw badInput('limit', 'outOfRange', { min: 1, max: MAX_NESTED_LIMIT });
    return ctx.loaders.latestTransactionsByCustomerId(limit).load(c.id);
  }

  @FieldResolver(() => TransactionSummary, {
    description: 'Kept by the system from the transactions',
  })
  transactionSummary(@Root() c: Customer): TransactionSummary {
    return {
      count: Number(c.transactionCount ?? 0),
      totalAmount: formatMoney(c.totalAmount),
      firstOn: c.firstTransactionOn,
      lastOn: c.lastTransactionOn,
    };
  }
}
