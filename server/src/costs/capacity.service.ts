import { z } from 'zod';
import { GPU_POD_TOLERATIONS } from '../catalog/index.ts';
import { type ClusterClient, KubeError, type KubeManifest } from '../kube/index.ts';
import type { Clock } from '../shared/clock.ts';
import { parseInput } from '../shared/errors.ts';
import {
  type DeploymentCapacity,
  deploymentCapacity,
  freeOf,
  type GpuInventory,
  gpuInventory,
  type PodLike,
  type PodScope,
} from './capacity.ts';
import type { CostsService } from './costs.service.ts';

/** Free GPUs as far as Backline may know them. */
export type InventoryResult =
  | { known: true; inventory: GpuInventory }
  | { known: false; reason: string };

export interface CapacityReport {
  at: Date;
  windowMinutes: number;
  /** Whether Backline could count free GPUs; when not, `unknownReason` says why. */
  known: boolean;
  unknownReason: string | null;
  inventory: GpuInventory | null;
  deployments: DeploymentCapacity[];
}

export const DEFAULT_CAPACITY_WINDOW_MINUTES = 60;

const NODES_FORBIDDEN =
  'Unknown: Backline may not list nodes. Grant its service account the ClusterRole of the chart (rbac.clusterCapacity) or k8s/base/rbac-capacity.yaml: get, list and watch on nodes.';

const PODS_FORBIDDEN =
  'Unknown: Backline may not list pods in every namespace (BACKLINE_CAPACITY_PODS=all). Grant it with rbac.capacity.allPods, or set BACKLINE_CAPACITY_PODS=managed.';

/**
 * Free GPUs by product across schedulable nodes, and what each deployment could serve: the
 * Costs page and the rollouts' capacity check read the same numbers from here.
 */
export class CapacityService {
  readonly #client: ClusterClient | null;
  readonly #namespaces: readonly string[];
  readonly #pods: 'all' | 'managed';
  readonly #costs: CostsService;
  readonly #clock: Clock;

  constructor(deps: {
    client: ClusterClient | null;
    /** The namespaces Backline manages: whose pods it may list when it may not list all. */
    namespaces: readonly string[];
    /** Whether to list pods in every namespace (granted by a ClusterRole) or only managed ones. */
    pods: 'all' | 'managed';
    costs: CostsService;
    clock: Clock;
  }) {
    this.#client = deps.client;
    this.#namespaces = deps.namespaces;
    this.#pods = deps.pods;
    this.#costs = deps.costs;
    this.#clock = deps.clock;
  }

  /**
   * Free GPUs by product: each schedulable node's allocatable GPUs minus those requested by
   * the pods on it. Pods are listed in every namespace (BACKLINE_CAPACITY_PODS=all) or in the
   * namespaces Backline manages (the default), and the result says which.
   */
  async inventory(): Promise<InventoryResult> {
    const client = this.#client;
    if (!client) return { known: false, reason: 'Unknown: no cluster is connected.' };
    let nodes: Awaited<ReturnType<ClusterClient['listNodes']>>;
    try {
      nodes = await client.listNodes();
    } catch (error) {
      if (error instanceof KubeError && error.code === 'FORBIDDEN')
        return { known: false, reason: NODES_FORBIDDEN };
      return { known: false, reason: `Unknown: the nodes could not be listed: ${message(error)}` };
    }
    let pods: KubeManifest[];
    const podScope: PodScope = this.#pods === 'all' ? 'ALL_NAMESPACES' : 'MANAGED_NAMESPACES';
    try {
      pods =
        this.#pods === 'all'
          ? await client.listAllNamespaces('v1', 'Pod')
          : (
              await Promise.all(
                this.#namespaces.map((ns) =>
                  client.list('v1', 'Pod', ns).catch((e: unknown) => {
                    // A managed namespace not created yet has no pods.
                    if (e instanceof KubeError && e.code === 'NOT_FOUND') return [];
                    throw e;
                  }),
                ),
              )
            ).flat();
    } catch (error) {
      if (error instanceof KubeError && error.code === 'FORBIDDEN' && this.#pods === 'all')
        return { known: false, reason: PODS_FORBIDDEN };
      return { known: false, reason: `Unknown: the pods could not be listed: ${message(error)}` };
    }
    return {
      known: true,
      inventory: gpuInventory(nodes, pods as unknown as PodLike[], {
        tolerations: GPU_POD_TOLERATIONS,
        podScope,
      }),
    };
  }

  async report(raw: { windowMinutes?: number | null } = {}): Promise<CapacityReport> {
    const windowMinutes = parseInput(
      z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
      raw.windowMinutes ?? DEFAULT_CAPACITY_WINDOW_MINUTES,
    );
    const [result, recent] = await Promise.all([
      this.inventory(),
      this.#costs.recentUsage(windowMinutes),
    ]);
    const inventory = result.known ? result.inventory : null;
    const free = inventory ? (product: string | null) => freeOf(inventory, product) : null;
    return {
      at: this.#clock.now(),
      windowMinutes,
      known: result.known,
      unknownReason: result.known ? null : result.reason,
      inventory,
      deployments: recent.deployments
        .map((d) => deploymentCapacity(d.usage, d.samples, recent.seconds, free))
        .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`)),
    };
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
