import { graphql } from '../../generated';

export const IncidentSummaryFieldsFragment = graphql(`
  fragment IncidentSummaryFields on Incident {
    id
    number
    title
    status
    severity
    source
    environment
    deployment {
      namespace
      name
    }
    commanderId
    assigneeId
    triggeredAt
    updatedAt
  }
`);

export const IncidentDetailFieldsFragment = graphql(`
  fragment IncidentDetailFields on Incident {
    ...IncidentSummaryFields
    summary
    fingerprint
    cancelReason
    acknowledgedAt
    mitigatedAt
    resolvedAt
    closedAt
    createdBy
    mergedInto {
      id
      number
    }
    timeline {
      id
      at
      kind
      actorType
      actor
      message
    }
    signals {
      fingerprint
      source
      status
      firstAt
      lastAt
      count
    }
  }
`);

export const IncidentsQuery = graphql(`
  query Incidents(
    $status: [IncidentStatus!]
    $severity: [Severity!]
    $search: String
    $after: String
  ) {
    incidentsConnection(status: $status, severity: $severity, search: $search, after: $after) {
      nodes {
        ...IncidentSummaryFields
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const IncidentsChangedSubscription = graphql(`
  subscription IncidentsChanged {
    incidentChanged {
      ...IncidentSummaryFields
    }
  }
`);

export const IncidentQuery = graphql(`
  query Incident($id: ID!) {
    incident(id: $id) {
      ...IncidentDetailFields
    }
  }
`);

export const IncidentChangedSubscription = graphql(`
  subscription IncidentChanged($id: ID!) {
    incidentChanged(id: $id) {
      ...IncidentDetailFields
    }
  }
`);

export const IncidentDeploymentQuery = graphql(`
  query IncidentDeployment($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      namespace
      name
      release {
        id
      }
      history {
        revision
        release {
          id
          model {
            id
            name
          }
        }
      }
      health {
        state
        reasons
        checkedAt
        diagnosis {
          ...FindingFields
        }
        pastTerminations {
          source
          value
        }
      }
    }
  }
`);

export const DeclareIncidentMutation = graphql(`
  mutation DeclareIncident($input: DeclareIncidentInput!) {
    declareIncident(input: $input) {
      incident {
        ...IncidentSummaryFields
      }
    }
  }
`);

export const AcknowledgeIncidentMutation = graphql(`
  mutation AcknowledgeIncident($input: IncidentTransitionInput!) {
    acknowledgeIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const MitigateIncidentMutation = graphql(`
  mutation MitigateIncident($input: IncidentTransitionInput!) {
    mitigateIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const ResolveIncidentMutation = graphql(`
  mutation ResolveIncident($input: IncidentTransitionInput!) {
    resolveIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const CloseIncidentMutation = graphql(`
  mutation CloseIncident($input: IncidentTransitionInput!) {
    closeIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const CancelIncidentMutation = graphql(`
  mutation CancelIncident($input: CancelIncidentInput!) {
    cancelIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const ChangeIncidentSeverityMutation = graphql(`
  mutation ChangeIncidentSeverity($input: ChangeIncidentSeverityInput!) {
    changeIncidentSeverity(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const AssignIncidentMutation = graphql(`
  mutation AssignIncident($input: AssignIncidentInput!) {
    assignIncident(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const AddIncidentNoteMutation = graphql(`
  mutation AddIncidentNote($input: AddIncidentNoteInput!) {
    addIncidentNote(input: $input) {
      incident {
        ...IncidentDetailFields
      }
    }
  }
`);

export const IncidentCommandersQuery = graphql(`
  query IncidentCommanders {
    onCallPeople {
      id
      name
      email
    }
  }
`);
