/** What the informers see change in the cluster, as domain events. */
export interface ClusterEvents {
  /** A managed workload (its Deployments, pods or events) changed. */
  'workload.changed': { namespace: string; name: string };
  /** A managed Deployment was deleted. */
  'workload.deleted': { namespace: string; name: string };
}
