import type { Subscriber } from '../events/index.ts';
import type { HealthEvents } from '../health/index.ts';
import type { ClusterEvents } from '../kube/index.ts';
import type { DesiredState } from './desired-state.ts';
import type { Reconciler } from './reconciler.ts';

/**
 * How deployments follow the cluster and their health: subscribers of a deployment see its
 * workload and health change, and a managed Deployment deleted outside Backline is applied
 * again at once, not at the resync.
 */
export function deploymentReactions(
  events: Subscriber<ClusterEvents & HealthEvents>,
  deps: { desired: DesiredState; reconciler: Reconciler | null },
): void {
  const { desired, reconciler } = deps;
  events.on('workload.changed', ({ namespace, name }) => desired.published(namespace, name));
  events.on('workload.deleted', () => reconciler?.kick());
  events.on('health.changed', ({ deployment }) =>
    desired.published(deployment.namespace, deployment.name),
  );
}
