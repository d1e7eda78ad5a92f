import { describe, expect, it } from 'vitest';
import { GPU_POD_TOLERATIONS } from '../catalog/index.ts';
import type { KubeNode } from '../kube/index.ts';
import {
  deploymentCapacity,
  extraGpusNeeded,
  freeOf,
  gpuInventory,
  type PodLike,
  podGpus,
} from './capacity.ts';
import type { PodReading, UsageSample } from './costs.types.ts';
import { emptyFigures } from './usage.ts';

const GPU_TAINT = { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' };

const node = (
  name: string,
  gpus: number,
  product: string | null,
  extra: Partial<KubeNode> = {},
): KubeNode => ({
  name,
  labels: product ? { 'nvidia.com/gpu.product': product } : {},
  unschedulable: false,
  ready: true,
  taints: gpus > 0 ? [GPU_TAINT] : [],
  allocatable: gpus > 0 ? { cpu: '96', 'nvidia.com/gpu': String(gpus) } : { cpu: '32' },
  ...extra,
});

const pod = (nodeName: string | undefined, gpus: number, phase = 'Running'): PodLike => ({
  spec: {
    ...(nodeName ? { nodeName } : {}),
    containers: [{ resources: { requests: { 'nvidia.com/gpu': String(gpus) } } }],
  },
  status: { phase },
});

const A100 = 'NVIDIA-A100-SXM4-80GB';
const L4 = 'NVIDIA-L4';

describe('free GPUs by product (the example of docs/capacity.md)', () => {
  const nodes = [
    node('gpu-a100-0', 8, A100),
    node('gpu-a100-1', 8, A100, { unschedulable: true }),
    node('gpu-l4-2', 4, L4),
    node('gpu-l4-3', 4, L4, { ready: false }),
    node('gpu-h100-4', 8, 'NVIDIA-H100-80GB-HBM3', {
      taints: [GPU_TAINT, { key: 'dedicated', value: 'training', effect: 'NoSchedule' }],
    }),
    node('cpu-0', 0, null),
  ];
  const pods = [
    pod('gpu-a100-0', 2),
    pod('gpu-a100-0', 2),
    // Finished pods hold nothing; a pending one holds no node yet.
    pod('gpu-a100-0', 4, 'Succeeded'),
    pod(undefined, 8, 'Pending'),
    pod('gpu-l4-2', 1),
    pod('gpu-a100-1', 8),
  ];
  const inventory = gpuInventory(nodes, pods, {
    tolerations: GPU_POD_TOLERATIONS,
    podScope: 'ALL_NAMESPACES',
  });

  it('sums allocatable minus requested over schedulable nodes, by product', () => {
    expect(inventory.products).toEqual([
      { product: A100, nodes: 1, allocatable: 8, requested: 4, free: 4, largestFreeOnANode: 4 },
      { product: L4, nodes: 1, allocatable: 4, requested: 1, free: 3, largestFreeOnANode: 3 },
    ]);
    expect(freeOf(inventory, A100)).toBe(4);
    expect(freeOf(inventory, null)).toBe(7);
    expect(freeOf(inventory, 'NVIDIA-B200')).toBe(0);
  });

  it('leaves out cordoned, not Ready and tainted nodes, saying why', () => {
    const excluded = Object.fromEntries(
      inventory.nodes.filter((n) => !n.schedulable).map((n) => [n.name, n.excludedBecause]),
    );
    expect(excluded).toEqual({
      'gpu-a100-1': 'cordoned',
      'gpu-h100-4': 'tainted dedicated=training:NoSchedule',
      'gpu-l4-3': 'not Ready',
    });
    expect(inventory.nodes.map((n) => n.name)).not.toContain('cpu-0');
  });

  it('counts a pod by its requests, a limit alone, or its largest init container', () => {
    expect(
      podGpus({
        spec: {
          containers: [
            { resources: { limits: { 'nvidia.com/gpu': '2' } } },
            { resources: { requests: { 'nvidia.com/gpu': '1' } } },
          ],
          initContainers: [{ resources: { requests: { 'nvidia.com/gpu': '4' } } }],
        },
      }),
    ).toBe(4);
    expect(podGpus({ spec: { containers: [{}] } })).toBe(0);
  });

  it('does not count a GPU taint that is NoExecute as tolerated', () => {
    const strict = gpuInventory(
      [
        node('n', 8, A100, {
          taints: [{ key: 'nvidia.com/gpu', value: null, effect: 'NoExecute' }],
        }),
      ],
      [],
      { tolerations: GPU_POD_TOLERATIONS, podScope: 'MANAGED_NAMESPACES' },
    );
    expect(strict.products).toEqual([]);
    expect(strict.podScope).toBe('MANAGED_NAMESPACES');
  });
});

describe('the GPUs a rollout needs beyond those it frees', () => {
  it('counts only the difference when the product stays', () => {
    const l4 = (gpus: number) => ({ gpus, product: L4 });
    expect(extraGpusNeeded({ replicas: 2, from: l4(1), to: l4(2) })).toBe(2);
    expect(extraGpusNeeded({ replicas: 3, from: l4(2), to: l4(1) })).toBe(0);
  });

  it('needs every GPU of a new product, and all of them for a first release', () => {
    expect(
      extraGpusNeeded({
        replicas: 3,
        from: { gpus: 1, product: L4 },
        to: { gpus: 1, product: A100 },
      }),
    ).toBe(3);
    expect(extraGpusNeeded({ replicas: 2, from: null, to: { gpus: 4, product: A100 } })).toBe(8);
    // A release that selects no product can take the GPUs the old pods free.
    expect(
      extraGpusNeeded({
        replicas: 2,
        from: { gpus: 1, product: L4 },
        to: { gpus: 1, product: null },
      }),
    ).toBe(0);
  });
});

describe('what a deployment could serve (the example of docs/capacity.md)', () => {
  const reading = (extra: Partial<PodReading> = {}): PodReading => ({
    pod: 'chat-0',
    createdAt: '2026-12-01T00:00:00Z',
    gpus: 2,
    product: L4,
    capacity: 'ON_DEMAND',
    promptTokens: 0,
    generationTokens: 0,
    running: 4,
    maxRunning: 16,
    kvCacheUsage: 0.25,
    ...extra,
  });
  const sample = (pods: PodReading[]): UsageSample => ({
    deploymentId: 'd1',
    at: new Date('2026-12-01T01:00:00Z'),
    namespace: 'ml-prod',
    name: 'chat',
    environment: 'PROD',
    pods,
  });
  // One hour: 2 GPUs held (7200 GPU-seconds), 25 % used (1800), 900 000 tokens served.
  const usage = {
    deploymentId: 'd1',
    namespace: 'ml-prod',
    name: 'chat',
    environment: 'PROD',
    total: {
      ...emptyFigures(),
      gpuSeconds: 7200,
      busyGpuSeconds: 7200,
      usedGpuSeconds: 1800,
      promptTokens: 600_000,
      generationTokens: 300_000,
    },
    days: new Map(),
  };

  it('measures tokens per fully occupied GPU and the headroom before the engine is full', () => {
    const c = deploymentCapacity(usage, [sample([reading()])], 3600, (product) =>
      product === L4 ? 3 : 0,
    );
    expect(c).toMatchObject({
      gpuProduct: L4,
      gpus: 2,
      tokensPerSecond: 250,
      utilisation: 0.25,
      tokensPerSecondPerGpu: 500,
      couldServeTokensPerSecond: 1000,
      headroomTokensPerSecond: 750,
      couldServeWithFreeGpusTokensPerSecond: 2500,
      note: null,
    });
  });

  it('takes the load over the time it held GPUs, not over the whole window', () => {
    // Deployed ten minutes before: 2 GPUs × 600 s held, the same tokens.
    const recent = deploymentCapacity(
      { ...usage, total: { ...usage.total, gpuSeconds: 1200, usedGpuSeconds: 300 } },
      [sample([reading()])],
      3600,
      () => 0,
    );
    expect(recent.tokensPerSecond).toBe(1500);
    expect(recent.tokensPerSecondPerGpu).toBe(3000);
  });

  it('says it cannot know without occupancy readings or without tokens', () => {
    const blind = deploymentCapacity(
      usage,
      [sample([reading({ maxRunning: null, kvCacheUsage: null })])],
      3600,
      () => 3,
    );
    expect(blind.couldServeTokensPerSecond).toBeNull();
    expect(blind.headroomTokensPerSecond).toBeNull();
    expect(blind.note).toMatch(/neither KV-cache usage nor a request limit/);
    const quiet = deploymentCapacity(
      { ...usage, total: { ...usage.total, promptTokens: 0, generationTokens: 0 } },
      [sample([reading()])],
      3600,
      () => 3,
    );
    expect(quiet.tokensPerSecondPerGpu).toBeNull();
    expect(quiet.note).toMatch(/served no tokens/);
    const empty = deploymentCapacity(
      { ...usage, total: { ...usage.total, usedGpuSeconds: 0 } },
      [sample([reading({ kvCacheUsage: 0, running: 0 })])],
      3600,
      () => 3,
    );
    expect(empty.couldServeTokensPerSecond).toBeNull();
    expect(empty.note).toMatch(/never occupied/);
  });

  it('says when the figures are extrapolated from a low occupancy', () => {
    const c = deploymentCapacity(
      { ...usage, total: { ...usage.total, usedGpuSeconds: 720 } },
      [sample([reading()])],
      3600,
      () => 0,
    );
    expect(c.couldServeTokensPerSecond).toBe(2500);
    expect(c.note).toBe('Extrapolated from 10 % occupancy: a rough upper estimate.');
  });

  it('leaves the free GPUs out when they are not known', () => {
    const c = deploymentCapacity(usage, [sample([reading()])], 3600, null);
    expect(c.couldServeTokensPerSecond).toBe(1000);
    expect(c.couldServeWithFreeGpusTokensPerSecond).toBeNull();
  });
});
