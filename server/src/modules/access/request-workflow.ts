import type { Permission } from '@dossier/shared';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { canEverywhere } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, conflict, notFound, type InputProblems } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId } from '../../common/ids';
import { readPaging } from '../../common/pagination/apply-list';
import { RequestStatus } from '../access-request/access-request.entity';
import { unscoped } from './scoped-reads';
import type { RequestListArgs } from '../access-request/access-request.inputs';
import { customerReachable, isRequester, mayDecide, type RouteNeed } from './approver-routing';

/** Requests may ask for at most this long (access requests' `until`, grants' `expiresAt`). */
export const MAX_ACCESS_PERIOD_MS = 366 * 24 * 3600 * 1000;

/** What access requests and change requests have in common. */
interface RequestRow {
  id: number;
  customerId: number;
  requesterId: number | null;
  requesterApiKeyId?: number | null;
  approverId: number | null;
  status: RequestStatus;
}

/**
 * A request the caller is about to decide: NOT_FOUND unless they are a party to it and can still
 * `need(request).mode` its customer (an approver who lost access to the customer cannot decide),
 * FORBIDDEN for the requester, CONFLICT once decided.
 */
export async function pendingRequest<T extends RequestRow>(
  em: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  ctx: AppContext,
  id: number,
  permission: Permission,
  need: (request: T) => RouteNeed,
): Promise<T> {
  // The request row is the workflow's own input; the customer check below is the policy.
  const request = (await unscoped(em).findOneBy(entity, { id } as never)) as T | null;
  const decider = !!request && mayDecide(ctx.caller, request.approverId, permission);
  if (!request || !(decider || isRequester(ctx.caller, request))) throw notFound(name, id);
  if (!decider) throw new AppError('FORBIDDEN', 'notApprover', {}, { id: String(id) });
  if (!(await customerReachable(ctx, em, ctx.caller, request.customerId, need(request))))
    throw notFound(name, id);
  if (request.status !== RequestStatus.PENDING)
    throw conflict('requestNotPending', { status: request.status });
  return request;
}

/** Marks a pending request decided; a concurrent decision finds it no longer pending (CONFLICT). */
export async function decide(
  em: EntityManager,
  entity: Function,
  id: number,
  changes: Record<string, unknown>,
) {
  const res = await em
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where('id = :id AND status = :pending', { id, pending: RequestStatus.PENDING })
    .execute();
  if (res.affected !== 1) throw conflict('requestNotPending', { status: 'decided' });
}

/**
 * Requests a caller may list: their own and those routed to them; administrators (ALL scope with
 * the deciding permission) see all. Then the inbox filters, newest first, paged.
 */
export async function listRequests<T extends ObjectLiteral>(
  repository: Repository<T>,
  ctx: AppContext,
  args: RequestListArgs,
  permission: Permission,
) {
  const qb = repository.createQueryBuilder('r');
  const filter = args.filter;
  const me = ctx.caller?.userId ?? -1;
  // An API key is its own principal: its requests are those it made, never another key's.
  const keyed = !!repository.metadata.findColumnWithPropertyName('requesterApiKeyId');
  const mine =
    ctx.caller?.kind === 'apiKey'
      ? keyed
        ? 'r.requester_api_key_id = :myKey'
        : '1 = 0'
      : 'r.requester_id = :me';
  const params = { me, myKey: ctx.caller?.apiKeyId ?? -1 };
  const admin = canEverywhere(ctx.caller, permission);
  if (!admin) qb.andWhere(`(${mine} OR r.approver_id = :me)`, params);
  if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
  if (filter?.requester) qb.andWhere(mine, params);
  if (filter?.approver)
    qb.andWhere(admin ? '(r.approver_id = :me OR r.approver_id IS NULL)' : 'r.approver_id = :me', {
      me,
    });
  if (filter?.customerId)
    qb.andWhere('r.customer_id = :cid', { cid: parseId(filter.customerId, 'filter.customerId') });
  const { limit, offset } = readPaging(args.paging);
  const [nodes, totalCount] = await qb
    .orderBy('r.id', 'DESC')
    .take(limit)
    .skip(offset)
    .getManyAndCount();
  return { nodes, totalCount };
}

/**
 * A reason from `access_reason`, free text, or both; at least one (grants' requests and reveals).
 * `path` prefixes the field paths of problems (`input.reason`), or is empty for top-level arguments.
 */
export async function checkReason(
  ctx: AppContext,
  code: string | null | undefined,
  text: string | null | undefined,
  problems: InputProblems,
  path: string,
): Promise<string | null> {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const reason = text?.trim() || null;
  const reasonCode = code?.trim() || null;
  if (reasonCode) {
    const snap = await ctx.loaders.dictionarySnapshot();
    const item = snap.item('access_reason', reasonCode);
    if (!item || !snap.selectable(item.id))
      problems.add(at('reasonCode'), item ? 'disabledOption' : 'unknownOption', {
        field: 'reasonCode',
        value: reasonCode,
        dictionary: 'access_reason',
      });
  }
  if (!reason && !reasonCode) problems.add(at('reason'), 'required');
  checkLength(problems, at('reason'), reason, VARCHAR.access_request.reason);
  return reason;
}
