import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KubeConfig, VersionApi } from '@kubernetes/client-node';
import { privateDir } from '../shared/files.ts';

export type ClusterSource = 'kubeconfig' | 'in-cluster' | 'simulator';

/** The cluster Backline manages, reached through @kubernetes/client-node over HTTP. */
export interface ClusterConnection {
  source: ClusterSource;
  kubeConfig: KubeConfig;
  /** The API server's URL. */
  server: string;
  /** For the simulator: a kubeconfig file kubectl can use against it. */
  kubeconfigPath: string | null;
  /** Null when the API server answers, else why not. */
  problem(): Promise<string | null>;
  close(): Promise<void>;
}

export interface ClusterOptions {
  kubeconfig: string | undefined;
  inCluster: boolean;
  simulator: 'auto' | 'on' | 'off';
  /** Where to write the simulator's kubeconfig; the simulator keeps its objects in `simulator/` below it. */
  dataDir: string;
}

function connection(
  source: ClusterSource,
  kubeConfig: KubeConfig,
  extra: Partial<ClusterConnection> = {},
): ClusterConnection {
  const version = kubeConfig.makeApiClient(VersionApi);
  return {
    source,
    kubeConfig,
    server: kubeConfig.getCurrentCluster()?.server ?? 'unknown',
    kubeconfigPath: null,
    async problem() {
      try {
        await version.getCode();
        return null;
      } catch (error) {
        return `the Kubernetes API server does not answer: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    close: async () => {},
    ...extra,
  };
}

/**
 * A kubeconfig when one is configured; the in-cluster service account when running
 * in a pod; otherwise (unless turned off) the embedded simulated cluster.
 */
export async function connectCluster(options: ClusterOptions): Promise<ClusterConnection | null> {
  if (options.simulator !== 'on') {
    if (options.kubeconfig) {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromFile(options.kubeconfig);
      return connection('kubeconfig', kubeConfig);
    }
    if (options.inCluster) {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromCluster();
      return connection('in-cluster', kubeConfig);
    }
    if (options.simulator === 'off') return null;
  }
  await privateDir(options.dataDir);
  // Loaded only here: the simulator is its own package (docs/adr/0029-simulator-package.md),
  // reached like any cluster through the kubeconfig it writes, and absent from the code path of a
  // real cluster.
  const { startSimulator } = await import('@backline/simulator');
  const simulator = await startSimulator({
    fleet: 'demo',
    dataDir: path.join(options.dataDir, 'simulator'),
  });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(simulator.kubeconfig());
  const kubeconfigPath = path.join(options.dataDir, 'simulator.kubeconfig');
  await writeFile(kubeconfigPath, simulator.kubeconfig(), { mode: 0o600 });
  // The mode above applies only to a new file; one left by an earlier start is tightened too.
  await chmod(kubeconfigPath, 0o600);
  return connection('simulator', kubeConfig, { kubeconfigPath, close: () => simulator.stop() });
}
