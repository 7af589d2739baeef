import DataLoader from 'dataloader';
import { type DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { groupedLoader, MAX_BATCH_SIZE } from '../../common/loaders';
import { applyPredicate, customerScopePredicate } from '../access/access-policy';
import type { PolicyScopeOf } from '../access/access.loaders';
import { Customer } from '../customer/customer.entity';
import { Followup } from './followup.entity';

/** Most rows a nested `customer.followups(limit)` / `customer.transactions(limit)` returns per customer. */
export const MAX_NESTED_LIMIT = 50;

/**
 * `[sql, params]` of `alias.id IN (…)` for the newest `limit` rows of each key, ranked in SQL with
 * ROW_NUMBER (SQLite 3.25+, MariaDB 10.2+, MySQL 8), so a customer with thousands of rows still
 * reads only `limit`; with `groupedLoader` the whole batch is one statement.
 * `order` and `filter` use the alias `w`.
 */
export function newestPerKey(
  alias: string,
  table: string,
  keyColumn: string,
  order: string,
  keys: number[],
  limit: number,
  filter = '1 = 1',
): [string, Record<string, unknown>] {
  return [
    `${alias}.id IN (SELECT ranked.id FROM (SELECT w.id AS id, ROW_NUMBER() OVER (PARTITION BY w.${keyColumn} ORDER BY ${order}) AS rn FROM ${table} w WHERE w.${keyColumn} IN (:...rankKeys) AND ${filter}) ranked WHERE ranked.rn <= :rankLimit)`,
    { rankKeys: keys, rankLimit: limit },
  ];
}

/** Memoises one loader per `limit` argument value within a request. */
export function perLimit<V>(
  make: (limit: number) => DataLoader<number, V[]>,
): (limit: number) => DataLoader<number, V[]> {
  const loaders = new Map<number, DataLoader<number, V[]>>();
  return (limit) => {
    let loader = loaders.get(limit);
    if (!loader) loaders.set(limit, (loader = make(limit)));
    return loader;
  };
}

export function createFollowupLoaders(ds: DataSource, policyScope: PolicyScopeOf) {
  let readable: { caller: Caller | null; loader: DataLoader<number, Customer | null> } | undefined;
  return {
    /** `customer.followups(limit)`: latest first (happened_at, then id). */
    latestFollowupsByCustomerId: perLimit((limit) =>
      groupedLoader<number, Followup>(
        (ids) =>
          ds
            .getRepository(Followup)
            .createQueryBuilder('f')
            .where(
              ...newestPerKey(
                'f',
                'followup',
                'customer_id',
                'w.happened_at DESC, w.id DESC',
                [...ids],
                limit,
              ),
            )
            .orderBy('f.customerId', 'ASC')
            .addOrderBy('f.happenedAt', 'DESC')
            .addOrderBy('f.id', 'DESC')
            .getMany(),
        (f) => f.customerId,
      ),
    ),
    /**
     * Customers by id as the caller may read them (the access policy in SQL); unreadable,
     * deleted or missing ids resolve to null. The caller is set after the loaders are made,
     * so the loader is taken per caller: `ctx.loaders.readableCustomerById(ctx.caller)`.
     */
    readableCustomerById(caller: Caller | null): DataLoader<number, Customer | null> {
      if (readable && readable.caller === caller) return readable.loader;
      const loader = new DataLoader<number, Customer | null>(
        async (ids) => {
          const qb = ds
            .getRepository(Customer)
            .createQueryBuilder('c')
            .where('c.id IN (:...ids)', { ids: [...ids] });
          applyPredicate(qb, customerScopePredicate(caller, 'c', await policyScope(caller)));
          const rows = await qb.getMany();
          const byId = new Map(rows.map((c) => [c.id, c]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { maxBatchSize: MAX_BATCH_SIZE },
      );
      readable = { caller, loader };
      return loader;
    },
  };
}
