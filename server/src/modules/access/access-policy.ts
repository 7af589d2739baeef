import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import type { Department } from '../department/department.entity';
import { subtreeIds } from '../department/department-tree';

/**
 * The one place that turns a caller into SQL predicates on customer rows. Every customer-rooted
 * read adds this to its query (before paging, inside joins). Today it knows data scope and
 * ownership; team membership, grants and territory rules extend it here.
 */
export function customerScopePredicate(caller: Caller | null, alias: string, departments: Pick<Department, 'id' | 'parentId'>[]): { sql: string; params: Record<string, unknown> } {
  if (!caller) return { sql: '1 = 0', params: {} };
  const me = caller.userId ?? -1;
  switch (caller.dataScope) {
    case 'ALL':
      return { sql: '1 = 1', params: {} };
    case 'DEPT_AND_BELOW': {
      const depts = caller.departmentId ? subtreeIds(departments, caller.departmentId) : [];
      return depts.length
        ? { sql: `(${alias}.owner_id = :scopeMe OR ${alias}.department_id IN (:...scopeDepts))`, params: { scopeMe: me, scopeDepts: depts } }
        : { sql: `${alias}.owner_id = :scopeMe`, params: { scopeMe: me } };
    }
    case 'DEPT':
      return caller.departmentId
        ? { sql: `(${alias}.owner_id = :scopeMe OR ${alias}.department_id = :scopeDept)`, params: { scopeMe: me, scopeDept: caller.departmentId } }
        : { sql: `${alias}.owner_id = :scopeMe`, params: { scopeMe: me } };
    default:
      return { sql: `${alias}.owner_id = :scopeMe`, params: { scopeMe: me } };
  }
}

export function applyCustomerScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, caller: Caller | null, departments: Pick<Department, 'id' | 'parentId'>[], alias = qb.alias): SelectQueryBuilder<T> {
  const { sql, params } = customerScopePredicate(caller, alias, departments);
  return qb.andWhere(sql, params);
}
