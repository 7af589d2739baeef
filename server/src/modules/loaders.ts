import type { DataSource } from 'typeorm';
import { createDepartmentLoaders } from './department/department.loaders';
import { createRoleLoaders } from './role/role.loaders';
import { createUserLoaders } from './user/user.loaders';

/** All DataLoaders, created fresh for every request so caches are never shared between callers. */
export function createLoaders(ds: DataSource) {
  const roles = createRoleLoaders(ds);
  return {
    ...roles,
    ...createUserLoaders(ds, roles.roleById),
    ...createDepartmentLoaders(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
