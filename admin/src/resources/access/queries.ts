import { graphql } from '../../graphql';

/** Options of a dictionary with their attributes (`grant_period` carries `days`). */
export const ACCESS_DICTIONARY_OPTIONS_QUERY = graphql(`
  query AccessDictionaryOptions($type: String!) {
    dictionaryOptions(type: $type, flat: true) {
      id
      code
      label
      attributes
    }
  }
`);

/** Users for pickers (needs user.manage). */
export const ACCESS_USERS_QUERY = graphql(`
  query AccessUsers($paging: OffsetPaging, $filter: UserFilter) {
    users(paging: $paging, filter: $filter) {
      nodes {
        id
        username
        displayName
        departmentId
      }
    }
  }
`);

/** Departments (readable by anyone signed in) with their managers. */
export const ACCESS_DEPARTMENTS_QUERY = graphql(`
  query AccessDepartments($paging: OffsetPaging) {
    departments(paging: $paging) {
      nodes {
        id
        name
        parentId
        manager {
          id
          username
          displayName
        }
      }
    }
  }
`);

export const ACCESS_ROLES_QUERY = graphql(`
  query AccessRoles($paging: OffsetPaging) {
    roles(paging: $paging) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The card fields of a kind, for labels (diffs, rules, reveal). */
export const ACCESS_CARD_QUERY = graphql(`
  query AccessCard($kind: CustomerKind!) {
    dataCard(kind: $kind, includeInactive: true) {
      id
      key
      label
      type
      dictionaryCode
      protected
      sensitive
    }
  }
`);

/** What the access tab of a customer shows to anyone who can read it. */
export const CUSTOMER_ACCESS_QUERY = graphql(`
  query CustomerAccess($id: ID!) {
    customer(id: $id) {
      id
      kind
      ownerId
      members {
        userId
        level
        addedAt
      }
      changeRequests {
        id
        status
        diff
        reason
        createdAt
        baseVersion
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

/** Grants on a customer (needs access.grant). */
export const CUSTOMER_GRANTS_QUERY = graphql(`
  query CustomerGrants($id: ID!) {
    customer(id: $id) {
      id
      grants {
        id
        level
        active
        expiresAt
        grantedAt
        reason
        revokedAt
        userId
        user {
          id
          displayName
        }
        departmentId
        department {
          id
          name
        }
      }
    }
  }
`);

export const GRANT_ACCESS_MUTATION = graphql(`
  mutation GrantCustomerAccess($input: GrantCustomerAccessInput!) {
    grantCustomerAccess(input: $input) {
      id
      expiresAt
    }
  }
`);

export const REVOKE_GRANT_MUTATION = graphql(`
  mutation RevokeCustomerGrant($id: ID!) {
    revokeCustomerGrant(id: $id) {
      id
      active
      revokedAt
    }
  }
`);

export const SET_MEMBER_MUTATION = graphql(`
  mutation AccessSetCustomerMember($customerId: ID!, $userId: ID!, $level: AccessLevel!) {
    setCustomerMember(customerId: $customerId, userId: $userId, level: $level) {
      userId
      level
    }
  }
`);

export const REMOVE_MEMBER_MUTATION = graphql(`
  mutation RemoveCustomerMember($customerId: ID!, $userId: ID!) {
    removeCustomerMember(customerId: $customerId, userId: $userId) {
      userId
    }
  }
`);

export const REVEAL_FIELD_MUTATION = graphql(`
  mutation RevealField($customerId: ID, $contactId: ID, $field: String!, $reasonCode: String, $reason: String) {
    revealField(customerId: $customerId, contactId: $contactId, field: $field, reasonCode: $reasonCode, reason: $reason)
  }
`);

/** Access requests of one customer (the caller's own and those routed to them). */
export const CUSTOMER_ACCESS_REQUESTS_QUERY = graphql(`
  query CustomerAccessRequests($filter: RequestFilter, $paging: OffsetPaging) {
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
        canDecide
        customer {
          id
          number
          name
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

/** Users and departments the caller may grant to (inside the reach of access.grant). */
export const GRANTEES_QUERY = graphql(`
  query Grantees($search: String!, $kind: GranteeKind, $paging: OffsetPaging) {
    grantees(search: $search, kind: $kind, paging: $paging) {
      hasMore
      nodes {
        kind
        id
        name
        username
        departmentName
      }
    }
  }
`);

export const EXPLAIN_ACCESS_QUERY = graphql(`
  query ExplainAccess($customerId: ID!, $userId: ID!) {
    explainAccess(customerId: $customerId, userId: $userId) {
      customerId
      userId
      canRead
      canEdit
      sensitiveInClear
      sensitiveMasked
      reasons {
        path
        level
        detail
        expiresAt
        grantId
        ruleId
        roles
        permissions
      }
    }
  }
`);

export const PREVIEW_CUSTOMERS_AS_QUERY = graphql(`
  query PreviewCustomersAs($userId: ID!, $search: String, $paging: OffsetPaging) {
    previewCustomersAs(userId: $userId, search: $search, paging: $paging) {
      totalCount
      nodes {
        id
        number
        name
        kind
        owner {
          id
          displayName
        }
        department {
          id
          name
        }
      }
    }
  }
`);

/** Customers the caller can read, for pickers (quick search). */
export const ACCESS_CUSTOMER_SEARCH_QUERY = graphql(`
  query AccessCustomerSearch($search: String, $paging: OffsetPaging) {
    customers(search: $search, paging: $paging) {
      nodes {
        id
        number
        name
      }
    }
  }
`);
