import type { AppContext } from '../../common/context';
import { AppError, badInput } from '../../common/errors/app-error';
import { parseId } from '../../common/ids';
import { MAX_BULK_IDS } from '../../common/input-limits';
import type { AccessLevel } from './customer-member.entity';
import type { Customer, CustomerStatus } from './customer.entity';
import type { BulkCustomerResult } from './bulk.types';

/** One customer of a bulk action, with the version the caller expects it to have (if any). */
export interface BulkRow {
  id: number;
  version?: number;
}

/**
 * The rows of a bulk action: ids parsed strictly, at most MAX_BULK_IDS, duplicates folded (the
 * first expected version wins). `versions`, when sent, pairs with `customerIds` by position.
 */
export function bulkRows(
  customerIds: readonly string[],
  versions: readonly (number | null)[] | null | undefined,
): BulkRow[] {
  if (!customerIds.length) throw badInput('customerIds', 'required');
  if (customerIds.length > MAX_BULK_IDS)
    throw badInput('customerIds', 'tooManyItems', { max: MAX_BULK_IDS });
  if (versions && versions.length !== customerIds.length)
    throw badInput('versions', 'bulkVersionsMismatch', { count: customerIds.length });
  const rows = new Map<number, BulkRow>();
  customerIds.forEach((value, index) => {
    const id = parseId(value, 'customerIds');
    const version = versions?.[index];
    if (!rows.has(id)) rows.set(id, version == null ? { id } : { id, version });
  });
  return [...rows.values()];
}

/** Errors about the call or the server rather than the row: they end the whole request. */
const WHOLE_CALL = new Set(['UNAUTHENTICATED', 'UNAVAILABLE', 'OVERLOADED']);

/**
 * Runs `action` (the single mutation's own service method, one transaction each) for every row in
 * turn. A row's coded error is reported on that row and the next row goes on; anything else
 * (outage, deadline, a bug) ends the call as the single mutation would, rows done so far stay done.
 */
export async function eachRow(
  rows: BulkRow[],
  action: (row: BulkRow) => Promise<Customer>,
): Promise<BulkCustomerResult[]> {
  const results: BulkCustomerResult[] = [];
  for (const row of rows) {
    try {
      const customer = await action(row);
      results.push({ id: String(row.id), ok: true, customer, error: null });
    } catch (err) {
      const code = err instanceof AppError ? String(err.extensions.code) : undefined;
      if (!code || WHOLE_CALL.has(code)) throw err;
      const field = (err as AppError).extensions.field;
      results.push({
        id: String(row.id),
        ok: false,
        customer: null,
        error: {
          code,
          message: (err as AppError).message,
          path: typeof field === 'string' ? field : null,
        },
      });
    }
  }
  return results;
}

/** Bulk forms of the customer actions; each row goes through CustomerService exactly as the single mutation. */
export const customerBulk = {
  transferOwner(
    ctx: AppContext,
    rows: BulkRow[],
    ownerId: number,
    keepPreviousAs: AccessLevel | null,
    reason: string | null,
  ) {
    return eachRow(rows, (row) =>
      ctx.services.customers.transferOwner(
        ctx,
        row.id,
        ownerId,
        keepPreviousAs,
        reason,
        row.version,
      ),
    );
  },

  setMember(ctx: AppContext, rows: BulkRow[], userId: number, level: AccessLevel) {
    return eachRow(rows, async (row) => {
      await ctx.services.customers.setMember(ctx, row.id, userId, level);
      return ctx.services.customers.get(ctx, row.id);
    });
  },

  setStatus(ctx: AppContext, rows: BulkRow[], status: CustomerStatus, reason: string | null) {
    return eachRow(rows, (row) =>
      ctx.services.customers.setStatus(ctx, row.id, status, reason, row.version),
    );
  },
};
