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
  dataCard: 'field.manage',
  accessRules: 'user.manage',
  accessExplain: 'user.manage',
};

/**
 * Menu entries shown only with a permission although their pages are readable
 * by anyone signed in (write actions on them check the permission themselves).
 */
export const MENU_PERMISSIONS: Record<string, Permission> = {
  dictionaries: 'dictionary.manage',
  numbering: 'field.manage',
};

/** Menu entries shown with any one of these permissions (each page shows the parts the user may use). */
export const MENU_ANY_PERMISSIONS: Record<string, Permission[]> = {
  accessRequests: ['access.request', 'access.grant'],
  changeRequests: ['change.approve', 'customer.update'],
};

/**
 * Permission some actions of a resource need although the resource itself is
 * open to anyone signed in (customer lists and pages follow the data scope).
 */
export const ACTION_PERMISSIONS: Record<string, Partial<Record<string, Permission>>> = {
  customers: { create: 'customer.create', edit: 'customer.update', delete: 'customer.delete' },
  accessRequests: { create: 'access.request' },
};

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }) => {
    const needed = resource
      ? (RESOURCE_PERMISSIONS[resource] ?? ACTION_PERMISSIONS[resource]?.[action])
      : undefined;
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
