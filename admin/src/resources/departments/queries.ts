import { graphql } from '../../graphql';

export const DEPARTMENTS_LIST_QUERY = graphql(`
  query DepartmentsList(
    $filter: DepartmentFilter
    $sorting: [DepartmentSort!]
    $paging: OffsetPaging
  ) {
    departments(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        name
        parentId
        managerId
        manager {
          id
          username
          displayName
        }
        createdAt
      }
    }
  }
`);

export const DEPARTMENTS_SELECT_QUERY = graphql(`
  query DepartmentsSelect(
    $filter: DepartmentFilter
    $sorting: [DepartmentSort!]
    $paging: OffsetPaging
  ) {
    departments(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        name
        parentId
      }
    }
  }
`);

export const DEPARTMENT_QUERY = graphql(`
  query Department($id: ID!) {
    department(id: $id) {
      id
      version
      name
      parentId
      managerId
    }
  }
`);

export const CREATE_DEPARTMENT_MUTATION = graphql(`
  mutation CreateDepartment($input: CreateOneDepartmentInput!) {
    createOneDepartment(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_DEPARTMENT_MUTATION = graphql(`
  mutation UpdateDepartment($input: UpdateOneDepartmentInput!) {
    updateOneDepartment(input: $input) {
      id
      version
      name
      parentId
      managerId
    }
  }
`);

export const DELETE_DEPARTMENT_MUTATION = graphql(`
  mutation DeleteDepartment($input: DeleteOneInput!) {
    deleteOneDepartment(input: $input) {
      id
    }
  }
`);
