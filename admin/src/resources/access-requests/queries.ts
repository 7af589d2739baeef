import { graphql } from '../../graphql';

export const ACCESS_REQUESTS_QUERY = graphql(`
  query AccessRequests($filter: RequestFilter, $paging: OffsetPaging) {
    accessRequests(filter: $filter, paging: $paging) {
      totalCount
      nodes {
        id
        status
        level
        reasonCode
        reason
        until
        createdAt
        comment
        renewsId
        customer {
          id
          number
          name
          readable
          kind
        }
        requester {
          id
          displayName
        }
        approver {
          id
          displayName
        }
        grant {
          id
          expiresAt
          active
        }
      }
    }
  }
`);

export const CUSTOMER_DIRECTORY_QUERY = graphql(`
  query CustomerDirectory($search: String!) {
    customerDirectory(search: $search) {
      id
      number
      name
      kind
      readable
    }
  }
`);

export const REQUEST_ACCESS_MUTATION = graphql(`
  mutation RequestCustomerAccess($input: RequestCustomerAccessInput!) {
    requestCustomerAccess(input: $input) {
      id
      status
      approver {
        id
        displayName
      }
    }
  }
`);

export const APPROVE_ACCESS_REQUEST_MUTATION = graphql(`
  mutation ApproveAccessRequest($id: ID!, $until: DateTimeISO, $comment: String) {
    approveAccessRequest(id: $id, until: $until, comment: $comment) {
      id
      status
    }
  }
`);

export const REJECT_ACCESS_REQUEST_MUTATION = graphql(`
  mutation RejectAccessRequest($id: ID!, $comment: String!) {
    rejectAccessRequest(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const CANCEL_ACCESS_REQUEST_MUTATION = graphql(`
  mutation CancelAccessRequest($id: ID!) {
    cancelAccessRequest(id: $id) {
      id
      status
    }
  }
`);

export const RENEW_ACCESS_REQUEST_MUTATION = graphql(`
  mutation RenewAccessRequest($id: ID!, $until: DateTimeISO!, $reasonCode: String, $reason: String) {
    renewAccessRequest(id: $id, until: $until, reasonCode: $reasonCode, reason: $reason) {
      id
      status
    }
  }
`);
