import type { DataScope, Permission } from '@dossier/shared';

/** Who is making a request: a signed-in user or an API key acting with its role. */
export interface Caller {
  kind: 'user' | 'apiKey';
  /** The user id, or null for an API key. */
  userId: number | null;
  apiKeyId: number | null;
  name: string;
  departmentId: number | null;
  roleIds: number[];
  permissions: ReadonlySet<string>;
  dataScope: DataScope;
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
