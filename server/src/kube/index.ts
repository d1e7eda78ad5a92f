export { KubernetesClusterClient, translateKubeError } from './client.ts';
export {
  type ClusterConnection,
  type ClusterOptions,
  type ClusterSource,
  connectCluster,
} from './cluster.ts';
export type { ClusterEvents } from './kube.events.ts';
export {
  type ClusterClient,
  FIELD_MANAGER,
  type JsonPatchOperation,
  KubeError,
  type KubeErrorCode,
  type KubeManifest,
  type KubeNode,
  type NodeTaint,
  type ObjectRef,
} from './kube.port.ts';
export { liveWorkload } from './live.ts';
export type {
  LiveCondition,
  LiveContainer,
  LiveDeployment,
  LiveEvent,
  LivePod,
  LiveWorkload,
} from './live.types.ts';
export { type WatcherOptions, WorkloadWatcher } from './watcher.ts';
