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
}

export function can(caller: Caller | null | undefined, permission: Permission): boolean {
  return !!caller && caller.permissions.has(permission);
}
