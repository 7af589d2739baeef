import { graphql } from '../../graphql';

export const ROLES_LIST_QUERY = graphql(`
  query RolesList($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {
    roles(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        name
        description
        permissions
        dataScope
        sensitiveLevel
      }
    }
  }
`);

export const ROLES_SELECT_QUERY = graphql(`
  query RolesSelect($filter: RoleFilter, $sorting: [RoleSort!], $paging: OffsetPaging) {
    roles(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

export const ROLE_QUERY = graphql(`
  query Role($id: ID!) {
    role(id: $id) {
      id
      version
      name
      description
      permissions
      dataScope
      sensitiveLevel
    }
  }
`);

export const CREATE_ROLE_MUTATION = graphql(`
  mutation CreateRole($input: CreateOneRoleInput!) {
    createOneRole(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_ROLE_MUTATION = graphql(`
  mutation UpdateRole($input: UpdateOneRoleInput!) {
    updateOneRole(input: $input) {
      id
      version
      name
      description
      permissions
      dataScope
      sensitiveLevel
    }
  }
`);

export const DELETE_ROLE_MUTATION = graphql(`
  mutation DeleteRole($input: DeleteOneInput!) {
    deleteOneRole(input: $input) {
      id
    }
  }
`);
