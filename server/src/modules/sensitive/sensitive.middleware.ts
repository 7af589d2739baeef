import type { MiddlewareFn } from 'type-graphql';
import type { AppContext } from '../../common/context';
import type { AuditLog } from '../audit/audit-log.entity';
import type { ContactHistory, CustomerHistory } from '../customer/customer-history.entity';
import type { Customer } from '../customer/customer.entity';
import type { Contact } from '../contact/contact.entity';
import { CONTACT_SENSITIVE_FIELDS, maskDiff, maskValue } from './sensitive-fields';

const CONTACT_KEYS: ReadonlySet<string> = new Set(CONTACT_SENSITIVE_FIELDS);

/**
 * Masks sensitive values wherever a customer, contact, history row or audit diff is resolved
 * (lists, detail, nested fields, graph nodes), unless the caller may see them on that record.
 * One global middleware, so a new path cannot forget it.
 */
export const maskSensitiveFields: MiddlewareFn<AppContext> = async ({ root, info, context: ctx }, next) => {
  const value = await next();
  if (value === null || value === undefined || value === '') return value;
  switch (info.parentType.name) {
    case 'Customer': {
      const customer = root as Customer;
      const keys = await ctx.services.sensitive.customerSensitiveKeys(ctx, customer.kind);
      if (info.fieldName === 'customFields') {
        const present = Object.keys(value as object).filter((k) => keys.has(k) && (value as Record<string, unknown>)[k] != null);
        if (!present.length || (await ctx.services.sensitive.customerClear(ctx, customer.id))) return value;
        return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, keys.has(k) ? maskValue(k, v) : v]));
      }
      if (!keys.has(info.fieldName) || (await ctx.services.sensitive.customerClear(ctx, customer.id))) return value;
      return maskValue(info.fieldName, value);
    }
    case 'Contact': {
      if (!CONTACT_KEYS.has(info.fieldName) || (await ctx.services.sensitive.contactClear(ctx, (root as Contact).id))) return value;
      return maskValue(info.fieldName, value);
    }
    case 'CustomerHistory': {
      if (info.fieldName !== 'oldValue' && info.fieldName !== 'newValue') return value;
      const row = root as CustomerHistory;
      if (!(await ctx.services.sensitive.customerSensitiveKeys(ctx)).has(row.field) || (await ctx.services.sensitive.customerClear(ctx, row.customerId))) return value;
      return maskValue(row.field, value);
    }
    case 'ContactHistory': {
      if (info.fieldName !== 'oldValue' && info.fieldName !== 'newValue') return value;
      const row = root as ContactHistory;
      if (!CONTACT_KEYS.has(row.field) || (await ctx.services.sensitive.contactClear(ctx, row.contactId))) return value;
      return maskValue(row.field, value);
    }
    case 'AuditLog': {
      const entry = root as AuditLog;
      if (info.fieldName !== 'diff' || (entry.entity !== 'Customer' && entry.entity !== 'Contact')) return value;
      const keys = entry.entity === 'Contact' ? CONTACT_KEYS : await ctx.services.sensitive.customerSensitiveKeys(ctx);
      const clear = entry.entity === 'Contact' ? ctx.services.sensitive.clearEverywhere(ctx) : entry.customerId ? await ctx.services.sensitive.customerClear(ctx, entry.customerId) : ctx.services.sensitive.clearEverywhere(ctx);
      return clear ? value : maskDiff(value as Record<string, unknown>, keys);
    }
    case 'ChangeRequest': {
      const request = root as { customerId: number };
      if (info.fieldName !== 'diff' && info.fieldName !== 'proposed') return value;
      if (await ctx.services.sensitive.customerClear(ctx, request.customerId)) return value;
      return maskDiff(value as Record<string, unknown>, await ctx.services.sensitive.customerSensitiveKeys(ctx));
    }
    default:
      return value;
  }
};
