import { graphql } from '../../graphql';

export const CONTACTS_LIST_QUERY = graphql(`
  query ContactsList($filter: ContactFilter, $paging: OffsetPaging, $sorting: [ContactSort!]) {
    contacts(filter: $filter, paging: $paging, sorting: $sorting) {
      totalCount
      nodes {
        id
        name
        title
        departmentName
        mobile
        email
        closeness
        customers {
          id
          name
        }
      }
    }
  }
`);

export const CONTACT_QUERY = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      id
      name
      title
      departmentName
      mobile
      phone
      email
      wechat
      birthday
      closeness
      hobbies
      personalNotes
      gender {
        label
      }
      decisionRole {
        label
      }
      customers {
        id
        number
        name
        kind
      }
      relationships {
        direction
        label
        relationship {
          id
          since
          strength
        }
        other {
          __typename
          ... on Customer {
            id
            name
          }
          ... on Contact {
            id
            name
          }
        }
      }
    }
  }
`);
