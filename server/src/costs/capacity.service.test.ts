import { describe, expect, it } from 'vitest';
import { type ClusterClient, KubeError, type KubeNode } from '../kube/index.ts';
import { CapacityService } from './capacity.service.ts';
import type { CostsService } from './costs.service.ts';

const forbidden = () =>
  new KubeError('FORBIDDEN', 403, 'nodes is forbidden', 'see the RBAC in k8s/ or the chart');

const node: KubeNode = {
  name: 'gpu-0',
  labels: { 'nvidia.com/gpu.product': 'NVIDIA-L4' },
  unschedulable: false,
  ready: true,
  taints: [],
  allocatable: { 'nvidia.com/gpu': '4' },
};

const pod = (namespace: string, gpus: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `p-${namespace}`, namespace },
  spec: {
    nodeName: 'gpu-0',
    containers: [{ resources: { requests: { 'nvidia.com/gpu': String(gpus) } } }],
  },
  status: { phase: 'Running' },
});

function service(client: Partial<ClusterClient> | null, pods: 'all' | 'managed' = 'managed') {
  const costs = {
    recentUsage: async () => ({ seconds: 3600, deployments: [] }),
  } as unknown as CostsService;
  return new CapacityService({
    client: client as ClusterClient | null,
    namespaces: ['ml-prod', 'not-yet'],
    pods,
    costs,
    clock: { now: () => new Date('2026-12-01T00:00:00Z') },
  });
}

describe('capacity without the permissions it needs', () => {
  it('says Backline may not list nodes rather than failing', async () => {
    const report = await service({
      listNodes: async () => {
        throw forbidden();
      },
    }).report();
    expect(report.known).toBe(false);
    expect(report.unknownReason).toMatch(/^Unknown: Backline may not list nodes\./);
    expect(report.inventory).toBeNull();
  });

  it('says so when pods in every namespace were asked for and are not granted', async () => {
    const result = await service(
      {
        listNodes: async () => [node],
        listAllNamespaces: async () => {
          throw forbidden();
        },
      },
      'all',
    ).inventory();
    expect(result).toEqual({
      known: false,
      reason: expect.stringMatching(/may not list pods in every namespace/),
    });
  });

  it('counts the managed namespaces’ pods by default, a missing namespace having none', async () => {
    const result = await service({
      listNodes: async () => [node],
      list: async (_v: string, _k: string, namespace: string) => {
        if (namespace === 'not-yet') throw new KubeError('NOT_FOUND', 404, 'gone', '');
        return [pod(namespace, 1)];
      },
    }).inventory();
    expect(result.known && result.inventory.podScope).toBe('MANAGED_NAMESPACES');
    expect(result.known && result.inventory.products[0]?.free).toBe(3);
  });

  it('says no cluster is connected without one', async () => {
    expect(await service(null).inventory()).toEqual({
      known: false,
      reason: 'Unknown: no cluster is connected.',
    });
  });
});
