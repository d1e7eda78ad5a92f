import { graphql } from '../../generated';

export const RolloutSummaryFieldsFragment = graphql(`
  fragment RolloutSummaryFields on Rollout {
    id
    deployment {
      namespace
      name
    }
    strategy
    mode
    state
    active
    currentStep
    steps {
      index
      weightPercent
      mirrorPercent
    }
    fromRelease {
      id
    }
    toRelease {
      id
      model {
        id
        name
      }
    }
    reason
    createdBy
    createdAt
    updatedAt
    finishedAt
  }
`);

export const PromptAnswerFieldsFragment = graphql(`
  fragment PromptAnswerFields on PromptAnswer {
    passed
    failures
    answer
    durationMs
  }
`);

export const RolloutFieldsFragment = graphql(`
  fragment RolloutFields on Rollout {
    ...RolloutSummaryFields
    fromRelease {
      id
      runtime
      image
      model {
        id
        name
      }
    }
    toRelease {
      id
      runtime
      image
    }
    steps {
      index
      weightPercent
      mirrorPercent
      observedPercent
      canaryReplicas
      stableReplicas
      analysisSeconds
      minimumRequests
      onInconclusive
      startedAt
      finishedAt
    }
    analysis {
      at
      step
      check
      verdict
      message
      canaryValue
      baselineValue
      threshold
      source
      sample
      details
      prompts {
        promptId
        name
        regression
        canary {
          ...PromptAnswerFields
        }
        stable {
          ...PromptAnswerFields
        }
      }
    }
    events {
      at
      from
      to
      step
      actor
      message
    }
  }
`);

export const DeploymentRolloutsQuery = graphql(`
  query DeploymentRollouts($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      traffic {
        gateway {
          namespace
          name
        }
      }
      rollout {
        ...RolloutFields
      }
      rollouts(limit: 20) {
        ...RolloutSummaryFields
      }
    }
  }
`);

export const DeploymentRolloutChangedSubscription = graphql(`
  subscription DeploymentRolloutChanged($namespace: String!, $name: String!) {
    rolloutChanged(namespace: $namespace, name: $name) {
      ...RolloutFields
    }
  }
`);

export const ActiveRolloutsQuery = graphql(`
  query ActiveRollouts {
    activeRollouts {
      ...RolloutSummaryFields
    }
  }
`);

export const RolloutsChangedSubscription = graphql(`
  subscription RolloutsChanged {
    rolloutChanged {
      ...RolloutSummaryFields
    }
  }
`);

export const PauseRolloutMutation = graphql(`
  mutation PauseRollout($input: RolloutActionInput!) {
    pauseRollout(input: $input) {
      rollout {
        ...RolloutFields
      }
    }
  }
`);

export const ResumeRolloutMutation = graphql(`
  mutation ResumeRollout($input: RolloutActionInput!) {
    resumeRollout(input: $input) {
      rollout {
        ...RolloutFields
      }
    }
  }
`);

export const PromoteRolloutMutation = graphql(`
  mutation PromoteRollout($input: RolloutActionInput!) {
    promoteRollout(input: $input) {
      rollout {
        ...RolloutFields
      }
    }
  }
`);

export const AbortRolloutMutation = graphql(`
  mutation AbortRollout($input: RolloutActionInput!) {
    abortRollout(input: $input) {
      rollout {
        ...RolloutFields
      }
    }
  }
`);
