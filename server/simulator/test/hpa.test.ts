import {
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  KubeConfig,
  type V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/index.ts';
import { kubectlFor, vllmDeployment, waitFor } from './helpers.ts';

const ns = 'scaling';

function hpa(
  name: string,
  metrics: V2HorizontalPodAutoscaler['spec'] extends infer S
    ? S extends { metrics?: infer M }
      ? M
      : never
    : never,
): V2HorizontalPodAutoscaler {
  return {
    metadata: { name },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: 1,
      maxReplicas: 4,
      metrics,
      behavior: { scaleDown: { stabilizationWindowSeconds: 0 } },
    },
  };
}

describe('the horizontal pod autoscaler controller', () => {
  let sim: RunningSimulator;
  let apps: AppsV1Api;
  let autoscaling: AutoscalingV2Api;

  beforeAll(async () => {
    sim = await startSimulator({ fleet: 'empty', nodes: 4, acceleration: 60 });
    const kc = new KubeConfig();
    kc.loadFromString(sim.kubeconfig());
    apps = kc.makeApiClient(AppsV1Api);
    autoscaling = kc.makeApiClient(AutoscalingV2Api);
    await kc.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
  });
  afterAll(() => sim?.stop());

  it('scales a model server down on a pods metric, within its minimum, and says so in its status', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: vllmDeployment('quiet', 3) });
    await autoscaling.createNamespacedHorizontalPodAutoscaler({
      namespace: ns,
      body: hpa('quiet', [
        {
          type: 'Pods',
          pods: {
            metric: { name: 'vllm:num_requests_waiting' },
            target: { type: 'AverageValue', averageValue: '1000' },
          },
        },
      ]),
    });
    const status = await waitFor(
      'the scale-down',
      async () => {
        const h = await autoscaling.readNamespacedHorizontalPodAutoscaler({
          namespace: ns,
          name: 'quiet',
        });
        // Scaled, and looked at again after the scale.
        return h.status?.desiredReplicas === 1 &&
          h.status.currentReplicas === 1 &&
          h.status.lastScaleTime
          ? h.status
          : undefined;
      },
      60_000,
    );
    expect(
      (await apps.readNamespacedDeployment({ namespace: ns, name: 'quiet' })).spec?.replicas,
    ).toBe(1);
    expect(status.currentMetrics?.[0]).toMatchObject({
      type: 'Pods',
      pods: { metric: { name: 'vllm:num_requests_waiting' } },
    });
    expect(status.conditions?.find((c) => c.type === 'ScalingActive')).toMatchObject({
      status: 'True',
      reason: 'ValidMetricFound',
    });
    expect(status.conditions?.find((c) => c.type === 'ScalingLimited')).toMatchObject({
      status: 'True',
      reason: 'TooFewReplicas',
    });
    const kubectl = await kubectlFor(sim);
    try {
      expect(await kubectl('get', 'hpa', 'quiet', '-n', ns)).toMatch(
        /quiet\s+Deployment\/quiet\s+\S+\s+1\s+4\s+1/,
      );
    } finally {
      await kubectl.cleanup();
    }
  });

  it('cannot scale on cpu without a metrics server, and says why as the controller does', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: vllmDeployment('cpu', 2) });
    await autoscaling.createNamespacedHorizontalPodAutoscaler({
      namespace: ns,
      body: hpa('cpu', [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
        },
      ]),
    });
    const active = await waitFor(
      'the ScalingActive condition',
      async () =>
        (
          await autoscaling.readNamespacedHorizontalPodAutoscaler({ namespace: ns, name: 'cpu' })
        ).status?.conditions?.find((c) => c.type === 'ScalingActive'),
      60_000,
    );
    expect(active).toMatchObject({
      status: 'False',
      reason: 'FailedGetResourceMetric',
      message:
        'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API',
    });
    expect(
      (await apps.readNamespacedDeployment({ namespace: ns, name: 'cpu' })).spec?.replicas,
    ).toBe(2);
  });
});
