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
import { createAccessLoaders } from './access/access.loaders';
import { createAuditLoaders } from './audit/audit.loaders';
import type { AccessRuleService } from './access-rule/access-rule.service';
import type { DepartmentService } from './department/department.service';
import type { UserService } from './user/user.service';

/** All DataLoaders, created fresh for every request so caches are never shared between callers. */
export function createLoaders(
  ds: DataSource,
  services: {
    dictionaries: DictionaryService;
    relationships: RelationshipService;
    accessRules: AccessRuleService;
    departments: DepartmentService;
    users: UserService;
  },
) {
  const roles = createRoleLoaders(ds);
  const departments = createDepartmentLoaders(ds, services.departments);
  const dictionaries = createDictionaryLoaders(ds, services.dictionaries);
  const access = createAccessLoaders(
    ds,
    services.accessRules,
    departments.departmentTree,
    dictionaries.dictionarySnapshot,
  );
  return {
    ...roles,
    ...createUserLoaders(ds, services.users, roles.roleById),
    ...departments,
    ...dictionaries,
    ...access,
    ...createRelationshipLoaders(ds, services.relationships, access.policyScope),
    ...createCustomerLoaders(ds),
    ...createFollowupLoaders(ds),
    ...createTransactionLoaders(ds),
    ...createDocumentLoaders(ds),
    ...createAuditLoaders(ds),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
