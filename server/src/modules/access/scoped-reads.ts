import type {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { AppContext } from '../../common/context';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import {
  contactScopePredicate,
  customerChildPredicate,
  customerListScopePredicate,
  customerScopePredicate,
  type AccessMode,
  type PartOptions,
  type SqlPredicate,
} from './access-policy';

/**
 * The one entry point for reading customers and what hangs off them. Every builder handed out
 * here already carries the caller's predicate from `access-policy.ts`, before any paging, so a
 * new read path cannot forget it. Reads that must look past the policy (after the policy has
 * already admitted the record, or for the policy's own inputs) say so with `unscoped(…)`; a unit
 * test (`scoping.test.ts`) refuses any other plain read of these tables outside this module.
 */
export type ReadContext = Pick<AppContext, 'caller' | 'loaders' | 'dataSource'>;

interface ReadOptions {
  mode?: AccessMode;
  /** Read inside a transaction. */
  em?: EntityManager;
}

function managerOf(ctx: ReadContext, em?: EntityManager) {
  return em ?? ctx.dataSource.manager;
}

/** Customers the caller may read (or edit, …), as a builder on alias `c` (or `alias`). */
export async function scopedCustomers(
  ctx: ReadContext,
  options: ReadOptions & { alias?: string; shape?: 'row' | 'list' } & PartOptions = {},
): Promise<SelectQueryBuilder<Customer>> {
  const alias = options.alias ?? 'c';
  const qb = managerOf(ctx, options.em).getRepository(Customer).createQueryBuilder(alias);
  const predicate = await customerPredicate(ctx, alias, options);
  return qb.andWhere(predicate.sql, predicate.params);
}

/** Contacts linked to at least one live customer the caller may read (or edit). */
export async function scopedContacts(
  ctx: ReadContext,
  options: ReadOptions & { alias?: string } = {},
): Promise<SelectQueryBuilder<Contact>> {
  const alias = options.alias ?? 'ct';
  const qb = managerOf(ctx, options.em).getRepository(Contact).createQueryBuilder(alias);
  const predicate = await contactPredicate(ctx, alias, options.mode);
  return qb.andWhere(predicate.sql, predicate.params);
}

/** Rows that hang off a customer (`customer_id`): those of live customers the caller may read. */
export async function scopedChildren<T extends ObjectLiteral>(
  ctx: ReadContext,
  entity: EntityTarget<T>,
  alias: string,
  options: ReadOptions & { customerIdColumn?: string } = {},
): Promise<SelectQueryBuilder<T>> {
  const qb = managerOf(ctx, options.em).getRepository(entity).createQueryBuilder(alias);
  const predicate = await childPredicate(
    ctx,
    options.customerIdColumn ?? `${alias}.customer_id`,
    options.mode,
  );
  return qb.andWhere(predicate.sql, predicate.params);
}

/** The customer predicate on `alias`, for hand-built SQL (graph, overview, audit). */
export async function customerPredicate(
  ctx: ReadContext,
  alias: string,
  options: { mode?: AccessMode; shape?: 'row' | 'list' } & PartOptions = {},
): Promise<SqlPredicate> {
  const scope = await ctx.loaders.policyScope(ctx.caller);
  const predicate =
    options.shape === 'list'
      ? customerListScopePredicate(ctx.caller, alias, scope, options.mode)
      : customerScopePredicate(ctx.caller, alias, scope, options.mode, options);
  return predicate;
}

export async function contactPredicate(ctx: ReadContext, alias: string, mode: AccessMode = 'read') {
  return contactScopePredicate(ctx.caller, alias, await ctx.loaders.policyScope(ctx.caller), mode);
}

export async function childPredicate(
  ctx: ReadContext,
  customerIdColumn: string,
  mode: AccessMode = 'read',
) {
  return customerChildPredicate(
    ctx.caller,
    customerIdColumn,
    await ctx.loaders.policyScope(ctx.caller),
    mode,
  );
}

/**
 * The named escape hatch: a plain manager for reads that need no policy, because the policy
 * already admitted the record in this request (reloading it after a write), or because the read
 * is the policy's own input. Search for `unscoped(` to review every such read.
 */
export function unscoped<T extends DataSource | EntityManager>(source: T): T {
  return source;
}
