import type { ReleaseSpec } from '../catalog/index.ts';
import type {
  DeploymentsService,
  ObservedDeploymentRecord,
  ObservedWorkload,
} from '../deployments/index.ts';
import type { MonitoredDeployment } from '../health/index.ts';
import type { DiscoveredServer, DiscoveryService, Observation } from './discovery.service.ts';

/** What the deployments domain keeps of a discovered server. */
export function observedWorkload(server: DiscoveredServer): ObservedWorkload {
  return {
    kind: server.kind,
    runtime: server.runtime,
    container: server.container,
    image: server.image,
    model: server.model,
    modelSource: server.modelSource,
    servedModelName: server.servedModelName,
    port: server.port,
    gpusPerReplica: server.gpusPerReplica,
    gpuProduct: server.gpuProduct,
    tensorParallelSize: server.tensorParallelSize,
    evidence: server.evidence,
    selector: server.selector,
  };
}

/**
 * An observed server described as the health rules take a release: what runs, on which port,
 * with how many GPUs. Nothing of it is ever rendered or applied.
 */
export function observedSpec(observed: ObservedWorkload): ReleaseSpec {
  const model = observed.model ?? '';
  return {
    modelName: observed.servedModelName ?? model,
    runtime: observed.runtime,
    image: observed.image,
    model: { source: observed.modelSource ?? model, revision: '' },
    engine: { tensorParallelSize: observed.tensorParallelSize ?? undefined },
    resources: {
      gpus: observed.gpusPerReplica,
      gpuProduct: observed.gpuProduct ?? undefined,
      cpu: '',
      memory: '',
    },
    env: [],
    expectedLoadSeconds: 600,
  };
}

/**
 * The model servers Backline watches without managing. Each look at the cluster records what it
 * found as observed deployments (through the deployments domain, which owns them) and hands the
 * health monitor their live objects. It reads the cluster and writes nothing to it.
 */
export class ObservedFleet {
  readonly #discovery: DiscoveryService;
  readonly #deployments: DeploymentsService;

  constructor(deps: { discovery: DiscoveryService; deployments: DeploymentsService }) {
    this.#discovery = deps.discovery;
    this.#deployments = deps.deployments;
  }

  /** Looks at the cluster, records what changed, and answers with what to judge. On the leader. */
  async monitored(): Promise<MonitoredDeployment[]> {
    const look = await this.#discovery.observe();
    const records = await this.#deployments.recordObserved(
      look.servers.map((s) => ({
        namespace: s.namespace,
        name: s.name,
        environment: s.environment,
        replicas: Math.min(s.replicas, 64),
        strategy: s.strategy,
        observed: observedWorkload(s),
      })),
      look.complete,
      look.checkedAt,
    );
    return withLive(records, look);
  }

  /** The observed deployments as recorded, with a recent look's live objects; writes nothing. */
  async current(maxAgeMs: number): Promise<MonitoredDeployment[]> {
    const [records, look] = await Promise.all([
      this.#deployments.listObserved(),
      this.#discovery.observe({ maxAgeMs }),
    ]);
    return withLive(records, look);
  }
}

function withLive(records: ObservedDeploymentRecord[], look: Observation): MonitoredDeployment[] {
  return records.flatMap((r) => {
    const live = look.live.get(`${r.namespace}/${r.name}`);
    return live ? [monitoredOf(r, live)] : [];
  });
}

function monitoredOf(
  r: ObservedDeploymentRecord,
  live: MonitoredDeployment['live'],
): MonitoredDeployment {
  return {
    id: r.id,
    namespace: r.namespace,
    name: r.name,
    environment: r.environment,
    replicas: r.replicas,
    generation: 0,
    appliedGeneration: 0,
    sloErrorRatio: r.sloErrorRatio,
    sloTtftP95Ms: r.sloTtftP95Ms,
    spec: observedSpec(r.observed),
    live,
    port: r.observed.port,
    watchOnly: true,
  };
}
