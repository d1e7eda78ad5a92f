import { CoreV1Api, KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { createTestRelease, deployReady } from '../support/releases.ts';
import { type Call, caller, deployTo } from '../support/rollout-api.ts';
import { startTestServerOn, type TestServer } from '../support/server.ts';
import { storeKinds } from '../support/stores.ts';

const A100 = 'NVIDIA-A100-SXM4-80GB';
const L4 = 'NVIDIA-L4';

interface Capacity {
  known: boolean;
  unknownReason: string | null;
  podScope: string | null;
  products: {
    product: string;
    nodes: number;
    allocatable: number;
    requested: number;
    free: number;
    largestFreeOnANode: number;
  }[];
  nodes: { name: string; free: number; schedulable: boolean; excludedBecause: string | null }[];
  deployments: { namespace: string; name: string; gpus: number; gpuProduct: string | null }[];
}

const CAPACITY = `{ capacity { known unknownReason podScope
  products { product nodes allocatable requested free largestFreeOnANode }
  nodes { name free schedulable excludedBecause }
  deployments { namespace name gpus gpuProduct } } }`;

interface Rollout {
  state: string;
  reason: string | null;
  events: { to: string; message: string }[];
}

const ROLLOUT = `query($name: String!) { deployment(namespace: "ml-prod", name: $name) {
  status { pods { releaseId } } rollout { state reason events { to message } } } }`;

describe.each(storeKinds())('capacity through the simulated cluster on $name', (kind) => {
  // Three GPU nodes: gpu-a100-0 and gpu-a100-1 (8 A100s each) and gpu-l4-2 (4 L4s).
  let cluster: SimulatedCluster;
  let server: TestServer;
  let call: Call;
  let l4Release: string;

  const capacity = async () => (await call<{ capacity: Capacity }>(CAPACITY)).capacity;
  const product = (c: Capacity, name: string) => c.products.find((p) => p.product === name);

  /** A release of the same model, by its GPUs and product. */
  const release = async (gpus: number, gpuProduct: string, image: string) => {
    const created = await call<{ createRelease: { release: { id: string } } }>(
      `mutation($m: ID!, $gpus: Int!, $p: String!, $image: String!) { createRelease(input: { modelId: $m,
        runtime: VLLM, image: $image, resources: { gpus: $gpus, gpuProduct: $p, cpu: "2", memory: "16Gi" },
        expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: modelId, gpus, p: gpuProduct, image },
    );
    return created.createRelease.release.id;
  };
  let modelId: string;

  const rollout = async (name: string) =>
    (
      await call<{
        deployment: { status: { pods: { releaseId: string | null }[] }; rollout: Rollout | null };
      }>(ROLLOUT, { name })
    ).deployment;

  beforeAll(async () => {
    cluster = await startSimulatedCluster({
      acceleration: 20,
      trafficRps: 2,
      namespaces: ['ml-prod', 'research'],
    });
    server = await startTestServerOn(kind, {
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_HEALTH_INTERVAL: '300ms',
        BACKLINE_COST_SAMPLE_INTERVAL: '300ms',
        // The simulator's administrator may list pods everywhere, as the ClusterRole of
        // rbac.capacity.allPods lets Backline.
        BACKLINE_CAPACITY_PODS: 'all',
      },
    });
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    call = caller(() => server.url, cookie);
    const created = await createTestRelease(server.url, cookie, { gpuProduct: L4 });
    modelId = created.modelId;
    l4Release = created.releaseId;
    await deployReady(server.url, cookie, l4Release, 'chat');
    // A training job outside the managed namespaces holds 2 A100s on gpu-a100-0.
    await cluster.admin.makeApiClient(CoreV1Api).createNamespacedPod({
      namespace: 'research',
      body: {
        metadata: { name: 'training' },
        spec: {
          nodeName: 'gpu-a100-0',
          containers: [
            {
              name: 'train',
              image: 'pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime',
              resources: { requests: { 'nvidia.com/gpu': '2' }, limits: { 'nvidia.com/gpu': '2' } },
            },
          ],
        },
      },
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  it('counts free GPUs by product exactly: allocatable minus what the pods on each node request', async () => {
    const c = await capacity();
    expect(c).toMatchObject({ known: true, unknownReason: null, podScope: 'ALL_NAMESPACES' });
    expect(c.products).toEqual([
      { product: A100, nodes: 2, allocatable: 16, requested: 2, free: 14, largestFreeOnANode: 8 },
      { product: L4, nodes: 1, allocatable: 4, requested: 1, free: 3, largestFreeOnANode: 3 },
    ]);
    expect(c.nodes.map((n) => [n.name, n.free])).toEqual([
      ['gpu-a100-0', 6],
      ['gpu-a100-1', 8],
      ['gpu-l4-2', 3],
    ]);
    // The deployment, from its cost samples, holds its one L4.
    await expect
      .poll(async () => (await capacity()).deployments.find((d) => d.name === 'chat'), {
        timeout: 30_000,
      })
      .toMatchObject({ namespace: 'ml-prod', gpus: 1, gpuProduct: L4 });
  });

  it('leaves a cordoned node out, saying so', async () => {
    // As kubectl cordon does.
    await KubernetesObjectApi.makeApiClient(cluster.admin).patch(
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'gpu-a100-1' },
        spec: { unschedulable: true },
      },
      undefined,
      undefined,
      undefined,
      undefined,
      PatchStrategy.MergePatch,
    );
    const c = await capacity();
    expect(product(c, A100)).toEqual({
      product: A100,
      nodes: 1,
      allocatable: 8,
      requested: 2,
      free: 6,
      largestFreeOnANode: 6,
    });
    expect(c.nodes.find((n) => n.name === 'gpu-a100-1')).toMatchObject({
      schedulable: false,
      excludedBecause: 'cordoned',
    });
  });

  it('pauses a rollout that needs more GPUs of its product than are free, before it starts', async () => {
    // chat moves from one L4 to eight A100s: 8 needed, 6 free once gpu-a100-1 is cordoned.
    const big = await release(8, A100, 'vllm/vllm-openai:v0.9.2');
    await deployTo(call, 'chat', { releaseId: big, replicas: 1 });
    await expect
      .poll(async () => (await rollout('chat')).rollout?.state, { timeout: 30_000 })
      .toBe('PAUSED');
    const d = await rollout('chat');
    expect(d.rollout?.reason).toBe(
      `It needs 8 more ${A100} GPUs than the release it replaces frees, and 6 are free on schedulable nodes. Free GPUs or add nodes, then resume it.`,
    );
    expect(d.rollout?.events.map((e) => e.to)).toEqual(['PENDING', 'PAUSED']);
    // Nothing of the new release was started.
    expect(d.status.pods.map((p) => p.releaseId)).toEqual([l4Release]);
  });

  it('starts a rollout whose extra GPUs are free', async () => {
    // small moves from one L4 to two: 1 more needed, 2 free.
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    await deployReady(server.url, cookie, l4Release, 'small');
    expect(product(await capacity(), L4)?.free).toBe(2);
    const two = await release(2, L4, 'vllm/vllm-openai:v0.9.2');
    await deployTo(call, 'small', { releaseId: two, replicas: 1 });
    await expect
      .poll(async () => (await rollout('small')).rollout?.state, { timeout: 30_000 })
      .not.toBe('PENDING');
    expect((await rollout('small')).rollout?.events.map((e) => e.to).slice(0, 2)).toEqual([
      'PENDING',
      'PROGRESSING',
    ]);
  });
});
