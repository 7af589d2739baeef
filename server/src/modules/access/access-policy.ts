import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Permission } from '@dossier/shared';
import { scopeFor, type Caller } from '../../common/auth/caller';
import { Department } from '../department/department.entity';
import { subtreeIds } from '../../common/tree';

/**
 * What the caller wants to do with a customer. Each mode is held through the permissions below,
 * and reaches as far as the roles that grant them (never the widest role of the caller):
 * - `read`: `customer.read` (or `customer.update`: editing implies reading);
 * - `edit`: `customer.update`, with EDIT-level members, grants and rules only;
 * - `audit`: `audit.view` (which customers' audit entries the caller sees);
 * - `grant`: `access.grant` (sharing a customer with others).
 */
export type AccessMode = 'read' | 'edit' | 'audit' | 'grant';

export const MODE_PERMISSIONS: Record<AccessMode, Permission[]> = {
  read: ['customer.read', 'customer.update'],
  edit: ['customer.update'],
  audit: ['audit.view'],
  grant: ['access.grant'],
};

/** How far a mode reaches for a caller: the widest scope among the roles granting one of its permissions. */
export function modeScope(caller: Caller | null, mode: AccessMode) {
  const scopes = MODE_PERMISSIONS[mode].map((p) => scopeFor(caller, p)).filter((s) => s !== null);
  if (scopes.includes('ALL')) return 'ALL';
  if (scopes.includes('DEPT_AND_BELOW')) return 'DEPT_AND_BELOW';
  if (scopes.includes('DEPT')) return 'DEPT';
  return scopes.length ? 'SELF' : null;
}

/** The caller reaches every customer in this mode (its predicate is `1 = 1`). */
export function reachesAll(caller: Caller | null, mode: AccessMode = 'read'): boolean {
  return modeScope(caller, mode) === 'ALL';
}

/** A territory rule compiled for one caller: customers whose `column` holds one of `itemIds` (descendants expanded). */
export interface CompiledRule {
  id: number;
  /** The role the rule is attached to: it then applies only to what that role grants. Null for user and department rules. */
  roleId: number | null;
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

/** Which paths count: all of them, or only access of one's own (no grants or team membership), as sharing and transfers need. */
export interface PartOptions {
  paths?: readonly AccessPath[];
}

/** Access that does not itself come from somebody else's sharing: scope, ownership and territory rules. */
export const OWN_ACCESS_PATHS: readonly AccessPath[] = ['SCOPE', 'OWNER', 'RULE'];

/**
 * The parts of the customer predicate for a caller who does not reach everything: data scope
 * (from the roles granting the mode's permissions), owner, team, active grants (to the caller or
 * their department; expiry checked at query time) and territory rules (a role's rules only with
 * the mode's permissions). For `edit` and `grant`, only EDIT members, grants and rules count.
 */
export function customerPredicateParts(
  caller: Caller,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
  options: PartOptions = {},
): PredicatePart[] {
  const all = buildParts(caller, alias, scope, mode);
  return options.paths ? all.filter((p) => options.paths!.includes(p.path)) : all;
}

function buildParts(
  caller: Caller,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode,
): PredicatePart[] {
  const me = caller.userId ?? -1;
  const edit = mode === 'edit' || mode === 'grant';
  const parts: PredicatePart[] = [];
  const dataScope = modeScope(caller, mode);
  if (caller.departmentId && dataScope === 'DEPT_AND_BELOW') {
    parts.push({
      path: 'SCOPE',
      sql: `${alias}.department_id IN (:...scopeDepts)`,
      ids: 'SELECT scope_d.id AS id FROM customer scope_d WHERE scope_d.department_id IN (:...scopeDepts)',
      params: { scopeDepts: subtreeIds(scope.departments, caller.departmentId) },
    });
  } else if (caller.departmentId && dataScope === 'DEPT') {
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
  const permissions = MODE_PERMISSIONS[mode];
  const ruleApplies = (rule: CompiledRule) =>
    rule.roleId === null ||
    caller.roles.some((r) => r.id === rule.roleId && permissions.some((p) => r.permissions.has(p)));
  for (const rule of scope.rules) {
    if (edit && rule.level !== 'EDIT') continue;
    if (!ruleApplies(rule)) continue;
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
 * read adds it to its query (before paging, inside joins), through `ScopedReads` (scoped-reads.ts).
 */
export function customerScopePredicate(
  caller: Caller | null,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
  options: PartOptions = {},
): SqlPredicate {
  if (!caller) return NONE;
  if (reachesAll(caller, mode) && (!options.paths || options.paths.includes('SCOPE'))) return EVERY;
  const parts = customerPredicateParts(caller, alias, scope, mode, options);
  if (!parts.length) return NONE;
  return {
    sql: `(${parts.map((p) => p.sql).join(' OR ')})`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}
const NONE: SqlPredicate = { sql: '1 = 0', params: {} };
const EVERY: SqlPredicate = { sql: '1 = 1', params: {} };

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
): SqlPredicate {
  if (!caller || reachesAll(caller, mode))
    return customerScopePredicate(caller, alias, scope, mode);
  const parts = customerPredicateParts(caller, alias, scope, mode);
  if (!parts.length) return NONE;
  return {
    sql: `${alias}.id IN (SELECT scope_ids.id FROM (${parts.map((p) => p.ids).join(' UNION ')}) scope_ids)`,
    params: Object.assign({}, ...parts.map((p) => p.params)),
  };
}

/** Contacts are reached through their customers: readable (or editable) when linked to one such live customer. */
export function contactScopePredicate(
  caller: Caller | null,
  alias: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): SqlPredicate {
  const inner = customerScopePredicate(caller, 'scope_c', scope, mode);
  return {
    sql: `EXISTS (SELECT 1 FROM customer_contact scope_cc INNER JOIN customer scope_c ON scope_c.id = scope_cc.customer_id WHERE scope_cc.contact_id = ${alias}.id AND scope_c.deleted_at IS NULL AND ${inner.sql})`,
    params: inner.params,
  };
}

/** Rows that hang off a customer (follow-ups, transactions, documents): readable with a live, readable customer. */
export function customerChildPredicate(
  caller: Caller | null,
  customerIdColumn: string,
  scope: PolicyScope,
  mode: AccessMode = 'read',
): SqlPredicate {
  const predicate = customerScopePredicate(caller, 'scope_pc', scope, mode);
  return {
    sql: `EXISTS (SELECT 1 FROM customer scope_pc WHERE scope_pc.id = ${customerIdColumn} AND scope_pc.deleted_at IS NULL AND ${predicate.sql})`,
    params: predicate.params,
  };
}

export function applyPredicate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  predicate: SqlPredicate,
): SelectQueryBuilder<T> {
  return qb.andWhere(predicate.sql, predicate.params);
}

/** A UTC instant as both dialects compare it with stored datetimes (`YYYY-MM-DD HH:MM:SS.mmm`). */
export function utcDatetime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
