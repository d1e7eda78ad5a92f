import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RUNTIMES } from './catalog.types.ts';
import {
  type KubeObject,
  renderDeployment,
  renderManifests,
  renderService,
  startupFailureThreshold,
} from './manifests.ts';
import { RUNTIME_PROFILES } from './runtimes.ts';
import { samplePlacement, sampleSpec } from './testdata.ts';

/** Validates against the Kubernetes OpenAPI schema; throws with every violation. */
function validate(object: KubeObject): void {
  const models = { Deployment, Service, PodDisruptionBudget } as const;
  const Model = models[object.kind as keyof typeof models];
  if (!Model) throw new Error(`no schema for ${object.kind}`);
  new Model(object as never).validate();
}

describe('runtime templates', () => {
  it.each(RUNTIMES)('renders valid, unchanged manifests for %s', async (runtime) => {
    const objects = renderManifests(sampleSpec(runtime), samplePlacement);
    expect(objects.map((o) => o.kind)).toEqual(['Deployment', 'Service', 'PodDisruptionBudget']);
    for (const object of objects) expect(() => validate(object)).not.toThrow();
    await expect(
      objects.map((o) => stringify(o, { aliasDuplicateObjects: false })).join('---\n'),
    ).toMatchFileSnapshot(`./__golden__/${runtime.toLowerCase()}.yaml`);
  });

  it('catches an invalid rendering through the schema (the check can fail)', () => {
    const [deployment] = renderManifests(sampleSpec('VLLM'), samplePlacement);
    const broken = structuredClone(deployment) as KubeObject;
    (broken.spec as { replicas: unknown }).replicas = 'two';
    expect(() => validate(broken)).toThrow(/replicas/);
  });

  it('replaces pods one at a time without surging, or all at once for RECREATE', () => {
    const rolling = renderDeployment(sampleSpec('VLLM'), samplePlacement);
    expect(rolling.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
    });
    const recreate = renderDeployment(sampleSpec('VLLM'), {
      ...samplePlacement,
      updateStrategy: 'Recreate',
    });
    expect(recreate.spec.strategy).toEqual({ type: 'Recreate' });
    expect(() => validate(recreate)).not.toThrow();
  });

  it('gives the startup probe at least twice the expected load time', () => {
    for (const seconds of [10, 120, 900, 3600]) {
      const threshold = startupFailureThreshold(seconds);
      expect(threshold * 10).toBeGreaterThanOrEqual(seconds * 2);
      expect(threshold * 10).toBeGreaterThanOrEqual(300);
    }
    const [deployment] = renderManifests(
      { ...sampleSpec('VLLM'), expectedLoadSeconds: 1800 },
      samplePlacement,
    );
    expect(JSON.stringify(deployment)).toContain('"failureThreshold":360');
  });

  it('asks for GPUs, schedules on the named product and tolerates the GPU taint', () => {
    const deployment = renderDeployment(sampleSpec('TGI'), samplePlacement);
    const pod = (deployment.spec.template as { spec: Record<string, unknown> }).spec;
    expect(pod.nodeSelector).toEqual({ 'nvidia.com/gpu.product': 'NVIDIA-L4' });
    expect(pod.tolerations).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    expect(JSON.stringify(pod)).toContain('"limits":{"memory":"32Gi","nvidia.com/gpu":"1"}');
  });

  it('passes secrets by reference only', () => {
    const text = JSON.stringify(renderManifests(sampleSpec('VLLM'), samplePlacement));
    expect(text).toContain('"valueFrom":{"secretKeyRef":{"name":"huggingface","key":"token"}}');
  });

  it('renders a canary as its own Deployment under the shared Service selector', () => {
    const objects = renderManifests(sampleSpec('SGLANG'), {
      ...samplePlacement,
      track: 'canary',
      replicas: 1,
    });
    expect(objects).toHaveLength(1);
    const [canary] = objects;
    expect(canary?.metadata.name).toBe('chat-canary');
    expect(canary?.metadata.labels).toMatchObject({
      'backline.dev/deployment': 'chat',
      'backline.dev/track': 'canary',
    });
    const service = renderService(sampleSpec('SGLANG'), samplePlacement);
    expect((service.spec as { selector: unknown }).selector).toEqual({
      'backline.dev/deployment': 'chat',
    });
  });

  it('probes each runtime where it reports health', () => {
    expect(RUNTIME_PROFILES.LLAMA_CPP.closedWhileLoading).toBe(false);
    for (const runtime of RUNTIMES) {
      const [deployment] = renderManifests(sampleSpec(runtime), samplePlacement);
      expect(JSON.stringify(deployment)).toContain(
        `"httpGet":{"path":"${RUNTIME_PROFILES[runtime].healthPath}","port":"http"}`,
      );
    }
  });
});
