import type { CoreV1Event, V1Deployment, V1Pod } from '@kubernetes/client-node';
import type { Environment } from '../catalog/index.ts';
import {
  type ClusterClient,
  type KubeManifest,
  type LiveWorkload,
  liveWorkload,
} from '../kube/index.ts';
import { singleFlight } from '../shared/single-flight.ts';
import { type RecognisedServer, recogniseModelServer, type WorkloadObject } from './recognise.ts';

/** A model server running in a namespace Backline watches, which Backline did not deploy. */
export interface DiscoveredServer extends RecognisedServer {
  namespace: string;
  name: string;
  kind: 'Deployment' | 'StatefulSet';
  replicas: number;
  readyReplicas: number;
  /** `spec.selector.matchLabels`: how its pods are found. */
  selector: Record<string, string>;
  /** How Kubernetes replaces its pods, in Backline's words. */
  strategy: 'ROLLING' | 'RECREATE';
  /** From the `backline.dev/environment` label, else guessed from the namespace's name. */
  environment: Environment;
}

/** A look at the cluster that also holds each server's live objects, for health. */
export interface Observation extends Discovery {
  /** Keyed by `namespace/name`. */
  live: Map<string, LiveWorkload>;
  /** Namespaces read in full: a server missing from them is gone, not unseen. */
  complete: string[];
}

export interface Discovery {
  servers: DiscoveredServer[];
  /** Namespaces that could not be read, with the API server's reason: what is missing, not nothing. */
  problems: string[];
  checkedAt: Date;
}

const KINDS = ['Deployment', 'StatefulSet'] as const;
const MANAGED_BY = 'app.kubernetes.io/managed-by';

export interface DiscoveryDeps {
  /** Null without a cluster: nothing is discovered, and the answer says why. */
  client: ClusterClient | null;
  namespaces: string[];
  now?: () => Date;
  /** How long one look at the cluster answers every caller. Default 10 s. */
  cacheMs?: number;
}

/**
 * Finds the model servers teams already run: lists the Deployments and StatefulSets of the
 * namespaces Backline may see and recognises the ones that run a known runtime. It only reads.
 */
export class DiscoveryService {
  readonly #deps: DiscoveryDeps;
  #last: Discovery | null = null;
  readonly #scan: () => Promise<Discovery>;
  readonly #observe: () => Promise<Observation>;
  #lastObservation: Observation | null = null;
  /** What `/v1/models` answered, by workload and image: `null` when it lists no model. */
  readonly #served = new Map<string, string | null>();

  constructor(deps: DiscoveryDeps) {
    this.#deps = deps;
    this.#scan = singleFlight(() => this.#look());
    this.#observe = singleFlight(() => this.#lookWithPods());
  }

  /**
   * A fresh look, with each server's pods and events: what health judges observed servers on.
   * Callers at the same moment share one look; `maxAgeMs` accepts a look that recent.
   */
  async observe(options: { maxAgeMs?: number } = {}): Promise<Observation> {
    const last = this.#lastObservation;
    if (last && this.#now().getTime() - last.checkedAt.getTime() < (options.maxAgeMs ?? 0))
      return last;
    this.#lastObservation = await this.#observe();
    return this.#lastObservation;
  }

  async discover(): Promise<Discovery> {
    const now = this.#now();
    const fresh =
      this.#last && now.getTime() - this.#last.checkedAt.getTime() < (this.#deps.cacheMs ?? 10_000);
    if (fresh && this.#last) return this.#last;
    this.#last = await this.#scan();
    return this.#last;
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  async #look(): Promise<Discovery> {
    const { servers, problems, checkedAt } = await this.#lookWith([]);
    return { servers, problems, checkedAt };
  }

  async #lookWithPods(): Promise<Observation> {
    return this.#lookWith(['Pod', 'Event']);
  }

  /** Lists the workloads of every namespace, and `extra` kinds (core/v1) for their live objects. */
  async #lookWith(extra: ('Pod' | 'Event')[]): Promise<Observation> {
    const { client, namespaces } = this.#deps;
    const checkedAt = this.#now();
    const live = new Map<string, LiveWorkload>();
    if (!client)
      return {
        servers: [],
        problems: ['No Kubernetes cluster is configured.'],
        checkedAt,
        live,
        complete: [],
      };
    const servers: DiscoveredServer[] = [];
    const problems: string[] = [];
    const complete: string[] = [];
    const asked: Promise<void>[] = [];
    await Promise.all(
      namespaces.map(async (namespace) => {
        const lists = await Promise.allSettled([
          ...KINDS.map((kind) => client.list('apps/v1', kind, namespace)),
          ...extra.map((kind) => client.list('v1', kind, namespace)),
        ]);
        const kinds = [...KINDS, ...extra];
        const items = (i: number) => {
          const result = lists[i];
          return result?.status === 'fulfilled' ? result.value : [];
        };
        lists.forEach((result, i) => {
          if (result.status === 'rejected') {
            const error = result.reason;
            problems.push(
              `Could not list ${kinds[i]}s in ${namespace}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        });
        if (lists.every((r) => r.status === 'fulfilled')) complete.push(namespace);
        const pods = items(KINDS.length) as unknown as V1Pod[];
        const events = items(KINDS.length + 1) as unknown as CoreV1Event[];
        KINDS.forEach((kind, i) => {
          for (const item of items(i)) {
            const found = discovered(kind, namespace, item);
            if (!found) continue;
            servers.push(found);
            if (!extra.length) continue;
            const selected = pods.filter((p) => selects(found.selector, p.metadata?.labels));
            const workload = liveWorkload([item as unknown as V1Deployment], selected, events);
            live.set(`${namespace}/${found.name}`, workload);
            if (!found.model) asked.push(this.#askModel(client, found, workload));
          }
        });
      }),
    );
    await Promise.all(asked);
    servers.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
    problems.sort();
    return { servers, problems, checkedAt, live, complete };
  }

  /**
   * When the arguments do not name the model, the runtime does: `/v1/models` of a ready pod, read
   * through the pods proxy (a GET). Asked once per workload and image.
   */
  async #askModel(
    client: ClusterClient,
    server: DiscoveredServer,
    live: LiveWorkload,
  ): Promise<void> {
    const key = `${server.namespace}/${server.name}@${server.image}`;
    let answer = this.#served.get(key);
    const pod = live.pods.find((p) => p.ready);
    if (answer === undefined && pod) {
      answer = await servedModel(client, server, pod.name);
      if (answer !== undefined) this.#served.set(key, answer);
    }
    if (!answer) return;
    server.model = answer;
    server.evidence = [...server.evidence, 'model named by its /v1/models'];
  }
}

/** The first model `/v1/models` lists; null when it lists none; undefined when it could not be asked. */
async function servedModel(
  client: ClusterClient,
  server: DiscoveredServer,
  pod: string,
): Promise<string | null | undefined> {
  try {
    const res = await client.podProxy(server.namespace, pod, server.port, {
      method: 'GET',
      path: '/v1/models',
      timeoutMs: 2_000,
    });
    if (res.status !== 200) return undefined;
    const body = JSON.parse(res.body) as { data?: { id?: unknown }[] };
    const id = body.data?.[0]?.id;
    return typeof id === 'string' && id ? id : null;
  } catch {
    return undefined;
  }
}

function selects(selector: Record<string, string>, labels: Record<string, string> | undefined) {
  const wanted = Object.entries(selector);
  return wanted.length > 0 && wanted.every(([k, v]) => labels?.[k] === v);
}

const ENVIRONMENT_LABEL = 'backline.dev/environment';

/** A team's own label says; otherwise the namespace's name; otherwise PROD, the safe guess. */
export function environmentOf(namespace: string, labels: Record<string, string> | undefined) {
  const labelled = labels?.[ENVIRONMENT_LABEL]?.toUpperCase();
  if (labelled === 'DEV' || labelled === 'STAGING' || labelled === 'PROD') return labelled;
  if (/(^|-)(stag|staging|stg|preprod|qa|uat)(-|$)/.test(namespace)) return 'STAGING';
  if (/(^|-)(dev|develop|test|sandbox|scratch)(-|$)/.test(namespace)) return 'DEV';
  return 'PROD';
}

/** The server a listed object runs, unless Backline manages it or it runs none. */
function discovered(
  kind: (typeof KINDS)[number],
  namespace: string,
  item: KubeManifest,
): DiscoveredServer | null {
  // List items carry no kind of their own on a real API server.
  const object = { ...item, kind } as unknown as WorkloadObject;
  if (object.metadata.labels?.[MANAGED_BY] === 'backline') return null;
  const server = recogniseModelServer(object);
  if (!server) return null;
  const status = (item.status ?? {}) as { readyReplicas?: number };
  const spec = (item.spec ?? {}) as {
    selector?: { matchLabels?: Record<string, string> };
    strategy?: { type?: string };
    updateStrategy?: { type?: string };
  };
  const strategy = spec.strategy?.type ?? spec.updateStrategy?.type;
  return {
    ...server,
    namespace,
    name: object.metadata.name,
    kind,
    replicas: object.spec?.replicas ?? 1,
    readyReplicas: status.readyReplicas ?? 0,
    selector: spec.selector?.matchLabels ?? {},
    strategy: strategy === 'Recreate' || strategy === 'OnDelete' ? 'RECREATE' : 'ROLLING',
    environment: environmentOf(namespace, object.metadata.labels),
  };
}
