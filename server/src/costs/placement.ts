import type { GpuCapacity } from './costs.types.ts';

const PRODUCT_KEYS = ['nvidia.com/gpu.product', 'cloud.google.com/gke-accelerator'];

/** Node labels by which a pod asks for spot (preemptible) capacity, with the value that means it. */
const SPOT_LABELS: Record<string, string> = {
  'karpenter.sh/capacity-type': 'spot',
  'eks.amazonaws.com/capacitytype': 'spot',
  'cloud.google.com/gke-spot': 'true',
  'cloud.google.com/gke-preemptible': 'true',
  'kubernetes.azure.com/scalesetpriority': 'spot',
};

interface PodSpecLike {
  nodeSelector?: Record<string, string>;
  affinity?: {
    nodeAffinity?: {
      requiredDuringSchedulingIgnoredDuringExecution?: {
        nodeSelectorTerms?: {
          matchExpressions?: { key: string; operator: string; values?: string[] }[];
        }[];
      };
    };
  };
}

/** The node labels a pod requires: its node selector and the first value of each `In` term. */
function requiredLabels(raw: Record<string, unknown>): Map<string, string> {
  const spec = (raw.spec ?? {}) as PodSpecLike;
  const labels = new Map<string, string>();
  const terms =
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  for (const term of terms) {
    for (const e of term.matchExpressions ?? []) {
      if (e.operator === 'In' && e.values?.[0]) labels.set(e.key.toLowerCase(), e.values[0]);
    }
  }
  for (const [k, v] of Object.entries(spec.nodeSelector ?? {})) labels.set(k.toLowerCase(), v);
  return labels;
}

/**
 * The GPU product and capacity type a pod runs on, as far as its own spec says: the product
 * label it selects (else `fallbackProduct`, the release's), and spot when it selects spot nodes.
 */
export function placementOf(
  raw: Record<string, unknown>,
  fallbackProduct: string | null,
): { product: string | null; capacity: GpuCapacity } {
  const labels = requiredLabels(raw);
  const product = PRODUCT_KEYS.map((k) => labels.get(k)).find(Boolean) ?? fallbackProduct;
  const spot = Object.entries(SPOT_LABELS).some(([k, v]) => labels.get(k)?.toLowerCase() === v);
  return { product, capacity: spot ? 'SPOT' : 'ON_DEMAND' };
}
