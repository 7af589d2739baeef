import type { DataSource } from 'typeorm';
import type { DictionaryService } from './dictionary/dictionary.service';
import type { RelationshipService } from './relationship/relationship.service';
import { createRelationshipLoaders } from './relationship/relationship.loaders';
import { createCustomerLoaders } from './customer/customer.loaders';
import { createDictionaryLoaders } from './dictionary/dictionary.loaders';
import { createDepartmentLoaders } from './department/department.loaders';
import { createRoleLoaders } from './role/role.loaders';
import { createUserLoaders } from './user/user.loaders';
import { createFollowupLoaders } from './followup/followup.loaders';
import { createTransactionLoaders } from './transaction/transaction.loaders';
import { createDocumentLoaders } from './document/document.loaders';

/** All DataLoaders, created fresh for every request so caches are never shared between callers. */
export function createLoaders(ds: DataSource, services: { dictionaries: DictionaryService; relationships: RelationshipService }) {
  const roles = createRoleLoaders(ds);
  const departments = createDepartmentLoaders(ds);
  return {
    ...roles,
    ...createUserLoaders(ds, roles.roleById),
    ...departments,
    ...createDictionaryLoaders(ds, services.dictionaries),
    ...createRelationshipLoaders(ds, services.relationships, departments.departmentTree),
    ...createCustomerLoaders(ds),
    ...createFollowupLoaders(ds, departments.departmentTree),
    ...createTransactionLoaders(ds),
    ...createDocumentLoaders(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
