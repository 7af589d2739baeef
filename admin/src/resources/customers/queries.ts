import { graphql } from '../../graphql';

// Every column the card can offer: built-in selects as items, short scalars, custom values on demand.
// Keep it lean: production refuses documents costing over 10 000 (rows × fields).
export const CUSTOMERS_LIST_QUERY = graphql(`
  query CustomersList(
    $filter: CustomerFilter
    $paging: OffsetPaging
    $sorting: [CustomerSort!]
    $search: String
    $withCustomFields: Boolean = false
  ) {
    customers(filter: $filter, paging: $paging, sorting: $sorting, search: $search) {
      totalCount
      nodes {
        id
        version
        canEdit
        number
        name
        kind
        status
        createdAt
        lastTransactionOn
        creditCode
        creditRating
        address
        phone
        mobile
        fax
        email
        postcode
        website
        employeeCount
        registeredCapital
        founded
        birthday
        occupation
        idNumber
        customFields @include(if: $withCustomFields)
        category { id label color }
        grade { id label color }
        importance { id label color }
        industry { id label color }
        scale { id label color }
        nature { id label color }
        source { id label color }
        region { id label color }
        territory { id label color }
        yearsInBusiness { id label color }
        industryStatus { id label color }
        gender { id label color }
        ageRange { id label color }
        idType { id label color }
        contactStrategy { id label color }
        purchaseStrategy { id label color }
        settlementMethod { id label color }
        owner {
          id
          displayName
        }
        transactionSummary {
          count
          totalAmount
        }
      }
    }
  }
`);

/** Options of one filterable dictionary (all levels; `parentId` rebuilds the tree for hierarchical ones). */
export const CUSTOMER_FILTER_OPTIONS_QUERY = graphql(`
  query CustomerFilterOptions($type: String!, $controllingItem: String) {
    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true, includeDisabled: true) {
      id
      code
      label
      color
      parentId
      enabled
    }
  }
`);

export const CUSTOMER_CARD_QUERY = graphql(`
  query CustomerCard($kind: CustomerKind!) {
    dataCard(kind: $kind) {
      id
      key
      label
      group
      type
      dictionaryCode
      controllingField
      required
      protected
      sensitive
      builtIn
      help
      validation
      sortOrder
      active
    }
  }
`);

export const CUSTOMER_QUERY = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      version
      canEdit
      kind
      number
      name
      status
      ownerId
      departmentId
      owner {
        id
        displayName
        username
      }
      customFields
      address
      birthday
      consumptionHabits
      creditCode
      creditRating
      email
      employeeCount
      fax
      founded
      hobbies
      idNumber
      mainBusiness
      mobile
      occupation
      phone
      postcode
      registeredCapital
      remarks
      riskNotes
      specialRequirements
      website
      lastTransactionOn
      firstTransactionOn
      lastFollowupAt
      ageRange { code label color }
      category { code label color }
      contactStrategy { code label color }
      gender { code label color }
      grade { code label color }
      idType { code label color }
      importance { code label color }
      industry { code label color }
      industryStatus { code label color }
      nature { code label color }
      purchaseStrategy { code label color }
      region { code label color }
      scale { code label color }
      settlementMethod { code label color }
      source { code label color }
      territory { code label color }
      yearsInBusiness { code label color }
      formerNames {
        id
        name
        usedUntil
      }
      transactionSummary {
        count
        totalAmount
        firstOn
        lastOn
      }
      members {
        userId
        level
        addedAt
      }
    }
  }
`);

export const CUSTOMER_TABS_QUERY = graphql(`
  query CustomerTabs($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        id
        name
        title
        departmentName
        mobile
        phone
        email
        isPrimary
        closeness
        version
        decisionRole {
          code
          label
        }
      }
      relationships {
        direction
        label
        relationship {
          id
          since
          until
          strength
          note
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
      followups(limit: 50) {
        id
        content
        feedback
        happenedAt
        nextDate
        nextStep
        method {
          code
          label
        }
        milestone {
          code
          label
          color
        }
        user {
          displayName
        }
      }
      transactions(limit: 50) {
        id
        amount
        currency
        occurredOn
        product
        note
        type {
          label
        }
      }
      documents(limit: 50) {
        id
        fileName
        size
        contentType
        note
        uploadedAt
        downloadUrl
        type {
          label
        }
        uploadedBy {
          displayName
        }
      }
      history {
        id
        field
        oldValue
        newValue
        actorName
        at
        reason
      }
    }
  }
`);

export const CUSTOMER_USERS_QUERY = graphql(`
  query CustomerUsers($paging: OffsetPaging) {
    users(paging: $paging) {
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

export const CUSTOMER_OPTIONS_QUERY = graphql(`
  query CustomerOptions($type: String!) {
    dictionaryOptions(type: $type, flat: true) {
      id
      code
      label
      color
    }
  }
`);

export const CREATE_CUSTOMER_MUTATION = graphql(`
  mutation CreateCustomer($input: CreateOneCustomerInput!) {
    createOneCustomer(input: $input) {
      id
      number
    }
  }
`);

export const UPDATE_CUSTOMER_MUTATION = graphql(`
  mutation UpdateCustomer($input: UpdateOneCustomerInput!) {
    updateOneCustomer(input: $input) {
      id
      version
      submittedChangeRequest {
        id
        status
        diff
      }
    }
  }
`);

export const SET_CUSTOMER_STATUS_MUTATION = graphql(`
  mutation SetCustomerStatus($id: ID!, $status: CustomerStatus!, $version: Int, $reason: String) {
    setCustomerStatus(id: $id, status: $status, version: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const SET_CUSTOMER_MEMBER_MUTATION = graphql(`
  mutation SetCustomerMember($customerId: ID!, $userId: ID!, $level: AccessLevel!) {
    setCustomerMember(customerId: $customerId, userId: $userId, level: $level) {
      userId
      level
    }
  }
`);

export const TRANSFER_OWNER_MUTATION = graphql(`
  mutation TransferCustomerOwner($customerId: ID!, $ownerId: ID!, $keepPreviousAs: AccessLevel, $reason: String) {
    transferCustomerOwner(customerId: $customerId, ownerId: $ownerId, keepPreviousAs: $keepPreviousAs, reason: $reason) {
      id
      ownerId
    }
  }
`);

export const CREATE_CONTACT_MUTATION = graphql(`
  mutation CreateContact($input: CreateOneContactInput!) {
    createOneContact(input: $input) {
      id
    }
  }
`);

export const CREATE_FOLLOWUP_MUTATION = graphql(`
  mutation CreateFollowup($input: CreateOneFollowupInput!) {
    createOneFollowup(input: $input) {
      id
    }
  }
`);

export const RELATIONSHIP_GRAPH_QUERY = graphql(`
  query RelationshipGraph($rootType: NodeKind!, $rootId: ID!, $depth: Int!, $types: [String!]) {
    relationshipGraph(rootType: $rootType, rootId: $rootId, depth: $depth, types: $types) {
      truncated
      nodes {
        id
        key
        kind
        label
        depth
      }
      edges {
        id
        from
        to
        relationship {
          id
          type {
            code
            label
          }
        }
      }
    }
  }
`);

/** Change requests waiting on one customer (shown as a notice on its page). */
export const CUSTOMER_PENDING_CHANGES_QUERY = graphql(`
  query CustomerPendingChanges($id: ID!) {
    customer(id: $id) {
      id
      changeRequests {
        id
        status
        diff
        createdAt
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
