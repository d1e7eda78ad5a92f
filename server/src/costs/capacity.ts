import type { KubeNode, NodeTaint } from '../kube/index.ts';
import type { UsageSample } from './costs.types.ts';
import { type DeploymentUsage, occupancyOf } from './usage.ts';

/** The resource a GPU pod requests and a GPU node offers. */
export const GPU_RESOURCE = 'nvidia.com/gpu';
const PRODUCT_LABELS = ['nvidia.com/gpu.product', 'cloud.google.com/gke-accelerator'];

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

/** A pod as free-GPU counting needs it. */
export interface PodLike {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    nodeName?: string;
    containers?: {
      resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
    }[];
    initContainers?: {
      resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
    }[];
  };
  status?: { phase?: string };
}

/** Which pods the requested GPUs were counted from. */
export type PodScope = 'ALL_NAMESPACES' | 'MANAGED_NAMESPACES';

export interface GpuNode {
  name: string;
  product: string | null;
  allocatable: number;
  requested: number;
  /** allocatable − requested, never below 0. */
  free: number;
  schedulable: boolean;
  /** Why a node's GPUs are not counted as free; null when they are. */
  excludedBecause: string | null;
}

export interface GpuProductCapacity {
  product: string;
  /** Schedulable nodes of the product. */
  nodes: number;
  allocatable: number;
  requested: number;
  free: number;
  /** The most free GPUs of the product on one node: the largest pod that could start now. */
  largestFreeOnANode: number;
}

/** Free GPUs by product across schedulable nodes. */
export interface GpuInventory {
  podScope: PodScope;
  products: GpuProductCapacity[];
  /** Every node with GPUs, schedulable or not. */
  nodes: GpuNode[];
}

/** A quantity of a whole-numbered resource ("8", "8000m"); 0 when it is not one. */
function count(quantity: string | undefined): number {
  if (!quantity) return 0;
  const milli = /^(\d+)m$/.exec(quantity);
  if (milli) return Math.floor(Number(milli[1]) / 1000);
  const n = Number(quantity);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

type Resources = { requests?: Record<string, string>; limits?: Record<string, string> };
/** Extended resources are requested by their limit when the request is left out. */
const gpusOf = (r: Resources | undefined) =>
  count(r?.requests?.[GPU_RESOURCE] ?? r?.limits?.[GPU_RESOURCE]);

/**
 * The GPUs a pod holds on its node, as the scheduler counts them: its containers' requests, or
 * an init container's when that is more (they run before, one at a time).
 */
export function podGpus(pod: PodLike): number {
  const containers = (pod.spec?.containers ?? []).reduce((n, c) => n + gpusOf(c.resources), 0);
  const init = Math.max(0, ...(pod.spec?.initContainers ?? []).map((c) => gpusOf(c.resources)));
  return Math.max(containers, init);
}

/** Whether the pod holds its node's resources: bound to it and not finished. */
const holdsNode = (pod: PodLike) =>
  Boolean(pod.spec?.nodeName) &&
  pod.status?.phase !== 'Succeeded' &&
  pod.status?.phase !== 'Failed';

function tolerates(tolerations: readonly Toleration[], taint: NodeTaint): boolean {
  return tolerations.some(
    (t) =>
      (t.effect === undefined || t.effect === '' || t.effect === taint.effect) &&
      (t.operator === 'Exists'
        ? t.key === undefined || t.key === '' || t.key === taint.key
        : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
  );
}

/**
 * Why GPU pods cannot start on a node, or null when they can: cordoned, not Ready, or a
 * NoSchedule or NoExecute taint the pods do not tolerate.
 */
export function unschedulableBecause(
  node: KubeNode,
  tolerations: readonly Toleration[],
): string | null {
  if (node.unschedulable) return 'cordoned';
  if (!node.ready) return 'not Ready';
  const blocking = node.taints.find(
    (t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t),
  );
  return blocking
    ? `tainted ${blocking.key}${blocking.value ? `=${blocking.value}` : ''}:${blocking.effect}`
    : null;
}

export function productOfNode(node: KubeNode): string | null {
  for (const key of PRODUCT_LABELS) if (node.labels[key]) return node.labels[key] as string;
  return null;
}

/**
 * Free GPUs by product: for each schedulable node, its allocatable GPUs minus those the pods
 * bound to it request (pods not finished), summed by the node's product label. See
 * docs/capacity.md.
 */
export function gpuInventory(
  nodes: readonly KubeNode[],
  pods: readonly PodLike[],
  options: { tolerations: readonly Toleration[]; podScope: PodScope },
): GpuInventory {
  const requested = new Map<string, number>();
  for (const pod of pods) {
    if (!holdsNode(pod)) continue;
    const node = pod.spec?.nodeName as string;
    requested.set(node, (requested.get(node) ?? 0) + podGpus(pod));
  }
  const gpuNodes: GpuNode[] = nodes
    .filter((n) => count(n.allocatable[GPU_RESOURCE]) > 0)
    .map((n) => {
      const allocatable = count(n.allocatable[GPU_RESOURCE]);
      const used = requested.get(n.name) ?? 0;
      const excludedBecause = unschedulableBecause(n, options.tolerations);
      return {
        name: n.name,
        product: productOfNode(n),
        allocatable,
        requested: used,
        free: Math.max(0, allocatable - used),
        schedulable: excludedBecause === null,
        excludedBecause,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const byProduct = new Map<string, GpuProductCapacity>();
  for (const n of gpuNodes) {
    if (!n.schedulable) continue;
    const product = n.product ?? 'unknown';
    const p = byProduct.get(product) ?? {
      product,
      nodes: 0,
      allocatable: 0,
      requested: 0,
      free: 0,
      largestFreeOnANode: 0,
    };
    p.nodes += 1;
    p.allocatable += n.allocatable;
    p.requested += n.requested;
    p.free += n.free;
    p.largestFreeOnANode = Math.max(p.largestFreeOnANode, n.free);
    byProduct.set(product, p);
  }
  return {
    podScope: options.podScope,
    products: [...byProduct.values()].sort((a, b) => a.product.localeCompare(b.product)),
    nodes: gpuNodes,
  };
}

/** Free GPUs of a product (any product when null) on schedulable nodes. */
export function freeOf(inventory: GpuInventory, product: string | null): number {
  return inventory.products
    .filter((p) => product === null || p.product === product)
    .reduce((n, p) => n + p.free, 0);
}

/** A rollout's GPU need: what the release it leaves holds and what the new one will. */
export interface GpuNeedInput {
  replicas: number;
  from: { gpus: number; product: string | null } | null;
  to: { gpus: number; product: string | null };
}

/**
 * The GPUs a rollout needs beyond those it frees, of the new release's product: every replica
 * ends up on the new release, and the old release's pods free theirs only when they are of the
 * same product (or either leaves the product open).
 */
export function extraGpusNeeded(input: GpuNeedInput): number {
  const needed = input.replicas * input.to.gpus;
  const from = input.from;
  const sameProduct =
    from !== null && (from.product === input.to.product || input.to.product === null);
  const freed = sameProduct && from ? input.replicas * from.gpus : 0;
  return Math.max(0, needed - freed);
}

/** Below this occupancy, could-serve is extrapolated far and says so. */
export const LOW_OCCUPANCY = 0.2;

/** What a deployment serves now and could serve, from its samples over a recent window. */
export interface DeploymentCapacity {
  deploymentId: string;
  namespace: string;
  name: string;
  environment: string;
  /** The GPU product its pods hold at the last sample; null when unknown or mixed. */
  gpuProduct: string | null;
  /** GPUs its pods hold at the last sample. */
  gpus: number;
  /** Tokens (prompt and generation) per second over the window: its load. */
  tokensPerSecond: number;
  /** Used GPU-seconds over GPU-seconds held in the window; null without GPU time. */
  utilisation: number | null;
  /** Tokens per second of one fully occupied GPU: tokens / used GPU-seconds. */
  tokensPerSecondPerGpu: number | null;
  /** What its GPUs could serve, fully occupied: per GPU × GPUs. */
  couldServeTokensPerSecond: number | null;
  /** couldServe − load: more load than this fills its engines, and requests queue. */
  headroomTokensPerSecond: number | null;
  /** What it could serve with every free GPU of its product as well. */
  couldServeWithFreeGpusTokensPerSecond: number | null;
  /** Why a figure is missing or how far to trust it. */
  note: string | null;
}

/**
 * Capacity of a deployment from its usage over a window of `seconds` and its last sample:
 * see docs/capacity.md for the formulas and a worked example.
 */
export function deploymentCapacity(
  usage: DeploymentUsage,
  samples: readonly UsageSample[],
  seconds: number,
  freeGpus: ((product: string | null) => number) | null,
): DeploymentCapacity {
  const last = [...samples].sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1);
  const pods = last?.pods ?? [];
  const products = [...new Set(pods.filter((p) => p.gpus > 0).map((p) => p.product))];
  const gpuProduct = products.length === 1 ? (products[0] ?? null) : null;
  const gpus = pods.reduce((n, p) => n + p.gpus, 0);
  const f = usage.total;
  const tokens = f.promptTokens + f.generationTokens;
  const measured = samples.some((s) => s.pods.some((p) => occupancyOf(p) !== null));
  // The load is over the time it held GPUs in the window, not the whole window: a deployment
  // started ten minutes ago serves its tokens in those ten minutes.
  const held = gpus > 0 && f.gpuSeconds > 0 ? Math.min(seconds, f.gpuSeconds / gpus) : seconds;
  const base = {
    deploymentId: usage.deploymentId,
    namespace: usage.namespace,
    name: usage.name,
    environment: usage.environment,
    gpuProduct,
    gpus,
    tokensPerSecond: held > 0 ? tokens / held : 0,
    utilisation: f.gpuSeconds > 0 ? f.usedGpuSeconds / f.gpuSeconds : null,
  };
  const none = (note: string): DeploymentCapacity => ({
    ...base,
    tokensPerSecondPerGpu: null,
    couldServeTokensPerSecond: null,
    headroomTokensPerSecond: null,
    couldServeWithFreeGpusTokensPerSecond: null,
    note,
  });
  if (!measured)
    return none(
      'Unknown: its engine reports neither KV-cache usage nor a request limit, so how full it was is not known.',
    );
  if (tokens === 0)
    return none(
      'Unknown: it served no tokens in the window, so there is no throughput to measure.',
    );
  if (f.usedGpuSeconds === 0)
    return none('Unknown: its engines were never occupied at a sample in the window.');
  const perGpu = tokens / f.usedGpuSeconds;
  const couldServe = perGpu * gpus;
  const free = freeGpus && products.length <= 1 ? freeGpus(gpuProduct) : null;
  return {
    ...base,
    tokensPerSecondPerGpu: perGpu,
    couldServeTokensPerSecond: couldServe,
    headroomTokensPerSecond: Math.max(0, couldServe - base.tokensPerSecond),
    couldServeWithFreeGpusTokensPerSecond: free === null ? null : perGpu * (gpus + free),
    note:
      [
        free === null && freeGpus
          ? 'Free GPUs are not counted: its pods hold GPUs of more than one product.'
          : null,
        base.utilisation !== null && base.utilisation < LOW_OCCUPANCY
          ? `Extrapolated from ${Math.round(base.utilisation * 100)} % occupancy: a rough upper estimate.`
          : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
  };
}
