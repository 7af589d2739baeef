import type { AppContext } from '../../common/context';
import { reachesAll } from '../access/access-policy';
import { CONTACT_SENSITIVE_FIELDS, maskDiff } from '../sensitive/sensitive-fields';
import type { AuditLog } from './audit-log.entity';
import { DERIVED_ENTITIES } from './audit-customers';

const CONTACT_KEYS: ReadonlySet<string> = new Set(CONTACT_SENSITIVE_FIELDS);

/**
 * An entry's diff as this viewer may see it: each sensitive value (the card's sensitive keys for
 * customer entries and for entries about a customer's children, contacts' own for contact
 * entries; plain or inside `{ from, to }`) is clear only when the viewer would see it clear on
 * that record now — `customer.viewSensitive` and, by the role's level, the record readable
 * (`READ`) or editable (`EDIT`). Seeing the entry through the audit scope is not enough.
 * Batched: one statement per page for the records, one for the entries' customers.
 */
export async function maskAuditDiff(
  ctx: AppContext,
  entry: AuditLog,
  diff: unknown,
): Promise<unknown> {
  if (!diff || typeof diff !== 'object' || Array.isArray(diff)) return diff;
  // Entries about users, roles, dictionaries… hold no customer's values.
  if (entry.entity !== 'Customer' && !DERIVED_ENTITIES.has(entry.entity ?? '')) return diff;
  const values = await withHiddenCustomersRedacted(ctx, diff as Record<string, unknown>);
  if (entry.entity === 'Contact') {
    if (!Object.keys(values).some((k) => CONTACT_KEYS.has(k) && values[k] != null)) return values;
    const clear = await clearOnRecords(ctx, 'contacts', [Number(entry.entityId)]);
    return clear ? values : maskDiff(values, CONTACT_KEYS);
  }
  // Decided as on the card: by the kinds of the customers the entry is about.
  const all = await ctx.services.sensitive.customerSensitiveKeys(ctx, undefined);
  if (!Object.keys(values).some((k) => all.has(k) && values[k] != null)) return values;
  const customers = (await customersOfEntry(ctx, entry)).map((id) => ({ id }));
  const masked = await ctx.services.sensitive.maskedCustomerKeys(ctx, customers, true);
  return masked.size ? maskDiff(values, masked) : values;
}

/** Shown in place of a customer the viewer may not audit. */
export const HIDDEN_CUSTOMER = '***';

/**
 * Diffs of links and edges name other customers (`customerId`, `customerIds`, relationship ends
 * `CUSTOMER:n`, plain or inside `{ from, to }`). A customer the viewer may not audit is replaced by
 * `***`: the entry is shown for the viewer's own customer, not to reveal which others exist.
 */
async function withHiddenCustomersRedacted(
  ctx: AppContext,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!ctx.caller || reachesAll(ctx.caller, 'audit')) return values;
  const auditable = ctx.loaders.auditableFor(ctx.caller).customers;
  const id = async (v: unknown): Promise<unknown> =>
    (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) &&
    !(await auditable.load(Number(v)))
      ? HIDDEN_CUSTOMER
      : v;
  const end = async (v: unknown): Promise<unknown> => {
    const m = typeof v === 'string' ? /^CUSTOMER:(\d+)$/.exec(v) : null;
    return m && !(await auditable.load(Number(m[1]))) ? `CUSTOMER:${HIDDEN_CUSTOMER}` : v;
  };
  const each = async (v: unknown, one: (x: unknown) => Promise<unknown>): Promise<unknown> => {
    if (Array.isArray(v)) return Promise.all(v.map(one));
    if (v && typeof v === 'object' && ('from' in v || 'to' in v)) {
      const change = v as { from?: unknown; to?: unknown };
      return {
        ...change,
        ...('from' in change ? { from: await one(change.from) } : {}),
        ...('to' in change ? { to: await one(change.to) } : {}),
      };
    }
    return one(v);
  };
  const out: Record<string, unknown> = { ...values };
  for (const key of ['customerId', 'customerIds'])
    if (key in out) out[key] = await each(out[key], id);
  for (const key of ['from', 'to'])
    if (typeof out[key] === 'string') out[key] = await end(out[key]);
  return out;
}

/** A customer entry is about that customer; any other entry about every customer it names. */
async function customersOfEntry(ctx: AppContext, entry: AuditLog): Promise<number[]> {
  if (entry.entity === 'Customer' && entry.entityId && /^\d+$/.test(entry.entityId))
    return [Number(entry.entityId)];
  return (await ctx.loaders.auditCustomerIds.load(Number(entry.id))).map((r) =>
    Number(r.customerId),
  );
}

/**
 * Clear on every one of these records, by the caller's sensitive level (none: never): `READ`
 * needs each record readable, `EDIT` editable. For values shown apart from the record itself
 * (audit and change-request diffs), where being shown the value does not prove the record is readable.
 */
export async function clearOnRecords(
  ctx: AppContext,
  kind: 'customers' | 'contacts',
  ids: number[],
): Promise<boolean> {
  const caller = ctx.caller;
  const level = caller?.sensitiveLevel;
  if (!caller || !level || !ids.length || ids.some((id) => !Number.isInteger(id))) return false;
  const mode = level === 'READ' ? 'read' : 'edit';
  if (reachesAll(caller, mode)) return true;
  const loaders =
    mode === 'read' ? ctx.loaders.readableFor(caller) : ctx.loaders.editableFor(caller);
  return (await Promise.all(ids.map((id) => loaders[kind].load(id)))).every(Boolean);
}
