import { Brackets, type EntityManager } from 'typeorm';
import { scopeFor } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { escapeLike } from '../../common/db-dialect';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination/comparisons';
import { subtreeIds } from '../../common/tree';
import { Department } from '../department/department.entity';
import { User } from '../user/user.entity';
import { Grantee, GranteeKind, GranteeList } from './grant.inputs';

/**
 * Whom the caller may grant to: users and departments inside the reach of `access.grant`
 * (ALL: everyone; DEPT_AND_BELOW: their department and below; DEPT: their department; SELF or
 * none: nobody). `departmentIds` null means every department.
 */
export interface GranteeScope {
  departmentIds: number[] | null;
  /** The caller's own user and department: a grant never reaches the granter. */
  selfUserId: number | null;
  selfDepartmentId: number | null;
}

export async function granteeScope(ctx: AppContext): Promise<GranteeScope> {
  const caller = ctx.caller;
  const scope = scopeFor(caller, 'access.grant');
  const self = {
    selfUserId: caller?.userId ?? null,
    selfDepartmentId: caller?.departmentId ?? null,
  };
  if (scope === 'ALL') return { departmentIds: null, ...self };
  const own = caller?.departmentId ?? null;
  if (own === null || (scope !== 'DEPT' && scope !== 'DEPT_AND_BELOW'))
    return { departmentIds: [], ...self };
  if (scope === 'DEPT') return { departmentIds: [own], ...self };
  return { departmentIds: subtreeIds(await ctx.loaders.departmentTree(), own), ...self };
}

/** The user is active and inside the scope (missing, inactive and out-of-scope alike: false). */
export async function userInScope(em: EntityManager, scope: GranteeScope, userId: number) {
  const user = await em.findOne(User, {
    where: { id: userId, active: true },
    select: { id: true, departmentId: true },
  });
  if (!user) return false;
  if (scope.departmentIds === null) return true;
  return user.departmentId !== null && scope.departmentIds.includes(user.departmentId);
}

export async function departmentInScope(
  em: EntityManager,
  scope: GranteeScope,
  departmentId: number,
) {
  if (scope.departmentIds !== null && !scope.departmentIds.includes(departmentId)) return false;
  return em.existsBy(Department, { id: departmentId });
}

/**
 * Grantees matching `search` (name, username; departments by name), users then departments,
 * each alphabetical; the granter and their own department are left out (the server refuses them).
 */
export async function searchGrantees(
  ctx: AppContext,
  em: EntityManager,
  search: string,
  kind: GranteeKind | null | undefined,
  paging: { limit?: number; offset?: number } | null | undefined,
): Promise<GranteeList> {
  const limit = Math.min(Math.max(paging?.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const offset = Math.max(paging?.offset ?? 0, 0);
  const scope = await granteeScope(ctx);
  if (scope.departmentIds !== null && !scope.departmentIds.length)
    return { nodes: [], hasMore: false };
  const term = `%${escapeLike(search.trim().toLowerCase())}%`;
  const wanted = offset + limit + 1;
  const nodes: Grantee[] = [];

  if (kind !== GranteeKind.DEPARTMENT) {
    const qb = em
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoin('u.department', 'd')
      .select(['u.id AS id', 'u.username AS username', 'u.display_name AS name', 'd.name AS dept'])
      .where('u.active = :active', { active: true })
      .andWhere(
        new Brackets((w) =>
          w
            .where(`LOWER(u.display_name) LIKE :term ESCAPE '!'`, { term })
            .orWhere(`LOWER(u.username) LIKE :term ESCAPE '!'`, { term }),
        ),
      )
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(wanted);
    if (scope.departmentIds !== null)
      qb.andWhere('u.department_id IN (:...depts)', { depts: scope.departmentIds });
    if (scope.selfUserId !== null) qb.andWhere('u.id <> :me', { me: scope.selfUserId });
    const rows = await qb.getRawMany<{
      id: number;
      username: string;
      name: string;
      dept: string;
    }>();
    for (const r of rows)
      nodes.push({
        kind: GranteeKind.USER,
        id: Number(r.id),
        name: r.name,
        username: r.username,
        departmentName: r.dept ?? null,
      });
  }
  if (kind !== GranteeKind.USER && nodes.length < wanted) {
    const qb = em
      .getRepository(Department)
      .createQueryBuilder('d')
      .leftJoin(Department, 'p', 'p.id = d.parent_id')
      .select(['d.id AS id', 'd.name AS name', 'p.name AS parent'])
      .where(`LOWER(d.name) LIKE :term ESCAPE '!'`, { term })
      .orderBy('d.name', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(wanted - nodes.length);
    if (scope.departmentIds !== null)
      qb.andWhere('d.id IN (:...depts)', { depts: scope.departmentIds });
    if (scope.selfDepartmentId !== null)
      qb.andWhere('d.id <> :mine', { mine: scope.selfDepartmentId });
    const rows = await qb.getRawMany<{ id: number; name: string; parent: string | null }>();
    for (const r of rows)
      nodes.push({
        kind: GranteeKind.DEPARTMENT,
        id: Number(r.id),
        name: r.name,
        username: null,
        departmentName: r.parent ?? null,
      });
  }
  return { nodes: nodes.slice(offset, offset + limit), hasMore: nodes.length > offset + limit };
}
