import { widestScope, type DataScope, type Permission } from '@dossier/shared';

/** One of the caller's roles, as the policy needs it: its scope and what it grants. */
export interface CallerRole {
  id: number;
  dataScope: DataScope;
  permissions: ReadonlySet<string>;
}

/** Who is making a request: a signed-in user or an API key acting with its role. */
export interface Caller {
  kind: 'user' | 'apiKey';
  /** The user id, or null for an API key. */
  userId: number | null;
  apiKeyId: number | null;
  name: string;
  departmentId: number | null;
  roleIds: number[];
  /** Every role with its own scope: a permission reaches as far as the roles that grant it. */
  roles: CallerRole[];
  permissions: ReadonlySet<string>;
  /**
   * Where sensitive fields come back in clear: on every readable record (`READ`), only on
   * editable ones (`EDIT`), or nowhere (null, without `customer.viewSensitive`).
   */
  sensitiveLevel: 'READ' | 'EDIT' | null;
}

/** The most open sensitive level among roles that carry `customer.viewSensitive`. */
export function sensitiveLevelOf(
  roles: { permissions: string[]; sensitiveLevel: 'READ' | 'EDIT' }[],
): 'READ' | 'EDIT' | null {
  const levels = roles
    .filter((r) => r.permissions.includes('customer.viewSensitive'))
    .map((r) => r.sensitiveLevel);
  if (levels.includes('READ')) return 'READ';
  return levels.length ? 'EDIT' : null;
}

export function can(caller: Caller | null | undefined, permission: Permission): boolean {
  return !!caller && caller.permissions.has(permission);
}

/** The roles of the caller that grant `permission`. */
export function rolesGranting(
  caller: Caller | null | undefined,
  permission: Permission,
): CallerRole[] {
  return caller ? caller.roles.filter((r) => r.permissions.has(permission)) : [];
}

/**
 * How far `permission` reaches for this caller: the widest data scope among the roles that grant
 * it, or null when no role does. Never the widest scope of all roles (a second role with ALL
 * scope widens only its own permissions).
 */
export function scopeFor(
  caller: Caller | null | undefined,
  permission: Permission,
): DataScope | null {
  const roles = rolesGranting(caller, permission);
  return roles.length ? widestScope(roles.map((r) => r.dataScope)) : null;
}

/** The caller holds `permission` with ALL scope. */
export function canEverywhere(caller: Caller | null | undefined, permission: Permission): boolean {
  return scopeFor(caller, permission) === 'ALL';
}
