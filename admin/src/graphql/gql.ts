/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        permissions\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ApiKeysList($filter: ApiKeyFilter, $sorting: [ApiKeySort!], $paging: OffsetPaging) {\n    apiKeys(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        roleId\n        role {\n          id\n          name\n        }\n        departmentId\n        department {\n          id\n          name\n        }\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiKeysListDocument,
    "\n  mutation CreateApiKey($input: CreateOneApiKeyInput!) {\n    createOneApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLogsList(\n    $filter: AuditLogFilter\n    $sorting: [AuditLogSort!]\n    $paging: OffsetPaging\n  ) {\n    auditLogs(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        diff\n        ip\n      }\n    }\n  }\n": typeof types.AuditLogsListDocument,
    "\n  query DataCard($kind: CustomerKind!, $includeInactive: Boolean!) {\n    dataCard(kind: $kind, includeInactive: $includeInactive) {\n      id\n      key\n      kind\n      label\n      labelZh\n      labelEn\n      group\n      type\n      dictionaryCode\n      controllingField\n      required\n      unique\n      sensitive\n      protected\n      active\n      builtIn\n      help\n      helpZh\n      helpEn\n      validation\n      sortOrder\n      version\n    }\n  }\n": typeof types.DataCardDocument,
    "\n  query CardDictionaryTypes($paging: OffsetPaging) {\n    dictionaryTypes(paging: $paging) {\n      nodes {\n        id\n        code\n        name\n        hierarchical\n      }\n    }\n  }\n": typeof types.CardDictionaryTypesDocument,
    "\n  query CardOptions($type: String!, $controllingItem: String) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true) {\n      id\n      code\n      label\n    }\n  }\n": typeof types.CardOptionsDocument,
    "\n  query CardRegionTree($code: String!) {\n    dictionary(code: $code) {\n      id\n      tree(includeDisabled: false) {\n        code\n        label\n        children {\n          code\n          label\n          children {\n            code\n            label\n            children {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CardRegionTreeDocument,
    "\n  query CardUsers($paging: OffsetPaging) {\n    users(paging: $paging) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.CardUsersDocument,
    "\n  mutation CreateFieldDefinition($input: CreateOneFieldDefinitionInput!) {\n    createOneFieldDefinition(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.CreateFieldDefinitionDocument,
    "\n  mutation UpdateFieldDefinition($input: UpdateOneFieldDefinitionInput!) {\n    updateOneFieldDefinition(input: $input) {\n      id\n      version\n      active\n    }\n  }\n": typeof types.UpdateFieldDefinitionDocument,
    "\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.DepartmentsListDocument,
    "\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": typeof types.DepartmentsSelectDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": typeof types.DepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  query DictionaryTypes($paging: OffsetPaging, $sorting: [DictionaryTypeSort!]) {\n    dictionaryTypes(paging: $paging, sorting: $sorting) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        nameZh\n        nameEn\n        description\n        system\n        hierarchical\n        itemCount\n        controllingType {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.DictionaryTypesDocument,
    "\n  fragment DictionaryTreeItemFields on DictionaryItem {\n    id\n    code\n    labelZh\n    labelEn\n    label\n    enabled\n    color\n    sortOrder\n    usageCount\n    attributes\n    version\n    parentId\n    controllingItemId\n    controllingItem {\n      id\n      code\n      label\n    }\n  }\n": typeof types.DictionaryTreeItemFieldsFragmentDoc,
    "\n  query Dictionary($code: String!) {\n    dictionary(code: $code) {\n      id\n      code\n      name\n      nameZh\n      nameEn\n      description\n      system\n      hierarchical\n      itemCount\n      controllingType {\n        id\n        code\n        name\n      }\n      tree(includeDisabled: true) {\n        ...DictionaryTreeItemFields\n        children {\n          ...DictionaryTreeItemFields\n          children {\n            ...DictionaryTreeItemFields\n            children {\n              ...DictionaryTreeItemFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DictionaryDocument,
    "\n  query DictionarySchema($code: String!) {\n    dictionary(code: $code) {\n      id\n      attributeSchema {\n        key\n        type\n        required\n        labelZh\n        labelEn\n      }\n    }\n  }\n": typeof types.DictionarySchemaDocument,
    "\n  query DictionaryOptions($type: String!, $controllingItem: String, $includeDisabled: Boolean) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, includeDisabled: $includeDisabled, flat: true) {\n      id\n      code\n      label\n      enabled\n      parentId\n    }\n  }\n": typeof types.DictionaryOptionsDocument,
    "\n  mutation CreateDictionaryType($input: CreateOneDictionaryTypeInput!) {\n    createOneDictionaryType(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateDictionaryTypeDocument,
    "\n  mutation CreateDictionaryItem($input: CreateOneDictionaryItemInput!) {\n    createOneDictionaryItem(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateDictionaryItemDocument,
    "\n  mutation UpdateDictionaryItem($input: UpdateOneDictionaryItemInput!) {\n    updateOneDictionaryItem(input: $input) {\n      id\n      version\n      enabled\n    }\n  }\n": typeof types.UpdateDictionaryItemDocument,
    "\n  mutation DeleteDictionaryItem($input: DeleteOneInput!) {\n    deleteOneDictionaryItem(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDictionaryItemDocument,
    "\n  mutation MergeDictionaryItem($from: ID!, $into: ID!) {\n    mergeDictionaryItem(from: $from, into: $into) {\n      rewritten\n      into {\n        id\n        code\n        usageCount\n      }\n    }\n  }\n": typeof types.MergeDictionaryItemDocument,
    "\n  mutation ReorderDictionaryItems($typeCode: String!, $orderedIds: [ID!]!) {\n    reorderDictionaryItems(typeCode: $typeCode, orderedIds: $orderedIds) {\n      id\n      sortOrder\n    }\n  }\n": typeof types.ReorderDictionaryItemsDocument,
    "\n  query RolesList($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        description\n        permissions\n        dataScope\n      }\n    }\n  }\n": typeof types.RolesListDocument,
    "\n  query RolesSelect($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RolesSelectDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n": typeof types.RoleDocument,
    "\n  mutation CreateRole($input: CreateOneRoleInput!) {\n    createOneRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateOneRoleInput!) {\n    updateOneRole(input: $input) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteOneInput!) {\n    deleteOneRole(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  query UsersList($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        email\n        mobile\n        active\n        departmentId\n        department {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersListDocument,
    "\n  query UsersSelect($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.UsersSelectDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateOneUserInput!) {\n    createOneUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateOneUserInput!) {\n    updateOneUser(input: $input) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteOneInput!) {\n    deleteOneUser(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteUserDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        permissions\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  query ApiKeysList($filter: ApiKeyFilter, $sorting: [ApiKeySort!], $paging: OffsetPaging) {\n    apiKeys(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        roleId\n        role {\n          id\n          name\n        }\n        departmentId\n        department {\n          id\n          name\n        }\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiKeysListDocument,
    "\n  mutation CreateApiKey($input: CreateOneApiKeyInput!) {\n    createOneApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLogsList(\n    $filter: AuditLogFilter\n    $sorting: [AuditLogSort!]\n    $paging: OffsetPaging\n  ) {\n    auditLogs(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        diff\n        ip\n      }\n    }\n  }\n": types.AuditLogsListDocument,
    "\n  query DataCard($kind: CustomerKind!, $includeInactive: Boolean!) {\n    dataCard(kind: $kind, includeInactive: $includeInactive) {\n      id\n      key\n      kind\n      label\n      labelZh\n      labelEn\n      group\n      type\n      dictionaryCode\n      controllingField\n      required\n      unique\n      sensitive\n      protected\n      active\n      builtIn\n      help\n      helpZh\n      helpEn\n      validation\n      sortOrder\n      version\n    }\n  }\n": types.DataCardDocument,
    "\n  query CardDictionaryTypes($paging: OffsetPaging) {\n    dictionaryTypes(paging: $paging) {\n      nodes {\n        id\n        code\n        name\n        hierarchical\n      }\n    }\n  }\n": types.CardDictionaryTypesDocument,
    "\n  query CardOptions($type: String!, $controllingItem: String) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true) {\n      id\n      code\n      label\n    }\n  }\n": types.CardOptionsDocument,
    "\n  query CardRegionTree($code: String!) {\n    dictionary(code: $code) {\n      id\n      tree(includeDisabled: false) {\n        code\n        label\n        children {\n          code\n          label\n          children {\n            code\n            label\n            children {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CardRegionTreeDocument,
    "\n  query CardUsers($paging: OffsetPaging) {\n    users(paging: $paging) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.CardUsersDocument,
    "\n  mutation CreateFieldDefinition($input: CreateOneFieldDefinitionInput!) {\n    createOneFieldDefinition(input: $input) {\n      id\n      key\n    }\n  }\n": types.CreateFieldDefinitionDocument,
    "\n  mutation UpdateFieldDefinition($input: UpdateOneFieldDefinitionInput!) {\n    updateOneFieldDefinition(input: $input) {\n      id\n      version\n      active\n    }\n  }\n": types.UpdateFieldDefinitionDocument,
    "\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n": types.DepartmentsListDocument,
    "\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": types.DepartmentsSelectDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": types.DepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n": types.DeleteDepartmentDocument,
    "\n  query DictionaryTypes($paging: OffsetPaging, $sorting: [DictionaryTypeSort!]) {\n    dictionaryTypes(paging: $paging, sorting: $sorting) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        nameZh\n        nameEn\n        description\n        system\n        hierarchical\n        itemCount\n        controllingType {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.DictionaryTypesDocument,
    "\n  fragment DictionaryTreeItemFields on DictionaryItem {\n    id\n    code\n    labelZh\n    labelEn\n    label\n    enabled\n    color\n    sortOrder\n    usageCount\n    attributes\n    version\n    parentId\n    controllingItemId\n    controllingItem {\n      id\n      code\n      label\n    }\n  }\n": types.DictionaryTreeItemFieldsFragmentDoc,
    "\n  query Dictionary($code: String!) {\n    dictionary(code: $code) {\n      id\n      code\n      name\n      nameZh\n      nameEn\n      description\n      system\n      hierarchical\n      itemCount\n      controllingType {\n        id\n        code\n        name\n      }\n      tree(includeDisabled: true) {\n        ...DictionaryTreeItemFields\n        children {\n          ...DictionaryTreeItemFields\n          children {\n            ...DictionaryTreeItemFields\n            children {\n              ...DictionaryTreeItemFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DictionaryDocument,
    "\n  query DictionarySchema($code: String!) {\n    dictionary(code: $code) {\n      id\n      attributeSchema {\n        key\n        type\n        required\n        labelZh\n        labelEn\n      }\n    }\n  }\n": types.DictionarySchemaDocument,
    "\n  query DictionaryOptions($type: String!, $controllingItem: String, $includeDisabled: Boolean) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, includeDisabled: $includeDisabled, flat: true) {\n      id\n      code\n      label\n      enabled\n      parentId\n    }\n  }\n": types.DictionaryOptionsDocument,
    "\n  mutation CreateDictionaryType($input: CreateOneDictionaryTypeInput!) {\n    createOneDictionaryType(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateDictionaryTypeDocument,
    "\n  mutation CreateDictionaryItem($input: CreateOneDictionaryItemInput!) {\n    createOneDictionaryItem(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateDictionaryItemDocument,
    "\n  mutation UpdateDictionaryItem($input: UpdateOneDictionaryItemInput!) {\n    updateOneDictionaryItem(input: $input) {\n      id\n      version\n      enabled\n    }\n  }\n": types.UpdateDictionaryItemDocument,
    "\n  mutation DeleteDictionaryItem($input: DeleteOneInput!) {\n    deleteOneDictionaryItem(input: $input) {\n      id\n    }\n  }\n": types.DeleteDictionaryItemDocument,
    "\n  mutation MergeDictionaryItem($from: ID!, $into: ID!) {\n    mergeDictionaryItem(from: $from, into: $into) {\n      rewritten\n      into {\n        id\n        code\n        usageCount\n      }\n    }\n  }\n": types.MergeDictionaryItemDocument,
    "\n  mutation ReorderDictionaryItems($typeCode: String!, $orderedIds: [ID!]!) {\n    reorderDictionaryItems(typeCode: $typeCode, orderedIds: $orderedIds) {\n      id\n      sortOrder\n    }\n  }\n": types.ReorderDictionaryItemsDocument,
    "\n  query RolesList($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        description\n        permissions\n        dataScope\n      }\n    }\n  }\n": types.RolesListDocument,
    "\n  query RolesSelect($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.RolesSelectDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n": types.RoleDocument,
    "\n  mutation CreateRole($input: CreateOneRoleInput!) {\n    createOneRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateOneRoleInput!) {\n    updateOneRole(input: $input) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($input: DeleteOneInput!) {\n    deleteOneRole(input: $input) {\n      id\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  query UsersList($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        email\n        mobile\n        active\n        departmentId\n        department {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n        createdAt\n      }\n    }\n  }\n": types.UsersListDocument,
    "\n  query UsersSelect($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.UsersSelectDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateOneUserInput!) {\n    createOneUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateOneUserInput!) {\n    updateOneUser(input: $input) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteOneInput!) {\n    deleteOneUser(input: $input) {\n      id\n    }\n  }\n": types.DeleteUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysList($filter: ApiKeyFilter, $sorting: [ApiKeySort!], $paging: OffsetPaging) {\n    apiKeys(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        roleId\n        role {\n          id\n          name\n        }\n        departmentId\n        department {\n          id\n          name\n        }\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysList($filter: ApiKeyFilter, $sorting: [ApiKeySort!], $paging: OffsetPaging) {\n    apiKeys(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        roleId\n        role {\n          id\n          name\n        }\n        departmentId\n        department {\n          id\n          name\n        }\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateOneApiKeyInput!) {\n    createOneApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateOneApiKeyInput!) {\n    createOneApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogsList(\n    $filter: AuditLogFilter\n    $sorting: [AuditLogSort!]\n    $paging: OffsetPaging\n  ) {\n    auditLogs(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        diff\n        ip\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogsList(\n    $filter: AuditLogFilter\n    $sorting: [AuditLogSort!]\n    $paging: OffsetPaging\n  ) {\n    auditLogs(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        at\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        diff\n        ip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataCard($kind: CustomerKind!, $includeInactive: Boolean!) {\n    dataCard(kind: $kind, includeInactive: $includeInactive) {\n      id\n      key\n      kind\n      label\n      labelZh\n      labelEn\n      group\n      type\n      dictionaryCode\n      controllingField\n      required\n      unique\n      sensitive\n      protected\n      active\n      builtIn\n      help\n      helpZh\n      helpEn\n      validation\n      sortOrder\n      version\n    }\n  }\n"): (typeof documents)["\n  query DataCard($kind: CustomerKind!, $includeInactive: Boolean!) {\n    dataCard(kind: $kind, includeInactive: $includeInactive) {\n      id\n      key\n      kind\n      label\n      labelZh\n      labelEn\n      group\n      type\n      dictionaryCode\n      controllingField\n      required\n      unique\n      sensitive\n      protected\n      active\n      builtIn\n      help\n      helpZh\n      helpEn\n      validation\n      sortOrder\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardDictionaryTypes($paging: OffsetPaging) {\n    dictionaryTypes(paging: $paging) {\n      nodes {\n        id\n        code\n        name\n        hierarchical\n      }\n    }\n  }\n"): (typeof documents)["\n  query CardDictionaryTypes($paging: OffsetPaging) {\n    dictionaryTypes(paging: $paging) {\n      nodes {\n        id\n        code\n        name\n        hierarchical\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardOptions($type: String!, $controllingItem: String) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true) {\n      id\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query CardOptions($type: String!, $controllingItem: String) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true) {\n      id\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardRegionTree($code: String!) {\n    dictionary(code: $code) {\n      id\n      tree(includeDisabled: false) {\n        code\n        label\n        children {\n          code\n          label\n          children {\n            code\n            label\n            children {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CardRegionTree($code: String!) {\n    dictionary(code: $code) {\n      id\n      tree(includeDisabled: false) {\n        code\n        label\n        children {\n          code\n          label\n          children {\n            code\n            label\n            children {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardUsers($paging: OffsetPaging) {\n    users(paging: $paging) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CardUsers($paging: OffsetPaging) {\n    users(paging: $paging) {\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFieldDefinition($input: CreateOneFieldDefinitionInput!) {\n    createOneFieldDefinition(input: $input) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFieldDefinition($input: CreateOneFieldDefinitionInput!) {\n    createOneFieldDefinition(input: $input) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFieldDefinition($input: UpdateOneFieldDefinitionInput!) {\n    updateOneFieldDefinition(input: $input) {\n      id\n      version\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFieldDefinition($input: UpdateOneFieldDefinitionInput!) {\n    updateOneFieldDefinition(input: $input) {\n      id\n      version\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n"): (typeof documents)["\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DictionaryTypes($paging: OffsetPaging, $sorting: [DictionaryTypeSort!]) {\n    dictionaryTypes(paging: $paging, sorting: $sorting) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        nameZh\n        nameEn\n        description\n        system\n        hierarchical\n        itemCount\n        controllingType {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DictionaryTypes($paging: OffsetPaging, $sorting: [DictionaryTypeSort!]) {\n    dictionaryTypes(paging: $paging, sorting: $sorting) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        nameZh\n        nameEn\n        description\n        system\n        hierarchical\n        itemCount\n        controllingType {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DictionaryTreeItemFields on DictionaryItem {\n    id\n    code\n    labelZh\n    labelEn\n    label\n    enabled\n    color\n    sortOrder\n    usageCount\n    attributes\n    version\n    parentId\n    controllingItemId\n    controllingItem {\n      id\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment DictionaryTreeItemFields on DictionaryItem {\n    id\n    code\n    labelZh\n    labelEn\n    label\n    enabled\n    color\n    sortOrder\n    usageCount\n    attributes\n    version\n    parentId\n    controllingItemId\n    controllingItem {\n      id\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dictionary($code: String!) {\n    dictionary(code: $code) {\n      id\n      code\n      name\n      nameZh\n      nameEn\n      description\n      system\n      hierarchical\n      itemCount\n      controllingType {\n        id\n        code\n        name\n      }\n      tree(includeDisabled: true) {\n        ...DictionaryTreeItemFields\n        children {\n          ...DictionaryTreeItemFields\n          children {\n            ...DictionaryTreeItemFields\n            children {\n              ...DictionaryTreeItemFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dictionary($code: String!) {\n    dictionary(code: $code) {\n      id\n      code\n      name\n      nameZh\n      nameEn\n      description\n      system\n      hierarchical\n      itemCount\n      controllingType {\n        id\n        code\n        name\n      }\n      tree(includeDisabled: true) {\n        ...DictionaryTreeItemFields\n        children {\n          ...DictionaryTreeItemFields\n          children {\n            ...DictionaryTreeItemFields\n            children {\n              ...DictionaryTreeItemFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DictionarySchema($code: String!) {\n    dictionary(code: $code) {\n      id\n      attributeSchema {\n        key\n        type\n        required\n        labelZh\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DictionarySchema($code: String!) {\n    dictionary(code: $code) {\n      id\n      attributeSchema {\n        key\n        type\n        required\n        labelZh\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DictionaryOptions($type: String!, $controllingItem: String, $includeDisabled: Boolean) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, includeDisabled: $includeDisabled, flat: true) {\n      id\n      code\n      label\n      enabled\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query DictionaryOptions($type: String!, $controllingItem: String, $includeDisabled: Boolean) {\n    dictionaryOptions(type: $type, controllingItem: $controllingItem, includeDisabled: $includeDisabled, flat: true) {\n      id\n      code\n      label\n      enabled\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDictionaryType($input: CreateOneDictionaryTypeInput!) {\n    createOneDictionaryType(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDictionaryType($input: CreateOneDictionaryTypeInput!) {\n    createOneDictionaryType(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDictionaryItem($input: CreateOneDictionaryItemInput!) {\n    createOneDictionaryItem(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDictionaryItem($input: CreateOneDictionaryItemInput!) {\n    createOneDictionaryItem(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDictionaryItem($input: UpdateOneDictionaryItemInput!) {\n    updateOneDictionaryItem(input: $input) {\n      id\n      version\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDictionaryItem($input: UpdateOneDictionaryItemInput!) {\n    updateOneDictionaryItem(input: $input) {\n      id\n      version\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDictionaryItem($input: DeleteOneInput!) {\n    deleteOneDictionaryItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDictionaryItem($input: DeleteOneInput!) {\n    deleteOneDictionaryItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeDictionaryItem($from: ID!, $into: ID!) {\n    mergeDictionaryItem(from: $from, into: $into) {\n      rewritten\n      into {\n        id\n        code\n        usageCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeDictionaryItem($from: ID!, $into: ID!) {\n    mergeDictionaryItem(from: $from, into: $into) {\n      rewritten\n      into {\n        id\n        code\n        usageCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderDictionaryItems($typeCode: String!, $orderedIds: [ID!]!) {\n    reorderDictionaryItems(typeCode: $typeCode, orderedIds: $orderedIds) {\n      id\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderDictionaryItems($typeCode: String!, $orderedIds: [ID!]!) {\n    reorderDictionaryItems(typeCode: $typeCode, orderedIds: $orderedIds) {\n      id\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesList($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        description\n        permissions\n        dataScope\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolesList($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        description\n        permissions\n        dataScope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesSelect($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolesSelect($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {\n    roles(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateOneRoleInput!) {\n    createOneRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateOneRoleInput!) {\n    createOneRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateOneRoleInput!) {\n    updateOneRole(input: $input) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateOneRoleInput!) {\n    updateOneRole(input: $input) {\n      id\n      version\n      name\n      description\n      permissions\n      dataScope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($input: DeleteOneInput!) {\n    deleteOneRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($input: DeleteOneInput!) {\n    deleteOneRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        email\n        mobile\n        active\n        departmentId\n        department {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersList($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        email\n        mobile\n        active\n        departmentId\n        department {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersSelect($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersSelect($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {\n    users(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateOneUserInput!) {\n    createOneUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateOneUserInput!) {\n    createOneUser(input: $input) {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateOneUserInput!) {\n    updateOneUser(input: $input) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateOneUserInput!) {\n    updateOneUser(input: $input) {\n      id\n      version\n      username\n      displayName\n      email\n      mobile\n      active\n      departmentId\n      roles {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($input: DeleteOneInput!) {\n    deleteOneUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUser($input: DeleteOneInput!) {\n    deleteOneUser(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;