import { nameTokens, queryTokens } from '@dossier/shared';
import { unscoped } from '../access/scoped-reads';
import { In, type EntityManager } from 'typeorm';
import { Customer } from './customer.entity';
import { CustomerFormerName } from './customer-history.entity';
import { CustomerNameToken } from './customer-name-token.entity';

const INSERT_CHUNK = 500;

/**
 * Brings the name search index of these customers in line with their current and former names
 * (inside the writer's transaction). Only rows that change are touched, by primary key, so
 * parallel writers never hold gap locks on each other's ranges (no InnoDB deadlocks).
 */
export async function reindexCustomerNames(
  em: EntityManager,
  customerIds: number[],
): Promise<void> {
  if (!customerIds.length) return;
  const [customers, former, existing] = await Promise.all([
    // Index maintenance for customers being written.
    unscoped(em)
      .getRepository(Customer)
      .find({
        where: { id: In(customerIds) },
        select: { id: true, name: true },
        withDeleted: true,
      }),
    em
      .getRepository(CustomerFormerName)
      .find({ where: { customerId: In(customerIds) }, select: { customerId: true, name: true } }),
    em.getRepository(CustomerNameToken).find({ where: { customerId: In(customerIds) } }),
  ]);
  const wanted = new Map<string, CustomerNameToken>();
  for (const { customerId, name } of [
    ...customers.map((c) => ({ customerId: c.id, name: c.name })),
    ...former,
  ]) {
    for (const token of nameTokens(name))
      wanted.set(`${customerId}:${token}`, { customerId, token });
  }
  const have = new Set(existing.map((t) => `${t.customerId}:${t.token}`));
  const stale = existing.filter((t) => !wanted.has(`${t.customerId}:${t.token}`));
  const added = [...wanted].filter(([key]) => !have.has(key)).map(([, row]) => row);
  for (const row of stale)
    await em.delete(CustomerNameToken, { token: row.token, customerId: row.customerId });
  await insertTokens(em, added);
}

/** Indexes the name of a customer just created (nothing to compare with yet). */
export async function indexNewCustomerName(
  em: EntityManager,
  customerId: number,
  name: string,
): Promise<void> {
  await insertTokens(
    em,
    nameTokens(name).map((token) => ({ customerId, token })),
  );
}

async function insertTokens(em: EntityManager, rows: CustomerNameToken[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await em.insert(CustomerNameToken, rows.slice(i, i + INSERT_CHUNK));
}

/**
 * Customers whose names may contain `search`, as `SELECT … AS id` through the token index (one
 * self-join per piece), or null below two characters. Callers still check with LIKE.
 */
export function nameCandidates(
  search: string,
): { sql: string; params: Record<string, unknown> } | null {
  const tokens = queryTokens(search);
  if (!tokens.length) return null;
  const joins = tokens
    .slice(1)
    .map(
      (_, i) =>
        `INNER JOIN customer_name_token nt${i + 1} ON nt${i + 1}.customer_id = nt0.customer_id AND nt${i + 1}.token = :nameToken${i + 1}`,
    );
  return {
    sql: `SELECT nt0.customer_id AS id FROM customer_name_token nt0 ${joins.join(' ')} WHERE nt0.token = :nameToken0`,
    params: Object.fromEntries(tokens.map((t, i) => [`nameToken${i}`, t])),
  };
}
