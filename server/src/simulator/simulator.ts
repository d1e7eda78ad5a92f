import { chmod, mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { ApiContext, AuthToken } from './api/context.ts';
import { Registry } from './api/registry.ts';
import { byStorage, R } from './api/resources.ts';
import { createApiServer } from './api/server.ts';
import { SimClock } from './clock.ts';
import type { Controller, ControllerContext } from './controllers/context.ts';
import { DeploymentController } from './controllers/deployment.ts';
import { EndpointsController } from './controllers/endpoints.ts';
import { EventRecorder } from './controllers/events.ts';
import { GarbageCollector } from './controllers/garbage-collector.ts';
import { Kubelet } from './controllers/kubelet.ts';
import { NamespaceDefaults } from './controllers/namespace-defaults.ts';
import { NodeLifecycle } from './controllers/node-lifecycle.ts';
import { ReplicaSetController } from './controllers/replicaset.ts';
import { Scheduler } from './controllers/scheduler.ts';
import type { Fault, FaultSpec } from './faults/faults.ts';
import { FaultError, FaultRegistry, parseFaultSpec } from './faults/faults.ts';
import { simRoutes } from './faults/routes.ts';
import { DEMO_IMAGES, demoNodeShapes, demoWorkloads, gpuNodeShapes, nodeObject } from './fleet.ts';
import { buildKubeconfig } from './kubeconfig.ts';
import { TrafficGenerator } from './runtimes/traffic.ts';
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
}

export interface RunningSimulator {
  url: string;
  kubeconfig(): string;
  writeKubeconfig(path: string): Promise<void>;
  clock: SimClock;
  injectFault(spec: FaultSpec): Fault;
  clearFault(id: string): void;
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

/** Starts a simulated GPU cluster that serves the Kubernetes API over HTTP on loopback. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const clock = new SimClock(options.acceleration ?? 1);
  const store = new ObjectStore({ historyLimit: options.eventHistoryLimit ?? 50_000 });
  const registry = new Registry(store, clock);
  const recorder = new EventRecorder(store, clock);
  const faults = new FaultRegistry(() => clock.timestamp());
  const ctx: ControllerContext = { store, registry, clock, recorder };
  const fleet = options.fleet ?? 'empty';

  const controllers: Controller[] = [new NamespaceDefaults(ctx)];
  bootstrap(registry, ['default', 'kube-system', 'kube-public', 'kube-node-lease']);
  const shapes =
    fleet === 'demo' ? demoNodeShapes(options.nodes ?? 4) : gpuNodeShapes(options.nodes ?? 3);
  const images = fleet === 'demo' ? DEMO_IMAGES : [];
  shapes.forEach((shape, i) => {
    registry.create(
      byStorage(R.nodes),
      undefined,
      nodeObject(shape, i, clock.timestamp(), images),
      { skipValidation: true },
    );
  });
  const kubelet = new Kubelet(ctx, faults);
  controllers.push(
    new ReplicaSetController(ctx),
    new DeploymentController(ctx),
    new Scheduler(ctx),
    kubelet,
    new GarbageCollector(ctx),
    new EndpointsController(ctx),
    new NodeLifecycle(ctx, kubelet, faults),
  );
  if (fleet === 'demo') {
    const demo = demoWorkloads();
    bootstrap(registry, demo.namespaces);
    for (const obj of demo.objects) {
      const def = byStorage(obj.kind === 'Service' ? R.services : R.deployments);
      registry.create(def, obj.metadata.namespace, obj as KubeObject);
    }
  }
  const traffic = new TrafficGenerator(
    clock,
    kubelet,
    options.trafficRps ?? (fleet === 'demo' ? 5 : 2),
  );

  const api: ApiContext = {
    store,
    registry,
    clock,
    watches: new Set(),
    pods: kubelet,
    ...(options.auth ? { auth: options.auth } : {}),
    simRoutes: simRoutes(faults, clock),
  };
  const server: Server = createApiServer(api);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const token = options.auth?.tokens[0]?.token;
  let stopped = false;

  return {
    url,
    clock,
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
    async stop() {
      if (stopped) return;
      stopped = true;
      traffic.stop();
      for (const close of [...api.watches]) close();
      for (const c of controllers) c.stop();
      clock.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
