import type { Permission } from '@dossier/shared';
import type { EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { can } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, conflict, notFound, type InputProblems } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId } from '../../common/ids';
import { readPaging } from '../../common/pagination/apply-list';
import { RequestStatus } from '../access-request/access-request.entity';
import type { RequestListArgs } from '../access-request/access-request.inputs';
import { mayDecide } from './approver-routing';

/** What access requests and change requests have in common. */
interface RequestRow {
  id: number;
  requesterId: number | null;
  approverId: number | null;
  status: RequestStatus;
}

/**
 * A request the caller is about to decide: NOT_FOUND unless they are a party to it, FORBIDDEN
 * for the requester, CONFLICT once decided.
 */
export async function pendingRequest<T extends RequestRow>(
  em: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  ctx: AppContext,
  id: number,
  permission: Permission,
): Promise<T> {
  const request = (await em.findOneBy(entity, { id } as never)) as T | null;
  const decider = !!request && mayDecide(ctx.caller, request.approverId, permission);
  if (!request || !(decider || request.requesterId === ctx.caller?.userId))
    throw notFound(name, id);
  if (!decider) throw new AppError('FORBIDDEN', 'notApprover', {}, { id: String(id) });
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
  const admin = ctx.caller?.dataScope === 'ALL' && can(ctx.caller, permission);
  if (!admin) qb.andWhere('(r.requester_id = :me OR r.approver_id = :me)', { me });
  if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
  if (filter?.requester) qb.andWhere('r.requester_id = :me', { me });
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
  if (reasonCode && !(await ctx.loaders.dictionarySnapshot()).item('access_reason', reasonCode))
    problems.add(at('reasonCode'), 'unknownOption', {
      field: 'reasonCode',
      value: reasonCode,
      dictionary: 'access_reason',
    });
  if (!reason && !reasonCode) problems.add(at('reason'), 'required');
  checkLength(problems, at('reason'), reason, VARCHAR.access_request.reason);
  return reason;
}
