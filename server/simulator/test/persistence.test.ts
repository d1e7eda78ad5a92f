import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { waitFor } from './helpers.ts';

const ready = (p: V1Pod) =>
  p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

describe('a simulated cluster with a data folder', () => {
  const running: RunningSimulator[] = [];
  let dir = '';
  afterAll(async () => {
    for (const sim of running) await sim.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function start(): Promise<{ sim: RunningSimulator; core: CoreV1Api; apps: AppsV1Api }> {
    const sim = await startSimulator({ fleet: 'empty', acceleration: 30, dataDir: dir });
    running.push(sim);
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    return { sim, core: kc.makeApiClient(CoreV1Api), apps: kc.makeApiClient(AppsV1Api) };
  }

  it('comes back on the same port with its objects, its pods restarting as after a node reboot', async () => {
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'sim-data-')), 'cluster');
    const first = await start();
    await first.core.createNamespace({ body: { metadata: { name: 'kept' } } });
    await first.apps.createNamespacedDeployment({
      namespace: 'kept',
      body: {
        metadata: { name: 'model' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'model' } },
          template: {
            metadata: { labels: { app: 'model' } },
            spec: {
              tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
              containers: [
                {
                  name: 'vllm',
                  image: 'vllm/vllm-openai:v0.10.1',
                  args: ['--model', 'Qwen/Qwen2.5-0.5B-Instruct'],
                  resources: { limits: { 'nvidia.com/gpu': '1', memory: '48Gi' } },
                  readinessProbe: { httpGet: { path: '/health', port: 8000 }, periodSeconds: 5 },
                },
              ],
            },
          },
        },
      },
    });
    const before = await waitFor(
      'a ready pod',
      async () => (await first.core.listNamespacedPod({ namespace: 'kept' })).items.find(ready),
      50_000,
    );
    const url = first.sim.url;
    await first.sim.stop();

    const second = await start();
    expect(second.sim.url).toBe(url);
    const pods = (await second.core.listNamespacedPod({ namespace: 'kept' })).items;
    expect(pods.map((p) => p.metadata?.uid)).toEqual([before.metadata?.uid]);
    const status = pods[0]?.status?.containerStatuses?.[0];
    expect(status?.ready).toBe(false);
    expect(status?.restartCount).toBe(1);
    expect(status?.lastState?.terminated).toMatchObject({ exitCode: 255, reason: 'Unknown' });
    const again = await waitFor(
      'the pod ready again',
      async () => (await second.core.listNamespacedPod({ namespace: 'kept' })).items.find(ready),
      50_000,
    );
    expect(again.metadata?.name).toBe(before.metadata?.name);
    // Only what the first run made: no second ReplicaSet, no second pod.
    expect((await second.apps.listNamespacedReplicaSet({ namespace: 'kept' })).items).toHaveLength(
      1,
    );
  });
});
