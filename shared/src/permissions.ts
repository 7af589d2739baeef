/** Every permission name in Dossier. Roles carry a subset of these. */
export const PERMISSIONS = [
  'user.manage',
  'dictionary.manage',
  'field.manage',
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.delete',
  'customer.import',
  'customer.export',
  'customer.viewSensitive',
  'customer.merge',
  'access.grant',
  'access.request',
  'change.approve',
  'audit.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** How far a role's record visibility reaches. */
export const DATA_SCOPES = ['ALL', 'DEPT_AND_BELOW', 'DEPT', 'SELF'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Wider scopes first: among the roles that grant one permission, the widest counts. */
export function widestScope(scopes: DataScope[]): DataScope {
  for (const scope of DATA_SCOPES) if (scopes.includes(scope)) return scope;
  return 'SELF';
}

/** Human labels for the console, in both languages. */
export const PERMISSION_LABELS: Record<Permission, { 'zh-CN': string; en: string }> = {
  'user.manage': { 'zh-CN': '用户与组织管理', en: 'Manage users and organisation' },
  'dictionary.manage': { 'zh-CN': '字典管理', en: 'Manage dictionaries' },
  'field.manage': { 'zh-CN': '资料卡字段管理', en: 'Manage data-card fields' },
  'customer.read': { 'zh-CN': '查阅客户', en: 'Read customers' },
  'customer.create': { 'zh-CN': '新建客户', en: 'Create customers' },
  'customer.update': { 'zh-CN': '修改客户', en: 'Update customers' },
  'customer.delete': { 'zh-CN': '删除客户', en: 'Delete customers' },
  'customer.import': { 'zh-CN': '导入客户', en: 'Import customers' },
  'customer.export': { 'zh-CN': '导出客户', en: 'Export customers' },
  'customer.viewSensitive': { 'zh-CN': '查看敏感信息', en: 'View sensitive fields' },
  'customer.merge': { 'zh-CN': '客户查重与合并', en: 'Review and merge duplicates' },
  'access.grant': { 'zh-CN': '授权查阅', en: 'Grant record access' },
  'access.request': { 'zh-CN': '申请查阅', en: 'Request record access' },
  'change.approve': { 'zh-CN': '审批修改', en: 'Approve changes' },
  'audit.view': { 'zh-CN': '查看审计日志', en: 'View the audit log' },
};
