/**
 * Which customers an audit entry is about, derived from the record it names (and, when that
 * record is gone, from what its diff says). Used when writing an entry without explicit ids and
 * by the backfill of entries written before `audit_log_customer` existed. These are raw reads
 * with no access policy on purpose: they decide who may later see the entry, not what the
 * caller sees now.
 */
export type RawQuery = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface AuditSubject {
  entity: string | null;
  entityId: string | null;
  diff: Record<string, unknown> | null;
  /** The entry's `customer_id` column, if filled. */
  customerId: number | null;
}

/** Record types hanging off one customer through their own `customer_id` column. */
const CHILD_TABLES: Record<string, string> = {
  Followup: 'followup',
  Transaction: 'customer_transaction',
  Document: 'customer_document',
  CustomerGrant: 'customer_grant',
  AccessRequest: 'access_request',
  ChangeRequest: 'change_request',
};

/** Entity types whose customers are found by reading their record. */
export const DERIVED_ENTITIES = new Set([...Object.keys(CHILD_TABLES), 'Contact', 'Relationship']);

const CHUNK = 500;

/** The customers of each subject (same order), de-duplicated and sorted. */
export async function customersOfSubjects(
  query: RawQuery,
  subjects: AuditSubject[],
): Promise<number[][]> {
  const ids = (s: AuditSubject) => (s.entityId ?? '').split(',').filter((v) => /^\d+$/.test(v));
  const wanted = new Map<string, Set<number>>();
  const want = (table: string, id: number) => {
    let set = wanted.get(table);
    if (!set) wanted.set(table, (set = new Set()));
    set.add(id);
  };
  const relationshipEnds = (s: AuditSubject) =>
    [s.diff?.from, s.diff?.to]
      .filter((v): v is string => typeof v === 'string')
      .map((v) => /^(CUSTOMER|CONTACT):(\d+)$/.exec(v))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ kind: m[1], id: Number(m[2]) }));

  for (const s of subjects) {
    const table = s.entity ? CHILD_TABLES[s.entity] : undefined;
    if (table) ids(s).forEach((id) => want(table, Number(id)));
    if (s.entity === 'Contact') ids(s).forEach((id) => want('contact', Number(id)));
    if (s.entity === 'Relationship') ids(s).forEach((id) => want('relationship', Number(id)));
  }

  const childCustomer = new Map<string, Map<number, number>>();
  for (const [table, set] of wanted) {
    if (table === 'contact' || table === 'relationship') continue;
    const map = new Map<number, number>();
    for (const chunk of chunks([...set]))
      for (const row of await query(
        `SELECT id, customer_id FROM ${table} WHERE id IN (${marks(chunk)})`,
        chunk,
      ))
        map.set(Number(row.id), Number(row.customer_id));
    childCustomer.set(table, map);
  }

  const edges = new Map<number, { kind: string; id: number }[]>();
  for (const chunk of chunks([...(wanted.get('relationship') ?? [])]))
    for (const row of await query(
      `SELECT id, from_kind, from_id, to_kind, to_id FROM relationship WHERE id IN (${marks(chunk)})`,
      chunk,
    ))
      edges.set(Number(row.id), [
        { kind: String(row.from_kind), id: Number(row.from_id) },
        { kind: String(row.to_kind), id: Number(row.to_id) },
      ]);

  // Contacts: their own entries, and contact ends of relationships (stored or named in the diff).
  const contactIds = new Set(wanted.get('contact') ?? []);
  for (const s of subjects)
    if (s.entity === 'Relationship')
      for (const end of [
        ...ids(s).flatMap((id) => edges.get(Number(id)) ?? []),
        ...relationshipEnds(s),
      ])
        if (end.kind === 'CONTACT') contactIds.add(end.id);
  const contactCustomers = new Map<number, number[]>();
  for (const chunk of chunks([...contactIds]))
    for (const row of await query(
      `SELECT contact_id, customer_id FROM customer_contact WHERE contact_id IN (${marks(chunk)})`,
      chunk,
    )) {
      const list = contactCustomers.get(Number(row.contact_id)) ?? [];
      list.push(Number(row.customer_id));
      contactCustomers.set(Number(row.contact_id), list);
    }

  return subjects.map((s) => {
    const found = new Set<number>();
    if (s.customerId != null) found.add(Number(s.customerId));
    fromDiff(s.diff).forEach((id) => found.add(id));
    if (s.entity === 'Customer') ids(s).forEach((id) => found.add(Number(id)));
    const table = s.entity ? CHILD_TABLES[s.entity] : undefined;
    if (table)
      for (const id of ids(s)) {
        const customer = childCustomer.get(table)?.get(Number(id));
        if (customer !== undefined) found.add(customer);
      }
    if (s.entity === 'Contact')
      for (const id of ids(s)) contactCustomers.get(Number(id))?.forEach((c) => found.add(c));
    if (s.entity === 'Relationship')
      for (const end of [
        ...ids(s).flatMap((id) => edges.get(Number(id)) ?? []),
        ...relationshipEnds(s),
      ]) {
        if (end.kind === 'CUSTOMER') found.add(end.id);
        else contactCustomers.get(end.id)?.forEach((c) => found.add(c));
      }
    return [...found].sort((a, b) => a - b);
  });
}

/** Customer ids a diff names: `customerId` (plain or `{ from, to }`) and `customerIds`. */
function fromDiff(diff: Record<string, unknown> | null): number[] {
  if (!diff) return [];
  const out: number[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'number' && Number.isInteger(v)) out.push(v);
    else if (typeof v === 'string' && /^\d+$/.test(v)) out.push(Number(v));
  };
  const id = diff.customerId;
  if (id && typeof id === 'object' && !Array.isArray(id)) {
    add((id as Record<string, unknown>).from);
    add((id as Record<string, unknown>).to);
  } else add(id);
  if (Array.isArray(diff.customerIds)) diff.customerIds.forEach(add);
  return out;
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

const marks = (list: unknown[]) => list.map(() => '?').join(', ');

const PAGE = 1000;

/**
 * Fills `audit_log_customer` (and an empty `audit_log.customer_id`) for entries written before
 * the join table existed, a page of entries at a time. Entries whose record is gone and whose
 * diff names no customer stay customer-less: only auditors reaching every customer see them.
 */
export async function backfillAuditCustomers(query: RawQuery): Promise<void> {
  for (let after = 0; ;) {
    const rows = await query(
      `SELECT id, entity, entity_id, diff, customer_id FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    if (!rows.length) return;
    after = Number(rows[rows.length - 1].id);
    const subjects = rows.map((r) => ({
      entity: r.entity == null ? null : String(r.entity),
      entityId: r.entity_id == null ? null : String(r.entity_id),
      diff: parseDiff(r.diff),
      customerId: r.customer_id == null ? null : Number(r.customer_id),
    }));
    const customers = await customersOfSubjects(query, subjects);
    const pairs: number[] = [];
    rows.forEach((r, i) => customers[i].forEach((c) => pairs.push(Number(r.id), c)));
    for (let i = 0; i < pairs.length; i += 2 * CHUNK) {
      const chunk = pairs.slice(i, i + 2 * CHUNK);
      const ids = chunk.filter((_, j) => j % 2 === 0);
      // Idempotent: a second run (or rows written since) adds only what is missing.
      const existing = new Set(
        (
          await query(
            `SELECT audit_id, customer_id FROM audit_log_customer WHERE audit_id IN (${marks(ids)})`,
            ids,
          )
        ).map((r) => `${r.audit_id}:${r.customer_id}`),
      );
      const fresh: number[] = [];
      for (let j = 0; j < chunk.length; j += 2)
        if (!existing.has(`${chunk[j]}:${chunk[j + 1]}`)) fresh.push(chunk[j], chunk[j + 1]);
      if (fresh.length)
        await query(
          `INSERT INTO audit_log_customer (audit_id, customer_id) VALUES ${Array.from({ length: fresh.length / 2 }, () => '(?, ?)').join(', ')}`,
          fresh,
        );
    }
    for (let i = 0; i < rows.length; i++)
      if (rows[i].customer_id == null && customers[i].length)
        await query(`UPDATE audit_log SET customer_id = ? WHERE id = ?`, [
          customers[i][0],
          Number(rows[i].id),
        ]);
  }
}

function parseDiff(value: unknown): Record<string, unknown> | null {
  if (value == null) return null;
  if (typeof value === 'object') return value as Record<string, unknown>;
  try {
    const parsed = JSON.parse(String(value));
    return parsed && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}
