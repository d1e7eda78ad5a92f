import { graphql } from '../../generated';

export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
    seq
    occurredAt
    actorType
    actorId
    actor
    action
    targetType
    targetId
    details
    prevHash
    hash
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AuditEntryFields
      }
    }
  }
`);

export const VerifyAuditLogQuery = graphql(`
  query VerifyAuditLog {
    verifyAuditLog {
      ok
      checked
      headHash
      verifiedAt
      firstMismatch {
        seq
        kind
        message
        expected
        actual
      }
    }
  }
`);

export const AuditEntryAppendedSubscription = graphql(`
  subscription AuditEntryAppended {
    auditEntryAppended {
      ...AuditEntryFields
    }
  }
`);
