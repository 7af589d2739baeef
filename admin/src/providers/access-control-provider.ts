import type { AccessControlProvider } from '@refinedev/core';
import type { Permission } from '@dossier/shared';
import { fetchMe } from './auth-provider';

/** Permission each console resource needs (any action on it). */
export const RESOURCE_PERMISSIONS: Record<string, Permission> = {
  users: 'user.manage',
  departments: 'user.manage',
  roles: 'user.manage',
  apiKeys: 'user.manage',
  auditLogs: 'audit.view',
};

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource }) => {
    const needed = resource ? RESOURCE_PERMISSIONS[resource] : undefined;
    if (!needed) return { can: true };
    try {
      const me = await fetchMe();
      const can = !!me?.permissions.includes(needed);
      return can ? { can } : { can, reason: needed };
    } catch {
      return { can: false };
    }
  },
  options: {
    buttons: { enableAccessControl: true, hideIfUnauthorized: true },
  },
};
