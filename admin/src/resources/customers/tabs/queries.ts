import { graphql } from '../../../graphql';

export const RELATIONSHIP_TYPES_QUERY = graphql(`
  query CustomerRelationshipTypes {
    dictionaryOptions(type: "relationship_type", flat: true) {
      id
      code
      label
      attributes
    }
  }
`);

export const NODE_SEARCH_QUERY = graphql(`
  query CustomerNodeSearch($search: String!, $name: String!, $withContacts: Boolean!) {
    customers(search: $search, paging: { limit: 10 }) {
      nodes {
        id
        name
        number
        canEdit
      }
    }
    contacts(filter: { name: { iLike: $name } }, paging: { limit: 10 })
      @include(if: $withContacts) {
      nodes {
        id
        name
        title
        customers {
          id
          name
          canEdit
        }
      }
    }
  }
`);

export const CREATE_TRANSACTION_MUTATION = graphql(`
  mutation CustomerCreateTransaction($input: CreateOneTransactionInput!) {
    createOneTransaction(input: $input) {
      id
    }
  }
`);

export const DELETE_TRANSACTION_MUTATION = graphql(`
  mutation CustomerDeleteTransaction($id: ID!) {
    deleteOneTransaction(input: { id: $id }) {
      id
    }
  }
`);

export const CREATE_RELATIONSHIP_MUTATION = graphql(`
  mutation CustomerCreateRelationship($input: CreateOneRelationshipInput!) {
    createOneRelationship(input: $input) {
      id
    }
  }
`);

export const DELETE_RELATIONSHIP_MUTATION = graphql(`
  mutation CustomerDeleteRelationship($id: ID!) {
    deleteOneRelationship(input: { id: $id }) {
      id
    }
  }
`);

export const UPDATE_CONTACT_MUTATION = graphql(`
  mutation CustomerUpdateContact($input: UpdateOneContactInput!) {
    updateOneContact(input: $input) {
      id
      version
    }
  }
`);

export const DELETE_CONTACT_MUTATION = graphql(`
  mutation CustomerDeleteContact($id: ID!) {
    deleteOneContact(input: { id: $id }) {
      id
    }
  }
`);

export const LINK_CONTACT_MUTATION = graphql(`
  mutation CustomerLinkContact($contactId: ID!, $customerId: ID!, $isPrimary: Boolean!) {
    linkContactToCustomer(contactId: $contactId, customerId: $customerId, isPrimary: $isPrimary) {
      contactId
      customerId
    }
  }
`);

export const UPDATE_FOLLOWUP_MUTATION = graphql(`
  mutation CustomerUpdateFollowup($input: UpdateOneFollowupInput!) {
    updateOneFollowup(input: $input) {
      id
    }
  }
`);

export const DELETE_FOLLOWUP_MUTATION = graphql(`
  mutation CustomerDeleteFollowup($id: ID!) {
    deleteOneFollowup(input: { id: $id }) {
      id
    }
  }
`);

export const DELETE_DOCUMENT_MUTATION = graphql(`
  mutation CustomerDeleteDocument($id: ID!) {
    deleteOneDocument(input: { id: $id }) {
      id
    }
  }
`);

export const DELETE_CUSTOMER_MUTATION = graphql(`
  mutation CustomerDelete($id: ID!) {
    deleteOneCustomer(input: { id: $id }) {
      id
    }
  }
`);

export const RESTORE_CUSTOMER_MUTATION = graphql(`
  mutation CustomerRestore($id: ID!) {
    restoreCustomer(id: $id) {
      id
    }
  }
`);
