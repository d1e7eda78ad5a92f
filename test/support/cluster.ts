import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type RunningSimulator,
  type SimulatorOptions,
  simulatedGateway,
  startSimulator,
} from '@backline/simulator';
import {
  CoreV1Api,
  KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
} from '@kubernetes/client-node';

export interface SimulatedCluster {
  sim: RunningSimulator;
  /** A kubeconfig file for Backline (KUBECONFIG) and kubectl. */
  kubeconfig: string;
  /** A client with the simulator's own credentials, to look at or change the cluster directly. */
  admin: KubeConfig;
  stop(): Promise<void>;
}

/**
 * A simulated GPU cluster (empty fleet unless told otherwise) with the given namespaces
 * created, and its kubeconfig written to a temporary file.
 */
export async function startSimulatedCluster(
  options: SimulatorOptions & { namespaces?: string[] } = {},
): Promise<SimulatedCluster> {
  const { namespaces = ['ml-prod'], ...simOptions } = options;
  const sim = await startSimulator({ fleet: 'empty', ...simOptions });
  const admin = new KubeConfig();
  admin.loadFromString(sim.kubeconfig());
  const core = admin.makeApiClient(CoreV1Api);
  for (const name of namespaces) await core.createNamespace({ body: { metadata: { name } } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-cluster-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  await sim.writeKubeconfig(kubeconfig);
  return {
    sim,
    kubeconfig,
    admin,
    async stop() {
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A Gateway of the simulator's own class, which routes its synthetic traffic by HTTPRoutes. */
export async function addGateway(
  admin: KubeConfig,
  ref: { namespace: string; name: string },
): Promise<void> {
  await KubernetesObjectApi.makeApiClient(admin).create(
    simulatedGateway(ref) as unknown as KubernetesObject,
  );
}
