import { graphql } from '../../graphql';

export const USERS_LIST_QUERY = graphql(`
  query UsersList($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {
    users(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        username
        displayName
        email
        mobile
        active
        departmentId
        department {
          id
          name
        }
        roles {
          id
          name
        }
        createdAt
      }
    }
  }
`);

/** Options for "manager" selects: only what a select needs. */
export const USERS_SELECT_QUERY = graphql(`
  query UsersSelect($filter: UserFilter, $sorting: [UserSort!], $paging: OffsetPaging) {
    users(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

export const USER_QUERY = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      id
      version
      username
      displayName
      email
      mobile
      active
      departmentId
      roles {
        id
        name
      }
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateOneUserInput!) {
    createOneUser(input: $input) {
      id
      username
      displayName
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateOneUserInput!) {
    updateOneUser(input: $input) {
      id
      version
      username
      displayName
      email
      mobile
      active
      departmentId
      roles {
        id
        name
      }
    }
  }
`);

export const DELETE_USER_MUTATION = graphql(`
  mutation DeleteUser($input: DeleteOneInput!) {
    deleteOneUser(input: $input) {
      id
    }
  }
`);
