import type { ClusterClient, KubeManifest } from '../kube/index.ts';
import { singleFlight } from '../shared/single-flight.ts';
import { type RecognisedServer, recogniseModelServer, type WorkloadObject } from './recognise.ts';

/** A model server running in a namespace Backline watches, which Backline did not deploy. */
export interface DiscoveredServer extends RecognisedServer {
  namespace: string;
  name: string;
  kind: 'Deployment' | 'StatefulSet';
  replicas: number;
  readyReplicas: number;
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

  constructor(deps: DiscoveryDeps) {
    this.#deps = deps;
    this.#scan = singleFlight(() => this.#look());
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
    const { client, namespaces } = this.#deps;
    const checkedAt = this.#now();
    if (!client)
      return { servers: [], problems: ['No Kubernetes cluster is configured.'], checkedAt };
    const servers: DiscoveredServer[] = [];
    const problems: string[] = [];
    await Promise.all(
      namespaces.flatMap((namespace) =>
        KINDS.map(async (kind) => {
          try {
            const items = await client.list('apps/v1', kind, namespace);
            for (const item of items) {
              const found = discovered(kind, namespace, item);
              if (found) servers.push(found);
            }
          } catch (error) {
            problems.push(
              `Could not list ${kind}s in ${namespace}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }),
      ),
    );
    servers.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
    problems.sort();
    return { servers, problems, checkedAt };
  }
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
  return {
    ...server,
    namespace,
    name: object.metadata.name,
    kind,
    replicas: object.spec?.replicas ?? 1,
    readyReplicas: status.readyReplicas ?? 0,
  };
}
