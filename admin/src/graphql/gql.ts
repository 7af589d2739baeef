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
    "\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.DepartmentsListDocument,
    "\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": typeof types.DepartmentsSelectDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": typeof types.DepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDepartmentDocument,
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
    "\n  query DepartmentsList(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n        managerId\n        manager {\n          id\n          username\n          displayName\n        }\n        createdAt\n      }\n    }\n  }\n": types.DepartmentsListDocument,
    "\n  query DepartmentsSelect(\n    $filter: DepartmentFilter\n    $sorting: [DepartmentSort!]\n    $paging: OffsetPaging\n  ) {\n    departments(filter: $filter, sorting: $sorting, paging: $paging) {\n      totalCount\n      nodes {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": types.DepartmentsSelectDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": types.DepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateOneDepartmentInput!) {\n    createOneDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {\n    updateOneDepartment(input: $input) {\n      id\n      version\n      name\n      parentId\n      managerId\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: DeleteOneInput!) {\n    deleteOneDepartment(input: $input) {\n      id\n    }\n  }\n": types.DeleteDepartmentDocument,
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