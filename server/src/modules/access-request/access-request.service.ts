import { In, type DataSource } from 'typeorm';
import type { AppContext } from '../../common/context';
import { AppError, conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { assertLength, truncateChars, VARCHAR } from '../../common/limits';
import { parseId, parseIdList } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { scopedCustomers, unscoped } from '../access/scoped-reads';
import { isRequester, routeApprover, type RouteNeed } from '../access/approver-routing';
import {
  checkReason,
  decide,
  listRequests,
  MAX_ACCESS_PERIOD_MS,
  pendingRequest,
} from '../access/request-workflow';
import { Customer } from '../customer/customer.entity';
import { AccessLevel } from '../customer/customer-member.entity';
import { CustomerGrant } from '../grant/grant.entity';
import { AccessRequest, RequestStatus } from './access-request.entity';
import type { RequestCustomerAccessInput, RequestListArgs } from './access-request.inputs';

/** The approver of a request must be able to read the customer, or edit it for an EDIT request. */
export const approverNeed = (request: { level: AccessLevel }): RouteNeed => ({
  mode: request.level === AccessLevel.EDIT ? 'edit' : 'read',
});

/** Access requests (查阅/借阅申请): any user asks, the manager over the owner approves into a grant. */
export class AccessRequestService {
  constructor(private readonly ds: DataSource) {}

  request(
    ctx: AppContext,
    input: RequestCustomerAccessInput,
    renewsId: number | null = null,
  ): Promise<AccessRequest[]> {
    // An approval becomes a grant to a person; an API key's reach is its role, so keys do not ask.
    if (ctx.caller?.kind !== 'user' || ctx.caller.userId === null)
      throw new AppError('FORBIDDEN', 'apiKeyCannotRequest', {}, { permission: 'access.request' });
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const ids = parseIdList(input.customerIds, 'input.customerIds');
      if (!ids.length) problems.add('input.customerIds', 'required');
      const reason = await checkReason(ctx, input.reasonCode, input.reason, problems, 'input');
      checkUntil(input.until, problems, 'input.until');
      problems.throwIfAny();
      // Any live customer may be asked for; the directory shows requesters only number and masked name.
      const customers = ids.length ? await unscoped(em).findBy(Customer, { id: In(ids) }) : [];
      const missing = ids.filter((id) => !customers.some((c) => c.id === id));
      if (missing.length) throw notFound('Customer', missing[0]);
      // Asking for what one already has is a mistake worth saying (a renewal asks for more time on purpose).
      const mode = input.level === AccessLevel.EDIT ? 'edit' : 'read';
      const reachable = await (
        await scopedCustomers(ctx, { em, mode })
      )
        .select('c.id', 'id')
        .andWhere('c.id IN (:...ids)', { ids })
        .getRawMany<{ id: number }>();
      if (reachable.length && !renewsId) {
        const c = customers.find((x) => x.id === Number(reachable[0].id))!;
        throw new AppError(
          'BAD_USER_INPUT',
          input.level === AccessLevel.EDIT ? 'alreadyEditable' : 'alreadyReadable',
          { value: c.number ?? c.id },
          { field: 'input.customerIds' },
        );
      }
      const me = ctx.caller!.userId!;
      const rows: AccessRequest[] = [];
      for (const customer of customers) {
        // The caller's own pending request, if any (requester_id is the caller).
        const pending = await unscoped(em).findOneBy(AccessRequest, {
          customerId: customer.id,
          requesterId: me,
          level: input.level,
          status: RequestStatus.PENDING,
        });
        if (pending && !renewsId) {
          rows.push(pending);
          continue;
        }
        const row = em.create(AccessRequest, {
          customerId: customer.id,
          requesterId: me,
          approverId: await routeApprover(ctx, em, customer, me, approverNeed(input)),
          level: input.level,
          reasonCode: input.reasonCode?.trim() || null,
          reason,
          until: input.until,
          status: RequestStatus.PENDING,
          decidedBy: null,
          decidedAt: null,
          comment: null,
          grantId: null,
          renewsId,
          createdAt: new Date(),
        });
        await em.save(row);
        await ctx.services.audit.record(em, ctx, {
          action: renewsId ? 'access.renew' : 'access.request',
          entity: 'AccessRequest',
          entityId: row.id,
          customerId: customer.id,
          diff: {
            level: input.level,
            reasonCode: row.reasonCode,
            reason,
            until: input.until.toISOString(),
            approverId: row.approverId,
            renewsId,
          },
        });
        rows.push(row);
      }
      return rows;
    });
  }

  /** Approves into a grant for the requester, atomically; the approver may shorten the period. */
  approve(
    ctx: AppContext,
    id: number,
    until: Date | null,
    comment: string | null,
  ): Promise<AccessRequest> {
    assertLength('comment', comment?.trim(), VARCHAR.access_request.comment);
    return inTransaction(ctx, async (em) => {
      const request = await pendingRequest(
        em,
        AccessRequest,
        'AccessRequest',
        ctx,
        id,
        'access.grant',
        approverNeed,
      );
      const expiresAt = until && until < request.until ? until : request.until;
      const problems = new InputProblems();
      checkUntil(expiresAt, problems, 'until');
      problems.throwIfAny();
      const grant = em.create(CustomerGrant, {
        customerId: request.customerId,
        userId: request.requesterId,
        departmentId: null,
        level: request.level,
        expiresAt,
        reason: truncateChars(
          `#${request.id} ${request.reason ?? request.reasonCode ?? ''}`.trim(),
          VARCHAR.customer_grant.reason,
        ),
        grantedBy: ctx.caller?.userId ?? null,
        grantedAt: new Date(),
        revokedAt: null,
        revokedBy: null,
      });
      await em.save(grant);
      await decide(em, AccessRequest, id, {
        status: RequestStatus.APPROVED,
        decidedBy: ctx.caller?.userId ?? null,
        decidedAt: new Date(),
        comment: comment?.trim() || null,
        grantId: grant.id,
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'access.approve',
        entity: 'AccessRequest',
        entityId: id,
        customerId: request.customerId,
        diff: {
          grantId: grant.id,
          level: request.level,
          expiresAt: expiresAt.toISOString(),
          comment,
        },
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(AccessRequest, { id }))!;
    });
  }

  reject(ctx: AppContext, id: number, comment: string): Promise<AccessRequest> {
    assertLength('comment', comment.trim(), VARCHAR.access_request.comment);
    return inTransaction(ctx, async (em) => {
      const request = await pendingRequest(
        em,
        AccessRequest,
        'AccessRequest',
        ctx,
        id,
        'access.grant',
        approverNeed,
      );
      if (!comment.trim())
        throw new AppError(
          'BAD_USER_INPUT',
          'required',
          { field: 'comment' },
          { field: 'comment' },
        );
      await decide(em, AccessRequest, id, {
        status: RequestStatus.REJECTED,
        decidedBy: ctx.caller?.userId ?? null,
        decidedAt: new Date(),
        comment: comment.trim(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'access.reject',
        entity: 'AccessRequest',
        entityId: id,
        customerId: request.customerId,
        diff: { comment },
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(AccessRequest, { id }))!;
    });
  }

  cancel(ctx: AppContext, id: number): Promise<AccessRequest> {
    return inTransaction(ctx, async (em) => {
      // Looked up by id; only its requester may cancel it.
      const request = await unscoped(em).findOneBy(AccessRequest, { id });
      if (!request || !isRequester(ctx.caller, request)) throw notFound('AccessRequest', id);
      if (request.status !== RequestStatus.PENDING)
        throw conflict('requestNotPending', { status: request.status });
      await decide(em, AccessRequest, id, {
        status: RequestStatus.CANCELLED,
        decidedBy: request.requesterId,
        decidedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'access.cancel',
        entity: 'AccessRequest',
        entityId: id,
        customerId: request.customerId,
      });
      // The row this mutation just wrote, reloaded.
      return (await unscoped(em).findOneBy(AccessRequest, { id }))!;
    });
  }

  /** Before an approved grant expires, its requester asks again: a new request linked to the old one. */
  async renew(
    ctx: AppContext,
    id: number,
    until: Date,
    reasonCode: string | null,
    reason: string | null,
  ): Promise<AccessRequest> {
    // Looked up by id; only its requester may renew it.
    const old = await unscoped(this.ds).getRepository(AccessRequest).findOneBy({ id });
    if (!old || !isRequester(ctx.caller, old)) throw notFound('AccessRequest', id);
    const grant = old.grantId
      ? // The grant of the caller's own request.
        await unscoped(this.ds).getRepository(CustomerGrant).findOneBy({ id: old.grantId })
      : null;
    if (
      old.status !== RequestStatus.APPROVED ||
      !grant ||
      grant.revokedAt ||
      grant.expiresAt.getTime() <= Date.now()
    )
      throw new AppError('BAD_USER_INPUT', 'cannotRenew', {}, { field: 'id' });
    const [row] = await this.request(
      ctx,
      {
        customerIds: [String(old.customerId)],
        level: old.level,
        reasonCode: reasonCode ?? old.reasonCode,
        reason: reason ?? old.reason,
        until,
      },
      id,
    );
    return row;
  }

  list(ctx: AppContext, args: RequestListArgs) {
    // listRequests admits the caller's own requests and those routed to them (the parties' rule).
    return listRequests(unscoped(this.ds).getRepository(AccessRequest), ctx, args, 'access.grant');
  }
}

function checkUntil(until: Date, problems: InputProblems, path: string) {
  const t = until instanceof Date ? until.getTime() : NaN;
  if (!(t > Date.now()) || t - Date.now() > MAX_ACCESS_PERIOD_MS)
    problems.add(path, 'outOfRange', { field: 'until', min: 'now', max: '366d' });
}
