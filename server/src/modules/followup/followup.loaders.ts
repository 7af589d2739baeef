import DataLoader from 'dataloader';
import { unscoped } from '../access/scoped-reads';
import { type DataSource } from 'typeorm';
import { groupedLoader } from '../../common/loaders';
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

/** Children of customers the policy already admitted in this request: keyed by those ids only. */
export function createFollowupLoaders(ds: DataSource) {
  return {
    /** `customer.followups(limit)`: latest first (happened_at, then id). */
    latestFollowupsByCustomerId: perLimit((limit) =>
      groupedLoader<number, Followup>(
        (ids) =>
          unscoped(ds)
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
  };
}
