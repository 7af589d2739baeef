import { Args, Authorized, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AuditLog } from './audit-log.entity';
import { AuditLogList } from './audit.inputs';
import type { AppContext } from '../../common/context';
import { Ctx } from 'type-graphql';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { reachesAll } from '../access/access-policy';
import { AuditCustomer } from './audit.inputs';

@Resolver(() => AuditLog)
export class AuditResolver {
  @Authorized('audit.view')
  @Query(() => AuditLogList.Connection, {
    description:
      'The append-only audit log, newest first; filter by actorId, customerId (eq, in: the customer and its children), action, at. An entry shows when the caller may audit one of its customers; entries about no customer need audit.view with ALL scope. Diffs are masked per viewer',
  })
  auditLogs(@Args(() => AuditLogList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.audit.list(ctx, args);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The customer the entry concerns: its first one the caller may audit (an entry may concern several, e.g. a shared contact)',
  })
  customerId(@Root() entry: AuditLog, @Ctx() ctx: AppContext): Promise<number | null> {
    return this.entryCustomerId(entry, ctx);
  }

  @FieldResolver(() => AuditCustomer, {
    nullable: true,
    description:
      'Number and name of `customerId`, only when the caller may read that customer now (null for hidden, deleted or missing ones)',
  })
  async customer(@Root() entry: AuditLog, @Ctx() ctx: AppContext): Promise<AuditCustomer | null> {
    const id = await this.entryCustomerId(entry, ctx);
    if (id == null || !ctx.caller) return null;
    // The read policy, batched for the page (one statement).
    const customer = await ctx.loaders.readableCustomerById(ctx.caller).load(Number(id));
    return customer ? { id: customer.id, number: customer.number, name: customer.name } : null;
  }

  private async entryCustomerId(entry: AuditLog, ctx: AppContext): Promise<number | null> {
    if (!ctx.caller || reachesAll(ctx.caller, 'audit')) return entry.customerId;
    const ids = (await ctx.loaders.auditCustomerIds.load(Number(entry.id))).map((r) =>
      Number(r.customerId),
    );
    const ordered = [
      ...new Set(entry.customerId == null ? ids : [Number(entry.customerId), ...ids]),
    ];
    // The list admitted the entry through one of its customers: with only one, it is that one.
    if (ordered.length <= 1) return ordered[0] ?? null;
    const auditable = ctx.loaders.auditableFor(ctx.caller).customers;
    const allowed = await Promise.all(ordered.map((id) => auditable.load(id)));
    return ordered.find((_, i) => allowed[i]) ?? null;
  }
}
