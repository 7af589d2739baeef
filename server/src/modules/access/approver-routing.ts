import { In, type EntityManager } from 'typeorm';
import { canEverywhere, type Caller } from '../../common/auth/caller';
import type { Permission } from '@dossier/shared';
import { Department } from '../department/department.entity';
import { User } from '../user/user.entity';

/**
 * Who decides a request about a customer: the manager of the owner's department, or the next
 * manager up the tree when that manager is the requester (or inactive). Null when nobody is
 * found; administrators (ALL scope with the deciding permission) then decide.
 */
export async function routeApprover(
  em: EntityManager,
  departmentId: number | null,
  requesterId: number | null,
): Promise<number | null> {
  const departments = await em.find(Department, {
    select: { id: true, parentId: true, managerId: true },
  });
  const byId = new Map(departments.map((d) => [d.id, d]));
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let d = departmentId; d !== null && byId.has(d) && !seen.has(d); d = byId.get(d)!.parentId) {
    seen.add(d);
    const manager = byId.get(d)!.managerId;
    if (manager && manager !== requesterId) chain.push(manager);
  }
  if (!chain.length) return null;
  const active = new Set(
    (await em.find(User, { where: { id: In(chain), active: true }, select: { id: true } })).map(
      (u) => u.id,
    ),
  );
  return chain.find((id) => active.has(id)) ?? null;
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
