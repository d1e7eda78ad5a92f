import { describe, expect, it } from 'vitest';
import type { CatalogService } from '../catalog/index.ts';
import type { InventoryResult } from '../costs/index.ts';
import type { DeploymentRecord, DeploymentsService } from '../deployments/index.ts';
import type { ClusterClient } from '../kube/index.ts';
import type { Logger } from '../logging/index.ts';
import { RolloutController } from './rollouts.controller.ts';
import type { RolloutPlan, RolloutsService } from './rollouts.service.ts';
import type { RolloutRecord } from './rollouts.types.ts';

const L4 = 'NVIDIA-L4';
const A100 = 'NVIDIA-A100-SXM4-80GB';

const rollout = {
  id: 'r1',
  namespace: 'ml-prod',
  name: 'chat',
  strategy: 'ROLLING',
  state: 'PENDING',
  fromReleaseId: 'old',
  toReleaseId: 'new',
  currentStep: 0,
  steps: [{ weightPercent: 100, analysisSeconds: 60, startedAt: null, finishedAt: null }],
  version: 1,
} as unknown as RolloutRecord;

const deployment = { namespace: 'ml-prod', name: 'chat', replicas: 2 } as DeploymentRecord;

const inventory = (free: Record<string, number>): InventoryResult => ({
  known: true,
  inventory: {
    podScope: 'ALL_NAMESPACES',
    nodes: [],
    products: Object.entries(free).map(([product, n]) => ({
      product,
      nodes: 1,
      allocatable: 8,
      requested: 8 - n,
      free: n,
      largestFreeOnANode: n,
    })),
  },
});

/** The plan the controller makes for a PENDING rollout from `old` to `new`. */
async function startPlan(
  releases: Record<string, { gpus: number; gpuProduct?: string }>,
  capacity: InventoryResult | null,
): Promise<RolloutPlan | null> {
  let planned: RolloutPlan | null = null;
  const controller = new RolloutController({
    rollouts: {
      subscribe: () => (async function* () {})(),
      active: async () => [rollout],
      transition: async (
        _actor: unknown,
        _id: string,
        _version: number | null,
        plan: (r: RolloutRecord, d: DeploymentRecord) => RolloutPlan | null,
      ) => {
        planned = plan(rollout, deployment);
        return null;
      },
    } as unknown as RolloutsService,
    deployments: {
      get: async () => deployment,
      live: () => ({ deployments: [], pods: [], events: [] }),
    } as unknown as DeploymentsService,
    catalog: {
      getRelease: async (id: string) =>
        releases[id]
          ? { id, spec: { resources: { cpu: '1', memory: '1Gi', ...releases[id] } } }
          : null,
    } as unknown as CatalogService,
    client: {} as ClusterClient,
    clock: { now: () => new Date('2026-12-01T00:00:00Z') },
    logger: { error: () => {}, warn: () => {}, info: () => {} } as unknown as Logger,
    ...(capacity ? { capacity: { inventory: async () => capacity } } : {}),
  });
  // One pass: start runs it at once; the timer's next is a minute away.
  controller.start(60_000);
  await controller.idle();
  await controller.stop();
  return planned;
}

describe('the GPU check before a rollout starts', () => {
  it('pauses, with the numbers, when the new product has too few free GPUs', async () => {
    const plan = await startPlan(
      { old: { gpus: 1, gpuProduct: L4 }, new: { gpus: 4, gpuProduct: A100 } },
      inventory({ [A100]: 6, [L4]: 4 }),
    );
    expect(plan?.action).toBe('PAUSE');
    expect(plan?.rollout?.reason).toBe(
      `It needs 8 more ${A100} GPUs than the release it replaces frees, and 6 are free on schedulable nodes. Free GPUs or add nodes, then resume it.`,
    );
    expect(plan?.deployment).toBeUndefined();
    expect(plan?.audit?.details).toMatchObject({ automatic: true, gpusNeeded: 8, gpusFree: 6 });
  });

  it('starts when the GPUs beyond those it frees are free', async () => {
    const plan = await startPlan(
      { old: { gpus: 1, gpuProduct: L4 }, new: { gpus: 2, gpuProduct: L4 } },
      inventory({ [L4]: 2 }),
    );
    expect(plan?.action).toBe('START');
    expect(plan?.message).not.toMatch(/GPUs/);
  });

  it('starts, saying the GPUs were not checked, when free GPUs are unknown', async () => {
    const plan = await startPlan(
      { old: { gpus: 1, gpuProduct: L4 }, new: { gpus: 4, gpuProduct: A100 } },
      { known: false, reason: 'Unknown: Backline may not list nodes.' },
    );
    expect(plan?.action).toBe('START');
    expect(plan?.message).toMatch(/GPUs not checked: Unknown: Backline may not list nodes\.$/);
  });

  it('does not ask when the rollout needs no more GPUs, or without a capacity source', async () => {
    const same = { old: { gpus: 1, gpuProduct: L4 }, new: { gpus: 1, gpuProduct: L4 } };
    expect((await startPlan(same, inventory({})))?.action).toBe('START');
    const bigger = { old: { gpus: 1, gpuProduct: L4 }, new: { gpus: 8, gpuProduct: A100 } };
    expect((await startPlan(bigger, null))?.action).toBe('START');
  });
});
