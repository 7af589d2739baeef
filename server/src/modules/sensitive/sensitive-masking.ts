import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { AppContext } from '../../common/context';
import type { AuditLog } from '../audit/audit-log.entity';
import type { ContactHistory, CustomerHistory } from '../customer/customer-history.entity';
import type { Customer } from '../customer/customer.entity';
import type { Contact } from '../contact/contact.entity';
import { CONTACT_SENSITIVE_FIELDS, maskDiff, maskValue } from './sensitive-fields';
import type { ChangeRequest } from '../change-request/change-request.entity';
import { isRequester } from '../access/approver-routing';
import { reachesAll } from '../access/access-policy';

/** Whether the caller may read the customer (one batched statement per request, none for ALL scope). */
function readable(ctx: AppContext, customerId: number): Promise<boolean> | boolean {
  if (!ctx.caller) return false;
  if (reachesAll(ctx.caller, 'read')) return true;
  return ctx.loaders.readableFor(ctx.caller).customers.load(customerId);
}
import { maskAuditDiff } from '../audit/audit-masking';

const CONTACT_KEYS: ReadonlySet<string> = new Set(CONTACT_SENSITIVE_FIELDS);

/** The types whose values may be sensitive. Every field of these types passes through `maskField`. */
const MASKED_TYPES = [
  'Customer',
  'Contact',
  'CustomerHistory',
  'ContactHistory',
  'AuditLog',
  'ChangeRequest',
];

/**
 * Masks sensitive values wherever a customer, contact, history row or audit diff is resolved
 * (lists, detail, nested fields, graph nodes), unless the caller may see them on that record.
 * Wired into the built schema per type rather than as a type-graphql global middleware, which
 * would turn every field of every type into a promise; fields that cannot hold a sensitive value
 * return synchronously.
 */
export function applySensitiveMasking(schema: GraphQLSchema): GraphQLSchema {
  for (const name of MASKED_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`sensitive masking: no object type ${name}`);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, ctx: AppContext, info) => {
        const value = resolve(root, args, ctx, info);
        return value instanceof Promise
          ? value.then((v) => maskField(v, root, ctx, info))
          : maskField(value, root, ctx, info);
      };
    }
  }
  return schema;
}

/** Sensitive customer keys per request and kind, once known, so later fields decide synchronously. */
const knownKeys = new WeakMap<AppContext, Map<string, ReadonlySet<string>>>();

async function customerKeys(
  ctx: AppContext,
  kind: Customer['kind'] | undefined,
): Promise<ReadonlySet<string>> {
  const keys = await ctx.services.sensitive.customerSensitiveKeys(ctx, kind);
  let byKind = knownKeys.get(ctx);
  if (!byKind) knownKeys.set(ctx, (byKind = new Map()));
  byKind.set(kind ?? '*', keys);
  return keys;
}

function maskField(
  value: unknown,
  root: unknown,
  ctx: AppContext,
  info: GraphQLResolveInfo,
): unknown {
  if (value === null || value === undefined || value === '') return value;
  const field = info.fieldName;
  switch (info.parentType.name) {
    case 'Customer': {
      const known = knownKeys.get(ctx)?.get((root as Customer).kind ?? '*');
      if (known && field !== 'customFields' && !known.has(field)) return value;
      return maskCustomerField(value, root as Customer, ctx, field);
    }
    case 'Contact':
      if (!CONTACT_KEYS.has(field)) return value;
      return ctx.services.sensitive
        .contactClear(ctx, (root as Contact).id)
        .then((clear) => (clear ? value : maskValue(field, value)));
    case 'CustomerHistory': {
      if (field !== 'oldValue' && field !== 'newValue') return value;
      // Decided exactly as on the card: by this customer's kind and the viewer's access to it.
      const row = root as CustomerHistory;
      return ctx.services.sensitive
        .customerFieldMasked(ctx, { id: row.customerId }, row.field)
        .then((masked) => (masked ? maskValue(row.field, value) : value));
    }
    case 'ContactHistory': {
      if (field !== 'oldValue' && field !== 'newValue') return value;
      const row = root as ContactHistory;
      if (!CONTACT_KEYS.has(row.field)) return value;
      return ctx.services.sensitive
        .contactClear(ctx, row.contactId)
        .then((clear) => (clear ? value : maskValue(row.field, value)));
    }
    case 'AuditLog':
      // Per viewer and per record the entry is about (audit-masking.ts).
      return field === 'diff' ? maskAuditDiff(ctx, root as AuditLog, value) : value;
    case 'ChangeRequest': {
      if (field !== 'diff' && field !== 'proposed') return value;
      const request = root as ChangeRequest;
      return (async () => {
        const about = [{ id: request.customerId }];
        // A party who cannot read the customer (any more) sees which fields the request names, and
        // the requester their own proposed values, never the customer's values.
        if (!(await readable(ctx, request.customerId))) {
          const keys = await ctx.services.sensitive.maskedCustomerKeys(ctx, about, true);
          const own = isRequester(ctx.caller, request);
          const values = value as Record<string, { to?: unknown } | unknown>;
          const shown =
            field === 'proposed'
              ? own
                ? values
                : {}
              : Object.fromEntries(
                  Object.entries(values).map(([key, change]) => [
                    key,
                    own ? { to: (change as { to?: unknown })?.to ?? null } : {},
                  ]),
                );
          return maskDiff(shown, keys);
        }
        const keys = await ctx.services.sensitive.maskedCustomerKeys(ctx, about, true);
        return keys.size ? maskDiff(value as Record<string, unknown>, keys) : value;
      })();
    }
    default:
      return value;
  }
}

async function maskCustomerField(
  value: unknown,
  customer: Customer,
  ctx: AppContext,
  field: string,
): Promise<unknown> {
  const keys = await customerKeys(ctx, customer.kind);
  if (field === 'customFields') {
    const values = value as Record<string, unknown>;
    if (!Object.keys(values).some((k) => keys.has(k) && values[k] != null)) return value;
    const masked = await ctx.services.sensitive.maskedCustomerKeys(ctx, [customer]);
    if (!masked.size) return value;
    return Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, masked.has(k) ? maskValue(k, v) : v]),
    );
  }
  if (!keys.has(field)) return value;
  return (await ctx.services.sensitive.customerFieldMasked(ctx, customer, field))
    ? maskValue(field, value)
    : value;
}
