import { companyNameKey, phoneKey } from '@dossier/shared';
import { In, type EntityManager } from 'typeorm';
import { VARCHAR } from '../../common/limits';
import { unscoped } from '../access/scoped-reads';
import { CustomerFormerName } from './customer-history.entity';
import { CustomerMatchKey, type MatchKeyKind } from './customer-match-key.entity';
import { Customer } from './customer.entity';

const INSERT_CHUNK = 500;

/** What one customer's match keys are made from. */
export interface MatchKeySource {
  name?: string | null;
  formerNames?: readonly string[];
  phone?: string | null;
  mobile?: string | null;
}

/** A key cut to the column's length (NFKC may lengthen a name). */
function fit(key: string): string {
  const chars = Array.from(key);
  const max = VARCHAR.customer_match_key.match_key;
  return chars.length > max ? chars.slice(0, max).join('') : key;
}

export function nameMatchKey(name: string | null | undefined): string {
  return name ? fit(companyNameKey(name)) : '';
}

export function phoneMatchKey(phone: string | null | undefined): string {
  return phone ? fit(phoneKey(phone)) : '';
}

/** The distinct, non-empty match keys of one customer. */
export function matchKeysOf(source: MatchKeySource): { kind: MatchKeyKind; matchKey: string }[] {
  const keys = new Map<string, { kind: MatchKeyKind; matchKey: string }>();
  const add = (kind: MatchKeyKind, matchKey: string) => {
    if (matchKey) keys.set(`${kind}:${matchKey}`, { kind, matchKey });
  };
  for (const name of [source.name, ...(source.formerNames ?? [])]) add('name', nameMatchKey(name));
  add('phone', phoneMatchKey(source.phone));
  add('phone', phoneMatchKey(source.mobile));
  return [...keys.values()];
}

/** Keys of a customer just created (nothing to compare with yet): one insert. */
export async function indexNewCustomerMatchKeys(
  em: EntityManager,
  customerId: number,
  source: MatchKeySource,
): Promise<void> {
  const rows = matchKeysOf(source).map((key) => ({ ...key, customerId }));
  if (rows.length) await em.insert(CustomerMatchKey, rows);
}

/**
 * Brings the duplicate-detection keys of these customers in line with their current and former
 * names, phone and mobile (inside the writer's transaction). Like the name search index, only
 * rows that change are touched, by primary key. Soft-deleted customers keep their keys (the
 * lookups skip them), so a restore needs nothing.
 */
export async function reindexCustomerMatchKeys(
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
        select: { id: true, name: true, phone: true, mobile: true },
        withDeleted: true,
      }),
    unscoped(em)
      .getRepository(CustomerFormerName)
      .find({ where: { customerId: In(customerIds) }, select: { customerId: true, name: true } }),
    em.getRepository(CustomerMatchKey).find({ where: { customerId: In(customerIds) } }),
  ]);
  const wanted = new Map<string, CustomerMatchKey>();
  for (const customer of customers) {
    const formerNames = former.filter((f) => f.customerId === customer.id).map((f) => f.name);
    for (const key of matchKeysOf({ ...customer, formerNames }))
      wanted.set(`${customer.id}:${key.kind}:${key.matchKey}`, { ...key, customerId: customer.id });
  }
  const rowKey = (row: CustomerMatchKey) => `${row.customerId}:${row.kind}:${row.matchKey}`;
  const have = new Set(existing.map(rowKey));
  const stale = existing.filter((row) => !wanted.has(rowKey(row)));
  const added = [...wanted].filter(([key]) => !have.has(key)).map(([, row]) => row);
  for (const row of stale)
    await em.delete(CustomerMatchKey, {
      kind: row.kind,
      matchKey: row.matchKey,
      customerId: row.customerId,
    });
  for (let i = 0; i < added.length; i += INSERT_CHUNK)
    await em.insert(CustomerMatchKey, added.slice(i, i + INSERT_CHUNK));
}
