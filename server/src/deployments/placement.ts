import type { Placement } from '../catalog/index.ts';
import type { DeploymentRecord } from './deployments.types.ts';

/** Where the stable track of a deployment runs. */
export function placementOf(deployment: DeploymentRecord): Placement {
  return {
    namespace: deployment.namespace,
    name: deployment.name,
    environment: deployment.environment,
    replicas: deployment.replicas,
    track: 'stable',
    releaseId: deployment.releaseId,
  };
}
