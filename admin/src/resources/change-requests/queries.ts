import { graphql } from '../../graphql';

export const CHANGE_REQUESTS_QUERY = graphql(`
  query ChangeRequests($filter: RequestFilter, $paging: OffsetPaging) {
    changeRequests(filter: $filter, paging: $paging) {
      totalCount
      nodes {
        id
        status
        baseVersion
        diff
        proposed
        reason
        comment
        createdAt
        decidedAt
        customerId
        customer {
          id
          number
          name
          kind
          readable
        }
        requester {
          id
          displayName
        }
        approver {
          id
          displayName
        }
      }
    }
  }
`);

export const APPLY_CHANGE_REQUEST_MUTATION = graphql(`
  mutation ApplyChangeRequest($id: ID!, $comment: String) {
    applyChangeRequest(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const REJECT_CHANGE_REQUEST_MUTATION = graphql(`
  mutation RejectChangeRequest($id: ID!, $comment: String!) {
    rejectChangeRequest(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const REBASE_CHANGE_REQUEST_MUTATION = graphql(`
  mutation RebaseChangeRequest($id: ID!) {
    rebaseChangeRequest(id: $id) {
      id
      baseVersion
      diff
    }
  }
`);
