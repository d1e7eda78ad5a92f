import { graphql } from '../../generated';

export const TicketSummaryFieldsFragment = graphql(`
  fragment TicketSummaryFields on Ticket {
    id
    number
    reference
    subject
    priority
    status
    requester {
      name
      email
      organisation
    }
    assignee {
      id
      name
      email
    }
    group
    tags
    incident {
      id
      number
      title
      status
    }
    createdAt
    updatedAt
    sla {
      state
      dueAt
      paused
    }
  }
`);

export const TicketDetailFieldsFragment = graphql(`
  fragment TicketDetailFields on Ticket {
    ...TicketSummaryFields
    description
    suggestedReply
    firstRespondedAt
    resolvedAt
    closedAt
    mergedInto {
      id
      reference
    }
    sla {
      clocks {
        kind
        targetMinutes
        state
        elapsedMs
        remainingMs
        dueAt
        paused
      }
    }
    conversation {
      id
      at
      visibility
      authorType
      authorName
      body
    }
  }
`);

export const TicketsQuery = graphql(`
  query Tickets(
    $view: TicketView
    $status: [TicketStatus!]
    $priority: [TicketPriority!]
    $search: String
    $after: String
  ) {
    ticketsConnection(
      view: $view
      status: $status
      priority: $priority
      search: $search
      after: $after
    ) {
      nodes {
        ...TicketSummaryFields
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TicketsChangedSubscription = graphql(`
  subscription TicketsChanged {
    ticketChanged {
      ...TicketSummaryFields
    }
  }
`);

export const TicketQuery = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketDetailFields
    }
  }
`);

export const TicketChangedSubscription = graphql(`
  subscription TicketChanged($id: ID) {
    ticketChanged(id: $id) {
      ...TicketDetailFields
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const ChangeTicketStatusMutation = graphql(`
  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const ReplyToTicketMutation = graphql(`
  mutation ReplyToTicket($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const LinkTicketMutation = graphql(`
  mutation LinkTicket($input: LinkTicketInput!) {
    linkTicketToIncident(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const UnlinkTicketMutation = graphql(`
  mutation UnlinkTicket($input: UnlinkTicketInput!) {
    unlinkTicketFromIncident(input: $input) {
      ticket {
        ...TicketDetailFields
      }
    }
  }
`);

export const IncidentChoicesQuery = graphql(`
  query IncidentChoices {
    incidents(status: [TRIGGERED, ACKNOWLEDGED, MITIGATED], first: 50) {
      id
      number
      title
      status
      severity
    }
  }
`);

export const IncidentTicketsQuery = graphql(`
  query IncidentTickets($id: ID!) {
    incident(id: $id) {
      id
      tickets {
        id
        reference
        subject
        status
        priority
        suggestedReply
      }
    }
  }
`);

export const TicketAssigneesQuery = graphql(`
  query TicketAssignees {
    users {
      id
      name
      email
      role
      disabled
    }
  }
`);
