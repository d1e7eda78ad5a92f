import { graphql } from '../../generated';

export const AdoptionPlanQuery = graphql(`
  query AdoptionPlan($id: ID!) {
    adoptionPlan(deploymentId: $id) {
      adoptable
      reasons
      warnings
      digest
      previousManagers
      diff
      model {
        existing {
          id
          name
        }
        name
        source
        revision
      }
      release {
        id
        exists
        runtime
        image
        engine {
          maxModelLength
          tensorParallelSize
          extraArgs
        }
        resources {
          gpus
          gpuProduct
          cpu
          memory
        }
      }
      changes {
        object
        path
        live
        applied
      }
    }
  }
`);

export const DeploymentAdoptionQuery = graphql(`
  query DeploymentAdoption($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      adoption {
        at
        by
        keepsPodTemplate
        previousManagers
      }
    }
  }
`);

export const AdoptDeploymentMutation = graphql(`
  mutation AdoptDeployment($input: AdoptDeploymentInput!) {
    adoptDeployment(input: $input) {
      deployment {
        id
        managed
      }
    }
  }
`);

export const ReleaseDeploymentMutation = graphql(`
  mutation ReleaseDeployment($input: ReleaseDeploymentInput!) {
    releaseDeployment(input: $input) {
      deployment {
        id
        managed
      }
    }
  }
`);
