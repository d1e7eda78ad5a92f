import { chmod, mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { CompactionOptions, CompactionState } from './api/compaction.ts';
import { compactHistory } from './api/compaction.ts';
import type { ApiContext, AuthToken, RequestRecord } from './api/context.ts';
import { bootstrapPolicy, ServiceAccountTokens } from './api/rbac.ts';
import { Registry } from './api/registry.ts';
import { byStorage, R } from './api/resources.ts';
import { createApiServer } from './api/server.ts';
import { SimClock } from './clock.ts';
import type { ContainerExit, Controller, ControllerContext } from './controllers/context.ts';
import { CrdCleanup } from './controllers/crd-cleanup.ts';
import { DeploymentController } from './controllers/deployment.ts';
import { EndpointsController } from './controllers/endpoints.ts';
import { EventRecorder } from './controllers/events.ts';
import { GarbageCollector } from './controllers/garbage-collector.ts';
import { GatewayController } from './controllers/gateway.ts';
import { HorizontalPodAutoscalerController } from './controllers/horizontal-pod-autoscaler.ts';
import { Kubelet } from './controllers/kubelet.ts';
import { NamespaceDefaults } from './controllers/namespace-defaults.ts';
import { NodeLifecycle } from './controllers/node-lifecycle.ts';
import { ReplicaSetController } from './controllers/replicaset.ts';
import { Scheduler } from './controllers/scheduler.ts';
import type { Fault, FaultSpec } from './faults/faults.ts';
import { FaultError, FaultRegistry, parseFaultSpec } from './faults/faults.ts';
import { simRoutes } from './faults/routes.ts';
import { DEMO_IMAGES, demoNodeShapes, demoWorkloads, gpuNodeShapes, nodeObject } from './fleet.ts';
import {
  DEMO_GATEWAY,
  ensureObject,
  G,
  gatewayApiCrds,
  inferencePoolCrds,
  installCrds,
  simulatedGateway,
  simulatedGatewayClass,
} from './gateway/crds.ts';
import { gatewayRoutes, type SimulatedGateway } from './gateway/routes.ts';
import { GatewayStats } from './gateway/stats.ts';
import { buildKubeconfig } from './kubeconfig.ts';
import { TrafficGenerator } from './runtimes/traffic.ts';
import { ClusterPersistence } from './store/persistence.ts';
import { ObjectStore } from './store/store.ts';
import type { KubeObject } from './store/types.ts';

export interface SimulatorOptions {
  host?: string;
  port?: number;
  acceleration?: number;
  fleet?: 'demo' | 'empty';
  nodes?: number;
  auth?: { tokens: AuthToken[] };
  trafficRps?: number;
  /** How many change events watches can resume from (default 50,000). */
  eventHistoryLimit?: number;
  /**
   * A folder to keep the cluster's objects in: a restart finds them there, and the pods start
   * again as after a node reboot. Without it the cluster lives in memory only.
   */
  dataDir?: string;
  /**
   * Admit GPU pods as GKE does, adding the toleration for the `nvidia.com/gpu` taint to pods
   * that request GPUs (the ExtendedResourceToleration plugin). Off by default, as upstream and
   * on EKS: such pods must carry the toleration themselves.
   */
  extendedResourceToleration?: boolean;
  /**
   * Serve the Gateway API (GatewayClass, Gateway and HTTPRoute, gateway.networking.k8s.io/v1)
   * with the simulated gateway: GatewayClass `simulated`, whose Gateways route the synthetic
   * traffic. On by default; the demo fleet also gets Gateway `gateway-system/inference`.
   */
  gatewayApi?: boolean;
  /** Serve InferencePool (inference.networking.k8s.io/v1) as an HTTPRoute backend. Off by default. */
  inferencePool?: boolean;
}

export interface RunningSimulator {
  url: string;
  kubeconfig(): string;
  writeKubeconfig(path: string): Promise<void>;
  clock: SimClock;
  /** The simulated etcd, for tests that change objects behind the API server's back. */
  store: ObjectStore;
  /** Compacts the event history (as POST /sim/v1/compaction does). */
  compact(options?: CompactionOptions): CompactionState;
  injectFault(spec: FaultSpec): Fault;
  clearFault(id: string): void;
  /** The authorizer's decisions on authenticated requests, oldest first (the last 50,000). */
  requestLog(): readonly RequestRecord[];
  /** Every container exit the kubelet saw, oldest first (the last thousand). */
  containerExits(): readonly ContainerExit[];
  /** Calls `listener` at each container exit, as it happens; returns how to stop. */
  onContainerExit(listener: (exit: ContainerExit) => void): () => void;
  /** The simulated gateway: its per-route counters, and the synthetic traffic on demand. */
  gateway: SimulatedGateway;
  stop(): Promise<void>;
}

function bootstrap(registry: Registry, names: string[]): void {
  for (const name of names) {
    if (!registry.store.get(R.namespaces, undefined, name)) {
      registry.create(
        byStorage(R.namespaces),
        undefined,
        { metadata: { name } },
        { skipValidation: true },
      );
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Starts a simulated GPU cluster that serves the Kubernetes API over HTTP on loopback. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const persistence = options.dataDir ? new ClusterPersistence(options.dataDir) : null;
  const saved = persistence?.load() ?? null;
  // Simulated time never goes back across a restart, even when it ran ahead of the wall clock.
  const clock = new SimClock(
    options.acceleration ?? 1,
    saved ? Math.max(Date.now(), saved.clockAt) : Date.now(),
  );
  const store = new ObjectStore({ historyLimit: options.eventHistoryLimit ?? 50_000 });
  if (saved) store.restore(saved.objects, saved.revision);
  persistence?.attach(store, () => clock.now());
  const registry = new Registry(store, clock, {
    extendedResourceToleration: options.extendedResourceToleration ?? false,
  });
  const recorder = new EventRecorder(store, clock);
  const faults = new FaultRegistry(() => clock.timestamp());
  // The kubelet's record of container exits, for benchmarks that time from the exit itself.
  const exits: ContainerExit[] = [];
  const exitListeners = new Set<(exit: ContainerExit) => void>();
  const exited = (exit: ContainerExit) => {
    exits.push(exit);
    if (exits.length > 1000) exits.splice(0, exits.length - 1000);
    for (const listener of exitListeners) listener(exit);
  };
  const ctx: ControllerContext = { store, registry, clock, recorder, exited };
  const fleet = options.fleet ?? 'empty';

  const controllers: Controller[] = [new NamespaceDefaults(ctx)];
  bootstrap(registry, ['default', 'kube-system', 'kube-public', 'kube-node-lease']);
  for (const { resource, object } of bootstrapPolicy()) {
    const name = String((object.metadata as { name: string }).name);
    if (!store.get(resource, undefined, name))
      registry.create(byStorage(resource), undefined, object, { skipValidation: true });
  }
  const shapes =
    fleet === 'demo' ? demoNodeShapes(options.nodes ?? 4) : gpuNodeShapes(options.nodes ?? 3);
  const images = fleet === 'demo' ? DEMO_IMAGES : [];
  // A restored cluster keeps its own nodes and workloads; only a new one gets the fleet.
  if (!saved) {
    shapes.forEach((shape, i) => {
      registry.create(
        byStorage(R.nodes),
        undefined,
        nodeObject(shape, i, clock.timestamp(), images),
        { skipValidation: true },
      );
    });
  }
  const kubelet = new Kubelet(ctx, faults);
  controllers.push(
    new ReplicaSetController(ctx),
    new DeploymentController(ctx),
    new Scheduler(ctx),
    kubelet,
    new GarbageCollector(ctx),
    new CrdCleanup(ctx),
    new EndpointsController(ctx),
    new NodeLifecycle(ctx, kubelet, faults),
    new HorizontalPodAutoscalerController(ctx, kubelet),
  );
  if (options.gatewayApi ?? true) {
    installCrds(registry, gatewayApiCrds());
    ensureObject(registry, G.gatewayclasses, undefined, simulatedGatewayClass());
  }
  if (options.inferencePool ?? false) installCrds(registry, inferencePoolCrds());
  controllers.push(new GatewayController(ctx));
  if (fleet === 'demo' && !saved) {
    const demo = demoWorkloads();
    bootstrap(registry, demo.namespaces);
    for (const obj of demo.objects) {
      const def = byStorage(obj.kind === 'Service' ? R.services : R.deployments);
      registry.create(def, obj.metadata.namespace, obj as KubeObject);
    }
    if (options.gatewayApi ?? true) {
      bootstrap(registry, [DEMO_GATEWAY.namespace]);
      ensureObject(registry, G.gateways, DEMO_GATEWAY.namespace, simulatedGateway());
    }
  }
  const stats = new GatewayStats(() => clock.timestamp());
  const traffic = new TrafficGenerator(
    clock,
    kubelet,
    store,
    stats,
    options.trafficRps ?? (fleet === 'demo' ? 5 : 2),
  );
  const gateway: SimulatedGateway = {
    stats: (namespace, name) => stats.stats(namespace, name),
    routes: () => stats.list(),
    resetStats: () => stats.reset(),
    metrics: () => stats.prometheus(),
    tick: () => traffic.tick(),
  };
  const faultRoutes = simRoutes(faults, clock);
  const gatewayApiRoutes = gatewayRoutes(gateway);

  const api: ApiContext = {
    store,
    registry,
    clock,
    watches: new Set(),
    watchExpirers: new Set(),
    pods: kubelet,
    ...(options.auth ? { auth: options.auth } : {}),
    serviceAccountTokens: new ServiceAccountTokens(persistence?.signingKey() ?? undefined),
    requestLog: [],
    simRoutes: (method, path, body) =>
      faultRoutes(method, path, body) ?? gatewayApiRoutes(method, path),
  };
  const server: Server = createApiServer(api);
  const host = options.host ?? '127.0.0.1';
  // A restored cluster listens where it did before, so kubeconfigs written then still work.
  if (options.port === undefined && saved?.port) {
    const reused = await listen(server, saved.port, host).then(
      () => true,
      () => false,
    );
    if (!reused) await listen(server, 0, host);
  } else {
    await listen(server, options.port ?? 0, host);
  }
  const address = server.address() as AddressInfo;
  persistence?.rememberPort(address.port);
  const hostName = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostName}:${address.port}`;
  const token = options.auth?.tokens[0]?.token;
  let stopped = false;

  return {
    url,
    clock,
    store,
    compact: (compaction) => compactHistory(api, compaction),
    requestLog: () => api.requestLog,
    kubeconfig: () => buildKubeconfig(url, token),
    async writeKubeconfig(path: string) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, buildKubeconfig(url, token), { mode: 0o600 });
      await chmod(path, 0o600);
    },
    injectFault(spec: FaultSpec): Fault {
      return faults.add(parseFaultSpec(spec));
    },
    clearFault(id: string): void {
      if (!faults.remove(id)) throw new FaultError(`fault "${id}" not found`);
    },
    gateway,
    containerExits: () => exits,
    onContainerExit(listener) {
      exitListeners.add(listener);
      return () => exitListeners.delete(listener);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      traffic.stop();
      for (const close of [...api.watches]) close();
      for (const c of controllers) c.stop();
      persistence?.close(store, () => clock.now());
      clock.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
