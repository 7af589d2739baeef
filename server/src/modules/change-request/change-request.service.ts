import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, conflict, notFound } from '../../common/errors/app-error';
import { assertLength, REASON_MAX, truncateChars, VARCHAR } from '../../common/limits';
import { inTransaction } from '../../common/transaction';
import {
  customerReachable,
  isRequester,
  mayDecide,
  routeApprover,
  type RouteNeed,
} from '../access/approver-routing';
import { OWN_ACCESS_PATHS } from '../access/access-policy';
import { unscoped } from '../access/scoped-reads';
import { decide, listRequests, pendingRequest } from '../access/request-workflow';
import { RequestStatus } from '../access-request/access-request.entity';
import type { RequestListArgs } from '../access-request/access-request.inputs';
import { Customer } from '../customer/customer.entity';
import type { AccessLevel } from '../customer/customer-member.entity';
import { display, storedValues } from '../customer/customer.service';
import { User } from '../user/user.entity';
import { ChangeRequest } from './change-request.entity';

/** Change requests for protected fields (修改审批): proposed by staff, applied or rejected by the approver. */
export class ChangeRequestService {
  constructor(private readonly ds: DataSource) {}

  /** Records a proposal inside the caller's transaction (a reason is required); the customer is not locked. */
  async submit(
    ctx: AppContext,
    em: EntityManager,
    customer: Customer,
    baseVersion: number,
    proposed: Record<string, unknown>,
    diff: Record<string, { from: unknown; to: unknown }>,
    reasonInput: string | null,
    reasonPath: string,
  ): Promise<ChangeRequest> {
    const reason = reasonInput?.trim();
    if (!reason)
      throw new AppError('BAD_USER_INPUT', 'required', { field: 'reason' }, { field: reasonPath });
    assertLength(reasonPath, reason, VARCHAR.change_request.reason);
    const me = ctx.caller?.userId ?? null;
    const row = em.create(ChangeRequest, {
      customerId: customer.id,
      requesterId: me,
      requesterApiKeyId: ctx.caller?.apiKeyId ?? null,
      approverId: await routeApprover(ctx, em, customer, me, deciderNeed({ proposed })),
      baseVersion,
      proposed,
      diff,
      reason,
      status: RequestStatus.PENDING,
      decidedBy: null,
      decidedAt: null,
      comment: null,
      createdAt: new Date(),
    });
    await em.save(row);
    await ctx.services.audit.record(em, ctx, {
      action: 'change.request',
      entity: 'Customer',
      entityId: customer.id,
      diff: { ...diff, changeRequestId: row.id, reason },
    });
    return row;
  }

  /** Applies atomically if the customer is still at the base version; otherwise CONFLICT and the request stays open. */
  apply(ctx: AppContext, id: number, comment: string | null): Promise<ChangeRequest> {
    assertLength('comment', comment?.trim(), VARCHAR.change_request.comment);
    return inTransaction(ctx, async (em) => {
      const request = await pendingRequest(
        em,
        ChangeRequest,
        'ChangeRequest',
        ctx,
        id,
        'change.approve',
        deciderNeed,
      );
      // Admitted by the policy in pendingRequest.
      const customer = await unscoped(em).findOneBy(Customer, { id: request.customerId });
      if (!customer) throw notFound('Customer', request.customerId);
      if (customer.version !== request.baseVersion)
        throw conflict(
          'baseVersionStale',
          { base: request.baseVersion, current: customer.version },
          { id: String(id), baseVersion: request.baseVersion, version: customer.version },
        );
      const requester = request.requesterId
        ? await ctx.loaders.userById.load(request.requesterId)
        : null;
      const reason = truncateChars(
        `${request.reason} (#${request.id}${requester ? `, ${requester.displayName}` : ''})`,
        REASON_MAX,
      );
      const { ownerId, keepPreviousAs, ...card } = request.proposed as {
        ownerId?: number;
        keepPreviousAs?: AccessLevel | null;
      } & Record<string, unknown>;
      if (ownerId !== undefined) {
        const owner = await em.findOneBy(User, { id: Number(ownerId), active: true });
        if (!owner)
          throw new AppError(
            'BAD_USER_INPUT',
            'unknownUser',
            { field: 'ownerId' },
            { field: 'proposed.ownerId' },
          );
        await ctx.services.customers.writeTransfer(
          ctx,
          em,
          customer,
          owner,
          keepPreviousAs ?? null,
          reason,
        );
      } else {
        const defs = await ctx.services.fields.forKind(customer.kind, true);
        const current = await storedValues(em, customer, defs);
        const values = await ctx.services.customers.validated(
          ctx,
          em,
          customer,
          defs,
          current,
          card,
          'proposed',
        );
        await ctx.services.customers.writeCard(
          ctx,
          em,
          customer,
          customer.version,
          values,
          defs,
          current,
          reason,
        );
      }
      await decide(em, ChangeRequest, id, {
        status: RequestStatus.APPROVED,
        decidedBy: ctx.caller?.userId ?? null,
        decidedAt: new Date(),
        comment: comment?.trim() || null,
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'change.apply',
        entity: 'Customer',
        entityId: customer.id,
        diff: { ...request.diff, changeRequestId: id, comment },
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(ChangeRequest, { id }))!;
    });
  }

  reject(ctx: AppContext, id: number, comment: string): Promise<ChangeRequest> {
    assertLength('comment', comment.trim(), VARCHAR.change_request.comment);
    return inTransaction(ctx, async (em) => {
      const request = await pendingRequest(
        em,
        ChangeRequest,
        'ChangeRequest',
        ctx,
        id,
        'change.approve',
        deciderNeed,
      );
      if (!comment.trim())
        throw new AppError(
          'BAD_USER_INPUT',
          'required',
          { field: 'comment' },
          { field: 'comment' },
        );
      await decide(em, ChangeRequest, id, {
        status: RequestStatus.REJECTED,
        decidedBy: ctx.caller?.userId ?? null,
        decidedAt: new Date(),
        comment: comment.trim(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'change.reject',
        entity: 'Customer',
        entityId: request.customerId,
        diff: { changeRequestId: id, comment },
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(ChangeRequest, { id }))!;
    });
  }

  /**
   * Moves a stale request onto the customer's current version (the requester or approver
   * re-confirms the diff). The answer carries current values, so a party who can no longer read
   * the customer (the approver: edit it) gets the answer of a missing request.
   */
  rebase(ctx: AppContext, id: number): Promise<ChangeRequest> {
    return inTransaction(ctx, async (em) => {
      // The row is looked up by id; the caller's standing is decided right below, against the customer.
      const request = await unscoped(em).findOneBy(ChangeRequest, { id });
      if (!request) throw notFound('ChangeRequest', id);
      const decider = mayDecide(ctx.caller, request.approverId, 'change.approve');
      const need: RouteNeed | null = decider
        ? deciderNeed(request)
        : isRequester(ctx.caller, request)
          ? { mode: 'read' }
          : null;
      if (!need || !(await customerReachable(ctx, em, ctx.caller, request.customerId, need)))
        throw notFound('ChangeRequest', id);
      if (request.status !== RequestStatus.PENDING)
        throw conflict('requestNotPending', { status: request.status });
      const customer = await unscoped(em).findOneBy(Customer, { id: request.customerId });
      if (!customer) throw notFound('ChangeRequest', id);
      const defs = await ctx.services.fields.forKind(customer.kind, true);
      const current = await storedValues(em, customer, defs);
      const snap = await ctx.loaders.dictionarySnapshot();
      const diff = Object.fromEntries(
        Object.entries(request.diff).map(([key, change]) => [
          key,
          {
            from:
              key === 'ownerId'
                ? customer.ownerId === null
                  ? null
                  : String(customer.ownerId)
                : display(snap, defs, key, current[key]),
            to: change.to,
          },
        ]),
      );
      await em.update(
        ChangeRequest,
        { id },
        { baseVersion: customer.version, diff: diff as never },
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'change.rebase',
        entity: 'Customer',
        entityId: customer.id,
        diff: { changeRequestId: id, from: request.baseVersion, to: customer.version },
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(ChangeRequest, { id }))!;
    });
  }

  list(ctx: AppContext, args: RequestListArgs) {
    // listRequests admits the caller's own requests and those routed to them (the parties' rule).
    return listRequests(
      unscoped(this.ds).getRepository(ChangeRequest),
      ctx,
      args,
      'change.approve',
    );
  }

  /** Open requests on a customer the caller can read (its page shows them). */
  openFor(customerId: number) {
    // Resolved under a customer the policy already admitted.
    return unscoped(this.ds)
      .getRepository(ChangeRequest)
      .find({ where: { customerId, status: RequestStatus.PENDING }, order: { id: 'DESC' } });
  }
}

/**
 * What deciding a change request needs: edit access to the customer; a transfer of the owner
 * needs edit access of one's own (not from a grant or the team), as a direct transfer does.
 */
export function deciderNeed(request: Pick<ChangeRequest, 'proposed'>): RouteNeed {
  return 'ownerId' in (request.proposed ?? {})
    ? { mode: 'edit', paths: OWN_ACCESS_PATHS }
    : { mode: 'edit' };
}
