import { graphql } from '../../../graphql';

// One row of a bulk action's answer: enough to show the outcome and whether it went to approval.
export const BULK_TRANSFER_OWNER_MUTATION = graphql(`
  mutation BulkTransferCustomerOwner(
    $customerIds: [ID!]!
    $ownerId: ID!
    $keepPreviousAs: AccessLevel
    $reason: String
    $versions: [Int]
  ) {
    bulkTransferCustomerOwner(
      customerIds: $customerIds
      ownerId: $ownerId
      keepPreviousAs: $keepPreviousAs
      reason: $reason
      versions: $versions
    ) {
      id
      ok
      customer {
        id
        submittedChangeRequest {
          id
        }
      }
      error {
        code
        message
        path
      }
    }
  }
`);

export const BULK_SET_MEMBER_MUTATION = graphql(`
  mutation BulkSetCustomerMember($customerIds: [ID!]!, $userId: ID!, $level: AccessLevel!) {
    bulkSetCustomerMember(customerIds: $customerIds, userId: $userId, level: $level) {
      id
      ok
      customer {
        id
        submittedChangeRequest {
          id
        }
      }
      error {
        code
        message
        path
      }
    }
  }
`);

export const BULK_SET_STATUS_MUTATION = graphql(`
  mutation BulkSetCustomerStatus(
    $customerIds: [ID!]!
    $status: CustomerStatus!
    $reason: String
    $versions: [Int]
  ) {
    bulkSetCustomerStatus(
      customerIds: $customerIds
      status: $status
      reason: $reason
      versions: $versions
    ) {
      id
      ok
      customer {
        id
        submittedChangeRequest {
          id
        }
      }
      error {
        code
        message
        path
      }
    }
  }
`);
