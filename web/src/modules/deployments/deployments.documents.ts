import { graphql } from '../../generated';

export const DeploymentSummaryFieldsFragment = graphql(`
  fragment DeploymentSummaryFields on ModelDeployment {
    id
    namespace
    name
    environment
    replicas
    strategy
    phase
    message
    createdAt
    managed
    observed {
      kind
      runtime
      image
      model
      servedModelName
      port
      gpusPerReplica
      gpuProduct
      evidence
    }
    release {
      id
      runtime
      image
      model {
        id
        name
      }
    }
    status {
      desiredReplicas
      readyReplicas
    }
    health {
      state
      reasons
      since
      checkedAt
    }
  }
`);

export const DeploymentDetailFieldsFragment = graphql(`
  fragment DeploymentDetailFields on ModelDeployment {
    ...DeploymentSummaryFields
    sloErrorRatio
    sloTtftP95Ms
    updatedAt
    createdBy
    traffic {
      gateway {
        namespace
        name
      }
      pathPrefix
      canaryWeight
      mirrorPercent
    }
    release {
      id
      runtime
      image
      imagePinned
      warnings
      modelSource
      modelRevision
      resources {
        gpus
        gpuProduct
        cpu
        memory
      }
      model {
        id
        name
        family
      }
    }
    status {
      desiredReplicas
      readyReplicas
      updatedReplicas
      availableReplicas
      lastAppliedAt
      lastApplyError
      pods {
        name
        phase
        ready
        restarts
        node
        gpus
        releaseId
        track
        createdAt
        containers {
          name
          ready
          restartCount
          state
          reason
          message
          exitCode
          lastTerminationReason
        }
      }
      events {
        type
        reason
        message
        object
        count
        lastSeen
      }
    }
    drift {
      object
      path
      desired
      live
    }
    missing
    timeline(last: 20) {
      at
      kind
      message
      actor
      objects
    }
    health {
      diagnosis {
        ...FindingFields
      }
    }
    manifestsYaml
    history {
      revision
      createdAt
      createdBy
      reason
      release {
        id
        runtime
        model {
          id
          name
        }
      }
    }
  }
`);

export const DeploymentsPageQuery = graphql(`
  query DeploymentsPage(
    $namespace: String
    $environment: Environment
    $search: String
    $after: String
  ) {
    deploymentsConnection(
      namespace: $namespace
      environment: $environment
      search: $search
      after: $after
    ) {
      nodes {
        ...DeploymentSummaryFields
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    managedNamespaces
  }
`);

export const FleetSummaryQuery = graphql(`
  query FleetSummary {
    fleetSummary {
      total
      managed
      health {
        state
        count
      }
      attention(first: 8) {
        ...DeploymentSummaryFields
      }
    }
  }
`);

export const DeploymentsChangedSubscription = graphql(`
  subscription DeploymentsChanged($namespace: String) {
    deploymentChanged(namespace: $namespace) {
      ...DeploymentSummaryFields
    }
  }
`);

export const DeploymentQuery = graphql(`
  query Deployment($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      ...DeploymentDetailFields
    }
  }
`);

export const DeploymentChangedSubscription = graphql(`
  subscription DeploymentChanged($namespace: String!, $name: String!) {
    deploymentChanged(namespace: $namespace, name: $name) {
      ...DeploymentDetailFields
    }
  }
`);

export const NewDeploymentOptionsQuery = graphql(`
  query NewDeploymentOptions {
    managedNamespaces
    models {
      id
      name
      family
      releases {
        id
        runtime
        image
        warnings
        createdAt
      }
    }
  }
`);

/** What a new release deployed to an existing deployment starts from: its current settings. */
export const DeploymentSettingsQuery = graphql(`
  query DeploymentSettings($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      namespace
      name
      environment
      replicas
      strategy
      sloErrorRatio
      sloTtftP95Ms
      traffic {
        gateway {
          namespace
          name
        }
      }
      release {
        id
        model {
          id
        }
      }
      rollout {
        id
        strategy
        steps {
          weightPercent
          mirrorPercent
          analysisSeconds
        }
      }
    }
  }
`);

export const DeployReleaseMutation = graphql(`
  mutation DeployRelease($input: DeployReleaseInput!) {
    deployRelease(input: $input) {
      deployment {
        ...DeploymentSummaryFields
      }
    }
  }
`);

export const UpdateObservedDeploymentMutation = graphql(`
  mutation UpdateObservedDeployment($input: UpdateObservedDeploymentInput!) {
    updateObservedDeployment(input: $input) {
      deployment {
        ...DeploymentDetailFields
      }
    }
  }
`);

export const ScaleDeploymentMutation = graphql(`
  mutation ScaleDeployment($input: ScaleDeploymentInput!) {
    scaleDeployment(input: $input) {
      deployment {
        ...DeploymentDetailFields
      }
    }
  }
`);

export const DeleteDeploymentMutation = graphql(`
  mutation DeleteDeployment($input: DeleteDeploymentInput!) {
    deleteDeployment(input: $input) {
      deployment {
        id
        phase
      }
    }
  }
`);

export const RepairDriftMutation = graphql(`
  mutation RepairDrift($namespace: String!, $name: String!) {
    repairDrift(namespace: $namespace, name: $name) {
      deployment {
        ...DeploymentDetailFields
      }
    }
  }
`);

export const RollbackDeploymentMutation = graphql(`
  mutation RollbackDeployment($input: RollbackDeploymentInput!) {
    rollbackDeployment(input: $input) {
      deployment {
        ...DeploymentDetailFields
      }
    }
  }
`);
