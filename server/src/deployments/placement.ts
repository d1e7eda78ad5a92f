import type { Placement } from '../catalog/index.ts';
import type { DeploymentRecord } from './deployments.types.ts';

function canaryShare(deployment: DeploymentRecord): number {
  return deployment.canaryReleaseId ? Math.min(deployment.canaryReplicas, deployment.replicas) : 0;
}

/**
 * Where the stable track of a deployment runs: while a canary runs, it keeps the release it
 * had and gives the canary its replicas, so the total (and the GPUs) stay the same.
 */
export function placementOf(deployment: DeploymentRecord): Placement {
  return {
    namespace: deployment.namespace,
    name: deployment.name,
    environment: deployment.environment,
    replicas: deployment.replicas - canaryShare(deployment),
    track: 'stable',
    releaseId: deployment.stableReleaseId ?? deployment.releaseId,
    updateStrategy: deployment.strategy === 'RECREATE' ? 'Recreate' : 'RollingUpdate',
  };
}

/** The `<name>-canary` Deployment's placement, or null when no canary runs. */
export function canaryPlacementOf(deployment: DeploymentRecord): Placement | null {
  if (!deployment.canaryReleaseId) return null;
  return {
    namespace: deployment.namespace,
    name: deployment.name,
    environment: deployment.environment,
    replicas: canaryShare(deployment),
    track: 'canary',
    releaseId: deployment.canaryReleaseId,
    updateStrategy: 'RollingUpdate',
  };
}
