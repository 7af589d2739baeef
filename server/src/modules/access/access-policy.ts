import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { can, type Caller } from '../../common/auth/caller';
import { Department } from '../department/department.entity';
import { subtreeIds } from '../../common/tree';

export type AccessMode = 'read' | 'edit';

/** Departments (id, parent) as the scope predicates need them. */
export function scopeDepartments(source: DataSource | EntityManager) {
  return source.getRepository(Department).find({ select: { id: true, parentId: true } });
}

/**
 * The one place that turns a caller into SQL predicates on customer rows. Every customer-rooted
 * read adds it to its query (before paging, inside joins). A caller reaches a customer through
 * their role's data scope, by owning it, as a team member, or through an active grant to them or
 * their department (for `edit`, EDIT members and grants only). Territory rules extend it here.
 */
export function customerScopePredicate(
  caller: Caller | null,
  alias: string,
  departments: Pick<Department, 'id' | 'parentId'>[],
  mode: AccessMode = 'read',
): { sql: string; params: Record<string, unknown> } {
  if (!caller) return { sql: '1 = 0', params: {} };
  if (caller.dataScope === 'ALL') return { sql: '1 = 1', params: {} };
  const me = caller.userId ?? -1;
  const params: Record<string, unknown> = { scopeMe: me };
  const parts = [`${alias}.owner_id = :scopeMe`];
  const levels = mode === 'edit' ? `AND scope_m.level = 'EDIT'` : '';
  parts.push(`EXISTS (SELECT 1 FROM customer_member scope_m WHERE scope_m.customer_id = ${alias}.id AND scope_m.user_id = :scopeMe ${levels})`);
  // Active grants to the caller or the caller's department; expiry is checked here, at query time.
  const grantLevel = mode === 'edit' ? `AND scope_g.level = 'EDIT'` : '';
  parts.push(
    `EXISTS (SELECT 1 FROM customer_grant scope_g WHERE scope_g.customer_id = ${alias}.id AND scope_g.revoked_at IS NULL AND scope_g.expires_at > :scopeNow AND (scope_g.user_id = :scopeMe OR scope_g.department_id = :scopeOwnDept) ${grantLevel})`,
  );
  params.scopeNow = utcDatetime(new Date());
  params.scopeOwnDept = caller.departmentId ?? -1;
  if (caller.departmentId && caller.dataScope === 'DEPT_AND_BELOW') {
    parts.push(`${alias}.department_id IN (:...scopeDepts)`);
    params.scopeDepts = subtreeIds(departments, caller.departmentId);
  } else if (caller.departmentId && caller.dataScope === 'DEPT') {
    parts.push(`${alias}.department_id = :scopeDept`);
    params.scopeDept = caller.departmentId;
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

export function applyCustomerScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  caller: Caller | null,
  departments: Pick<Department, 'id' | 'parentId'>[],
  mode: AccessMode = 'read',
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const { sql, params } = customerScopePredicate(caller, alias, departments, mode);
  return qb.andWhere(sql, params);
}

/** Contacts are reached through their customers: readable (or editable) when linked to one such customer. */
export function contactScopePredicate(
  caller: Caller | null,
  alias: string,
  departments: Pick<Department, 'id' | 'parentId'>[],
  mode: AccessMode = 'read',
): { sql: string; params: Record<string, unknown> } {
  const inner = customerScopePredicate(caller, 'scope_c', departments, mode);
  return {
    sql: `EXISTS (SELECT 1 FROM customer_contact scope_cc INNER JOIN customer scope_c ON scope_c.id = scope_cc.customer_id WHERE scope_cc.contact_id = ${alias}.id AND scope_c.deleted_at IS NULL AND ${inner.sql})`,
    params: inner.params,
  };
}

/** Rows that hang off a customer (follow-ups, transactions, documents): readable with a live, readable customer. */
export function applyCustomerChildScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  caller: Caller | null,
  departments: Pick<Department, 'id' | 'parentId'>[],
  customerIdColumn = `${qb.alias}.customer_id`,
): SelectQueryBuilder<T> {
  const scope = customerScopePredicate(caller, 'c', departments);
  return qb.andWhere(`EXISTS (SELECT 1 FROM customer c WHERE c.id = ${customerIdColumn} AND c.deleted_at IS NULL AND ${scope.sql})`, scope.params);
}

/** A UTC instant as both dialects compare it with stored datetimes (`YYYY-MM-DD HH:MM:SS.mmm`). */
function utcDatetime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * A sensitive value as the caller may see it: clear with `customer.viewSensitive`, otherwise
 * masked. Issue 5 makes this per record (with a logged reveal); every sensitive field calls it.
 */
export function sensitiveValue(caller: Caller | null, value: string | null, mask: (clear: string) => string): string | null {
  if (!value) return null;
  return can(caller, 'customer.viewSensitive') ? value : mask(value);
}
