export {
  type ClusterConnection,
  type ClusterOptions,
  type ClusterSource,
  connectCluster,
} from './cluster.ts';
