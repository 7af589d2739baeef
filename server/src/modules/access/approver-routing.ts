import { In, type EntityManager } from 'typeorm';
import { can, canEverywhere, type Caller } from '../../common/auth/caller';
import type { Permission } from '@dossier/shared';
import type { AppContext } from '../../common/context';
import { Customer } from '../customer/customer.entity';
import { Department } from '../department/department.entity';
import { User } from '../user/user.entity';
import {
  customerScopePredicate,
  MODE_PERMISSIONS,
  type AccessMode,
  type PartOptions,
} from './access-policy';

/** What the routed approver must be able to do with the customer: read it (access requests) or edit it (change requests). */
export interface RouteNeed extends PartOptions {
  mode: AccessMode;
}

/**
 * Who decides a request about a customer: walking up from the owner's department, the first
 * manager who is active, is not the requester, and can `need.mode` the customer by the policy
 * (through the paths `need.paths`). Null when nobody qualifies; administrators (ALL scope with
 * the deciding permission) then decide.
 */
export async function routeApprover(
  ctx: AppContext,
  em: EntityManager,
  customer: Pick<Customer, 'id' | 'departmentId'>,
  requesterId: number | null,
  need: RouteNeed,
): Promise<number | null> {
  // The department tree and users are the policy's own inputs, read past it.
  const departments = await em.find(Department, {
    select: { id: true, parentId: true, managerId: true },
  });
  const byId = new Map(departments.map((d) => [d.id, d]));
  const chain: number[] = [];
  const seen = new Set<number>();
  for (
    let d = customer.departmentId;
    d !== null && byId.has(d) && !seen.has(d);
    d = byId.get(d)!.parentId
  ) {
    seen.add(d);
    const manager = byId.get(d)!.managerId;
    if (manager && manager !== requesterId && !chain.includes(manager)) chain.push(manager);
  }
  if (!chain.length) return null;
  const active = new Map(
    (await em.find(User, { where: { id: In(chain), active: true } })).map((u) => [u.id, u]),
  );
  for (const id of chain) {
    const user = active.get(id);
    if (!user) continue;
    if (
      await customerReachable(
        ctx,
        em,
        await ctx.services.auth.callerForUser(user),
        customer.id,
        need,
      )
    )
      return id;
  }
  return null;
}

/** Whether `caller` can `need.mode` the customer by the policy (one statement). */
export async function customerReachable(
  ctx: Pick<AppContext, 'loaders'>,
  em: EntityManager,
  caller: Caller | null,
  customerId: number,
  need: RouteNeed,
): Promise<boolean> {
  // The policy admits owners whatever their roles; deciding also needs a permission of the mode.
  if (!MODE_PERMISSIONS[need.mode].some((p) => can(caller, p))) return false;
  const predicate = customerScopePredicate(
    caller,
    'c',
    await ctx.loaders.policyScope(caller),
    need.mode,
    { paths: need.paths },
  );
  return em
    .getRepository(Customer)
    .createQueryBuilder('c')
    .where('c.id = :routedCustomer', { routedCustomer: customerId })
    .andWhere('c.deleted_at IS NULL')
    .andWhere(predicate.sql, predicate.params)
    .getExists();
}

/** The routed approver decides; so do administrators holding the permission, for any request. */
export function mayDecide(
  caller: Caller | null,
  approverId: number | null,
  permission: Permission,
): boolean {
  if (!caller) return false;
  if (caller.userId !== null && caller.userId === approverId) return true;
  return canEverywhere(caller, permission);
}

/** Whether the caller is the one who asked: the same user, or the same API key (a key is its own principal). */
export function isRequester(
  caller: Caller | null,
  request: { requesterId: number | null; requesterApiKeyId?: number | null },
): boolean {
  if (!caller) return false;
  if (caller.kind === 'apiKey')
    return caller.apiKeyId !== null && request.requesterApiKeyId === caller.apiKeyId;
  return caller.userId !== null && request.requesterId === caller.userId;
}
