import { DICT, isValidDate } from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, badInput, InputProblems, notFound } from '../../common/errors/app-error';
import { ACCEPTED, decimalMaxText, VARCHAR } from '../../common/limits';
import { parseId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import { SortDirection } from '../../common/pagination/comparisons';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction } from '../../common/transaction';
import { scopedChildren } from '../access/scoped-reads';
import { readableChildById } from '../access/scoped-lookup';
import { diffChanges } from '../audit/audit.service';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { dictionaryItemId, lockCustomerRow, optionalText } from '../followup/activity-support';
import { formatMoney, MONEY_PATTERN } from './money';
import { CustomerTransaction } from './transaction.entity';
import { TransactionList, type CreateTransactionInput } from './transaction.inputs';

const AUDITED = ['customerId', 'occurredOn', 'typeId', 'amount', 'currency', 'product', 'note'];

/** Transactions (交易记录): reads through the access policy, writes keep the customer's totals. */
export class TransactionService {
  constructor(private readonly ds: DataSource) {}

  /** Transactions of customers the caller may read, filtered in SQL before paging. Latest first by default. */
  async list(ctx: AppContext, args: ListArgsShape) {
    const qb = await scopedChildren(ctx, CustomerTransaction, 't');
    const sorting = args.sorting?.length
      ? args.sorting
      : [{ field: 'occurredOn', direction: SortDirection.DESC }];
    return listConnection(qb, { ...args, sorting }, TransactionList.spec, {
      property: 'id',
      direction: 'DESC',
    });
  }

  create(ctx: AppContext, input: CreateTransactionInput): Promise<CustomerTransaction> {
    const customerId = parseId(input.customerId, 'transaction.customerId');
    return inTransaction(ctx, async (em) => {
      await ctx.services.customers.get(ctx, customerId, em, 'edit');
      const snap = await ctx.loaders.dictionarySnapshot();
      const problems = new InputProblems();
      const occurredOn = input.occurredOn?.trim() ?? '';
      if (!isValidDate(occurredOn)) problems.add('transaction.occurredOn', 'notDate');
      const typeId = input.type?.trim()
        ? dictionaryItemId(snap, DICT.transactionType, input.type, 'transaction.type', problems)
        : undefined;
      if (!input.type?.trim()) problems.add('transaction.type', 'required');
      const amount = typeof input.amount === 'string' ? input.amount.trim() : '';
      if (!/^-?\d+(\.\d{1,2})?$/.test(amount)) problems.add('transaction.amount', 'notMoney');
      else if (!MONEY_PATTERN.test(amount)) {
        const max = decimalMaxText(ACCEPTED.amount);
        problems.add('transaction.amount', 'outOfRange', { min: `-${max}`, max });
      }
      const currency = input.currency?.trim() ? input.currency.trim().toUpperCase() : 'CNY';
      if (!/^[A-Z]{3}$/.test(currency)) problems.add('transaction.currency', 'invalidFormat');
      const product = optionalText(
        input.product,
        'transaction.product',
        problems,
        VARCHAR.customer_transaction.product,
      );
      const note = optionalText(input.note, 'transaction.note', problems);
      problems.throwIfAny();

      await lockCustomerRow(em, customerId);
      if (countingTypeIds(snap).includes(typeId!))
        await refuseTotalOverflow(em, snap, customerId, amount);
      const row = em.create(CustomerTransaction, {
        customerId,
        occurredOn,
        typeId: typeId!,
        amount,
        currency,
        product: product ?? null,
        note: note ?? null,
        createdBy: ctx.caller?.userId ?? null,
      });
      await em.insert(CustomerTransaction, row);
      await refreshTransactionTotals(em, snap, customerId);
      await ctx.services.audit.record(em, ctx, {
        action: 'transaction.create',
        entity: 'Transaction',
        entityId: row.id,
        diff: diffChanges(null, row, AUDITED),
        customerIds: [customerId],
      });
      return row;
    });
  }

  delete(ctx: AppContext, id: number): Promise<CustomerTransaction> {
    return inTransaction(ctx, async (em) => {
      // A transaction of a customer the caller cannot read looks exactly like a missing one.
      const row = await readableChildById(ctx, em, CustomerTransaction, 'Transaction', id);
      await ctx.services.customers.get(ctx, row.customerId, em, 'edit');
      await lockCustomerRow(em, row.customerId);
      await em.delete(CustomerTransaction, { id });
      await refreshTransactionTotals(em, await ctx.loaders.dictionarySnapshot(), row.customerId);
      await ctx.services.audit.record(em, ctx, {
        action: 'transaction.delete',
        entity: 'Transaction',
        entityId: id,
        diff: diffChanges(null, { ...row, amount: formatMoney(row.amount) }, AUDITED),
        customerIds: [row.customerId],
      });
      return row;
    });
  }
}

/** Ids of `transaction_type` items whose attribute `sign` is 1 (they count toward the total amount). */
export function countingTypeIds(snap: DictionarySnapshot): number[] {
  const type = snap.typeByCode.get(DICT.transactionType);
  if (!type) return [];
  return (snap.itemsByType.get(type.id) ?? [])
    .filter((item) => Number(item.attributes?.sign) === 1)
    .map((item) => item.id);
}

/**
 * Refuses (BAD_USER_INPUT `totalTooLarge` on `transaction.amount`) a counting transaction that
 * would take the customer's kept total past ACCEPTED.totalAmount. Runs under the customer lock.
 */
async function refuseTotalOverflow(
  em: EntityManager,
  snap: DictionarySnapshot,
  customerId: number,
  amount: string,
): Promise<void> {
  const counting = countingTypeIds(snap);
  const [row] = (await em.query(
    `SELECT COALESCE(SUM(ROUND(t.amount * 100)), 0) AS cents FROM customer_transaction t
      WHERE t.customer_id = ? AND t.type_id IN (${counting.map(() => '?').join(', ')})`,
    [customerId, ...counting],
  )) as { cents: string | number }[];
  const cents = Number(row.cents) + Math.round(Number(amount) * 100);
  const max = decimalMaxText(ACCEPTED.totalAmount);
  if (Math.abs(cents) > Number(max.replace('.', '')))
    throw badInput('transaction.amount', 'totalTooLarge', { max });
}

/**
 * Recomputes the customer's kept totals from its rows with ONE portable UPDATE (no increments,
 * so concurrent writers cannot lose an update; they are serialised by `lockCustomerRow`).
 * The total sums whole cents, ROUND(amount * 100), which is exact on MySQL's DECIMAL and on
 * SQLite (whose decimals are REALs: whole numbers below 2^53 add up exactly).
 */
export async function refreshTransactionTotals(
  em: EntityManager,
  snap: DictionarySnapshot,
  customerId: number,
): Promise<void> {
  const counting = countingTypeIds(snap);
  const inList = counting.length ? `t.type_id IN (${counting.map(() => '?').join(', ')})` : '1 = 0';
  await em.query(
    `UPDATE customer SET
       transaction_count = (SELECT COUNT(*) FROM customer_transaction t WHERE t.customer_id = ?),
       total_amount = (SELECT COALESCE(SUM(ROUND(t.amount * 100)), 0) / 100.0 FROM customer_transaction t WHERE t.customer_id = ? AND ${inList}),
       first_transaction_on = (SELECT MIN(t.occurred_on) FROM customer_transaction t WHERE t.customer_id = ?),
       last_transaction_on = (SELECT MAX(t.occurred_on) FROM customer_transaction t WHERE t.customer_id = ?)
     WHERE id = ?`,
    [customerId, customerId, ...counting, customerId, customerId, customerId],
  );
}
