import { graphql } from '../../graphql';

export const AUDIT_LOGS_LIST_QUERY = graphql(`
  query AuditLogsList(
    $filter: AuditLogFilter
    $sorting: [AuditLogSort!]
    $paging: OffsetPaging
  ) {
    auditLogs(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        at
        actorId
        actorName
        customerId
        customer {
          id
          number
          name
        }
        action
        entity
        entityId
        diff
        ip
      }
    }
  }
`);
