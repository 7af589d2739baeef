import type { DataSource } from 'typeorm';
import type { DictionaryService } from './dictionary/dictionary.service';
import { createCustomerLoaders } from './customer/customer.loaders';
import { createDictionaryLoaders } from './dictionary/dictionary.loaders';
import { createDepartmentLoaders } from './department/department.loaders';
import { createRoleLoaders } from './role/role.loaders';
import { createUserLoaders } from './user/user.loaders';
import { createFollowupLoaders } from './followup/followup.loaders';
import { createTransactionLoaders } from './transaction/transaction.loaders';

/** All DataLoaders, created fresh for every request so caches are never shared between callers. */
export function createLoaders(ds: DataSource, dictionaries: DictionaryService) {
  const roles = createRoleLoaders(ds);
  return {
    ...roles,
    ...createUserLoaders(ds, roles.roleById),
    ...createDepartmentLoaders(ds),
    ...createDictionaryLoaders(ds, dictionaries),
    ...createCustomerLoaders(ds),
    ...createFollowupLoaders(ds),
    ...createTransactionLoaders(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
