import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { Department } from '../department/department.entity';
import { subtreeIds } from '../../common/tree';

export type AccessMode = 'read' | 'edit';

/** A territory rule compiled for one caller: customers whose `column` holds one of `itemIds` (descendants expanded). */
export interface CompiledRule {
  id: number;
  column: string;
  itemIds: number[];
  level: 'READ' | 'EDIT';
}

/** What the policy needs besides the caller, read once per request: the department tree and the caller's rules. */
export interface PolicyScope {
  departments: Pick<Department, 'id' | 'parentId'>[];
  rules: CompiledRule[];
}

/** Why a caller reaches a customer; `explainAccess` evaluates each part on its own. */
export type AccessPath = 'SCOPE' | 'OWNER' | 'TEAM' | 'GRANT' | 'RULE';

export interface PredicatePart {
  path: AccessPath;
  /** A test on one customer row (`alias`). */
  sql: string;
  /** The same part as a set: `SELECT … AS id` of the customer ids it reaches, through its own index. */
  ids: string;
  params: Record<string, unknown>;
  ruleId?: number;
}

/** Departments (id, parent) as the scope predicates need them. */
export function scopeDepartments(source: DataSource | EntityManager) {
  return source.getRepository(Department).find({ select: { id: true, parentId: true } });
}

/**
 * The parts of the customer predicate for a non-ALL caller: data scope, owner, team, active
 * grants (to the caller or their department; expiry checked at query time) and territory rules.
 * For `edit`, only EDIT members, grants and rules count.
 */
export function customerPredicateParts(
  caller: Caller,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): PredicatePart[] {
  const me = caller.userId ?? -1;
  const edit = mode === 'edit';
  const parts: PredicatePart[] = [];
  if (caller.departmentId && caller.dataScope === 'DEPT_AND_BELOW') {
    parts.push({
      path: 'SCOPE',
      sql: `${alias}.department_id IN (:...scopeDepts)`,
      ids: 'SELECT scope_d.id AS id FROM customer scope_d WHERE scope_d.department_id IN (:...scopeDepts)',
      params: { scopeDepts: subtreeIds(scope.departments, caller.departmentId) },
    });
  } else if (caller.departmentId && caller.dataScope === 'DEPT') {
    parts.push({
      path: 'SCOPE',
      sql: `${alias}.department_id = :scopeDept`,
      ids: 'SELECT scope_d.id AS id FROM customer scope_d WHERE scope_d.department_id = :scopeDept',
      params: { scopeDept: caller.departmentId },
    });
  }
  parts.push({
    path: 'OWNER',
    sql: `${alias}.owner_id = :scopeMe`,
    ids: 'SELECT scope_o.id AS id FROM customer scope_o WHERE scope_o.owner_id = :scopeMe',
    params: { scopeMe: me },
  });
  const member = `FROM customer_member scope_m WHERE scope_m.user_id = :scopeMe${edit ? ` AND scope_m.level = 'EDIT'` : ''}`;
  parts.push({
    path: 'TEAM',
    sql: `EXISTS (SELECT 1 ${member} AND scope_m.customer_id = ${alias}.id)`,
    ids: `SELECT scope_m.customer_id AS id ${member}`,
    params: { scopeMe: me },
  });
  const live = `scope_g.revoked_at IS NULL AND scope_g.expires_at > :scopeNow${edit ? ` AND scope_g.level = 'EDIT'` : ''}`;
  parts.push({
    path: 'GRANT',
    sql: `EXISTS (SELECT 1 FROM customer_grant scope_g WHERE scope_g.customer_id = ${alias}.id AND ${live} AND (scope_g.user_id = :scopeMe OR scope_g.department_id = :scopeOwnDept))`,
    // One lookup per grant index (to the user, to the department).
    ids: `SELECT scope_g.customer_id AS id FROM customer_grant scope_g WHERE scope_g.user_id = :scopeMe AND ${live} UNION SELECT scope_g.customer_id AS id FROM customer_grant scope_g WHERE scope_g.department_id = :scopeOwnDept AND ${live}`,
    params: {
      scopeMe: me,
      scopeNow: utcDatetime(new Date()),
      scopeOwnDept: caller.departmentId ?? -1,
    },
  });
  // Territory rules compile to `IN (...)` on the rule field's indexed column; descendants come from the cached dictionary tree.
  for (const rule of scope.rules) {
    if (edit && rule.level !== 'EDIT') continue;
    if (!rule.itemIds.length) continue;
    const param = `scopeRule${rule.id}`;
    parts.push({
      path: 'RULE',
      ruleId: rule.id,
      sql: `${alias}.${rule.column} IN (:...${param})`,
      ids: `SELECT scope_r.id AS id FROM customer scope_r WHERE scope_r.${rule.column} IN (:...${param})`,
      params: { [param]: rule.itemIds },
    });
  }
  return parts;
}

/**
 * The one place that turns a caller into SQL predicates on customer rows. Every customer-rooted
 * read adds it to its query (before paging, inside joins).
 */
export function customerScopePredicate(
  caller: Caller | null,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): { sql: string; params: Record<string, unknown> } {
  if (!caller) return { sql: '1 = 0', params: {} };
  if (caller.dataScope === 'ALL') return { sql: '1 = 1', params: {} };
  const parts = customerPredicateParts(caller, alias, scope, mode);
  return {
    sql: `(${parts.map((p) => p.sql).join(' OR ')})`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

/**
 * The same policy shaped for lists: the readable ids as a UNION of index lookups (owner, team,
 * grants, scope, rules), materialised once, so the database walks a small id set instead of
 * testing every row of a large filter. For a single row, `customerScopePredicate` is cheaper.
 */
export function customerListScopePredicate(
  caller: Caller | null,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): { sql: string; params: Record<string, unknown> } {
  if (!caller || caller.dataScope === 'ALL')
    return customerScopePredicate(caller, alias, scope, mode);
  const parts = customerPredicateParts(caller, alias, scope, mode);
  return {
    sql: `${alias}.id IN (SELECT scope_ids.id FROM (${parts.map((p) => p.ids).join(' UNION ')}) scope_ids)`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

export function applyCustomerScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  caller: Caller | null,
  scope: PolicyScope,
  mode: AccessMode = 'read',
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const { sql, params } = customerScopePredicate(caller, alias, scope, mode);
  return qb.andWhere(sql, params);
}

/** Adds the list-shaped policy (see `customerListScopePredicate`) to a customer list or count. */
export function applyCustomerListScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  caller: Caller | null,
  scope: PolicyScope,
  alias = qb.alias,
): SelectQueryBuilder<T> {
  const { sql, params } = customerListScopePredicate(caller, alias, scope);
  return qb.andWhere(sql, params);
}

/** Contacts are reached through their customers: readable (or editable) when linked to one such customer. */
export function contactScopePredicate(
  caller: Caller | null,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): { sql: string; params: Record<string, unknown> } {
  const inner = customerScopePredicate(caller, 'scope_c', scope, mode);
  return {
    sql: `EXISTS (SELECT 1 FROM customer_contact scope_cc INNER JOIN customer scope_c ON scope_c.id = scope_cc.customer_id WHERE scope_cc.contact_id = ${alias}.id AND scope_c.deleted_at IS NULL AND ${inner.sql})`,
    params: inner.params,
  };
}

/** Rows that hang off a customer (follow-ups, transactions, documents, audit entries): readable with a live, readable customer. */
export function applyCustomerChildScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  caller: Caller | null,
  scope: PolicyScope,
  customerIdColumn = `${qb.alias}.customer_id`,
): SelectQueryBuilder<T> {
  const predicate = customerScopePredicate(caller, 'c', scope);
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM customer c WHERE c.id = ${customerIdColumn} AND c.deleted_at IS NULL AND ${predicate.sql})`,
    predicate.params,
  );
}

/** A UTC instant as both dialects compare it with stored datetimes (`YYYY-MM-DD HH:MM:SS.mmm`). */
export function utcDatetime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
