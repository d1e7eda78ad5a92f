import { graphql } from '../../generated';

export const OnCallScheduleFieldsFragment = graphql(`
  fragment OnCallScheduleFields on OnCallSchedule {
    id
    name
    description
    timeZone
    layers {
      name
      userIds
      users {
        id
        name
      }
      start
      shift
      shiftHours
      restriction {
        from
        to
      }
    }
    overrides {
      id
      userId
      user {
        id
        name
      }
      startsAt
      endsAt
    }
  }
`);

export const OnCallNowQuery = graphql(`
  query OnCallNow {
    onCallNow {
      schedule {
        id
        name
        timeZone
      }
      user {
        id
        name
        email
      }
      layer
      until
    }
  }
`);

export const OnCallSchedulesQuery = graphql(`
  query OnCallSchedules {
    onCallSchedules {
      ...OnCallScheduleFields
    }
  }
`);

export const OnCallScheduleQuery = graphql(`
  query OnCallSchedule($id: ID!, $days: Int) {
    onCallSchedule(id: $id) {
      ...OnCallScheduleFields
      shifts(days: $days) {
        userId
        user {
          id
          name
        }
        layer
        start
        end
      }
    }
  }
`);

export const OnCallPeopleQuery = graphql(`
  query OnCallPeople {
    onCallPeople {
      id
      name
      email
    }
  }
`);

export const CreateOnCallScheduleMutation = graphql(`
  mutation CreateOnCallSchedule($input: CreateOnCallScheduleInput!) {
    createOnCallSchedule(input: $input) {
      ...OnCallScheduleFields
    }
  }
`);

export const UpdateOnCallScheduleMutation = graphql(`
  mutation UpdateOnCallSchedule($input: UpdateOnCallScheduleInput!) {
    updateOnCallSchedule(input: $input) {
      ...OnCallScheduleFields
    }
  }
`);

export const DeleteOnCallScheduleMutation = graphql(`
  mutation DeleteOnCallSchedule($id: ID!) {
    deleteOnCallSchedule(id: $id)
  }
`);

export const AddOnCallOverrideMutation = graphql(`
  mutation AddOnCallOverride($input: AddOnCallOverrideInput!) {
    addOnCallOverride(input: $input) {
      id
    }
  }
`);

export const RemoveOnCallOverrideMutation = graphql(`
  mutation RemoveOnCallOverride($id: ID!) {
    removeOnCallOverride(id: $id) {
      id
    }
  }
`);

export const EscalationPolicyFieldsFragment = graphql(`
  fragment EscalationPolicyFields on EscalationPolicy {
    id
    name
    description
    repeat
    isDefault
    environments
    steps {
      timeoutMinutes
      targets {
        type
        id
        name
      }
    }
  }
`);

export const EscalationPoliciesQuery = graphql(`
  query EscalationPolicies {
    escalationPolicies {
      ...EscalationPolicyFields
    }
  }
`);

export const CreateEscalationPolicyMutation = graphql(`
  mutation CreateEscalationPolicy($input: CreateEscalationPolicyInput!) {
    createEscalationPolicy(input: $input) {
      ...EscalationPolicyFields
    }
  }
`);

export const UpdateEscalationPolicyMutation = graphql(`
  mutation UpdateEscalationPolicy($input: UpdateEscalationPolicyInput!) {
    updateEscalationPolicy(input: $input) {
      ...EscalationPolicyFields
    }
  }
`);

export const DeleteEscalationPolicyMutation = graphql(`
  mutation DeleteEscalationPolicy($id: ID!) {
    deleteEscalationPolicy(id: $id)
  }
`);

export const NotificationChannelFieldsFragment = graphql(`
  fragment NotificationChannelFields on NotificationChannel {
    id
    name
    type
    url
    emailTo
    enabled
    isFallback
    consecutiveFailures
    disabledReason
  }
`);

export const NotificationChannelsQuery = graphql(`
  query NotificationChannels {
    notificationChannels {
      ...NotificationChannelFields
    }
    emailConfigured
  }
`);

export const CreateNotificationChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      channel {
        ...NotificationChannelFields
      }
      secret
    }
  }
`);

export const UpdateNotificationChannelMutation = graphql(`
  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {
    updateNotificationChannel(input: $input) {
      ...NotificationChannelFields
    }
  }
`);

export const DeleteNotificationChannelMutation = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

export const TestNotificationChannelMutation = graphql(`
  mutation TestNotificationChannel($id: ID!) {
    testNotificationChannel(id: $id) {
      id
      status
    }
  }
`);

export const IncidentNotificationsQuery = graphql(`
  query IncidentNotifications($id: ID!) {
    incident(id: $id) {
      id
      notifications {
        id
        channelName
        channelType
        target
        event
        status
        attempts
        lastError
        createdAt
        deliveredAt
        nextAttemptAt
      }
    }
  }
`);

export const PagingReadinessQuery = graphql(`
  query PagingReadiness {
    pagingReadiness {
      ready
      problems {
        environment
        message
        fixPath
      }
    }
  }
`);
