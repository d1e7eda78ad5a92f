import type { Placement, TrafficRouting } from '../catalog/index.ts';
import type { DeploymentRecord } from './deployments.types.ts';

function canaryShare(deployment: DeploymentRecord): number {
  return deployment.canaryReleaseId ? Math.min(deployment.canaryReplicas, deployment.replicas) : 0;
}

/**
 * Where the stable track of a deployment runs: while a canary runs, it keeps the release it
 * had and gives the canary its replicas, so the total (and the GPUs) stay the same. Behind a
 * Gateway the route, not the replicas, sets the canary's share: the stable track keeps all its
 * replicas and the canary runs beside them.
 */
export function placementOf(deployment: DeploymentRecord): Placement {
  return {
    namespace: deployment.namespace,
    name: deployment.name,
    environment: deployment.environment,
    replicas: deployment.replicas - (deployment.gateway ? 0 : canaryShare(deployment)),
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

/** How the deployment's Gateway route weighs its tracks, or null without a Gateway. */
export function trafficOf(deployment: DeploymentRecord): TrafficRouting | null {
  if (!deployment.gateway) return null;
  return {
    gateway: deployment.gateway,
    canaryWeight: deployment.canaryReleaseId ? deployment.canaryWeight : 0,
    mirrorPercent: deployment.canaryReleaseId ? deployment.mirrorPercent : null,
  };
}

/** The objects a deployment behind a Gateway has besides its Deployments, by kind and name. */
export function trafficObjectRefs(deployment: Pick<DeploymentRecord, 'namespace' | 'name'>) {
  const { namespace, name } = deployment;
  return [
    { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', namespace, name },
    { apiVersion: 'v1', kind: 'Service', namespace, name: `${name}-stable` },
    { apiVersion: 'v1', kind: 'Service', namespace, name: `${name}-canary` },
  ];
}
