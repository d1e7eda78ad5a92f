import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
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
  renderTrafficObjects,
  startupFailureThreshold,
} from './manifests.ts';
import { RUNTIME_PROFILES } from './runtimes.ts';
import { samplePlacement, sampleSpec } from './testdata.ts';

/** Validates against the Kubernetes OpenAPI schema; throws with every violation. */
function validate(object: KubeObject): void {
  const models = { Deployment, Service, PodDisruptionBudget, HTTPRoute } as const;
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

describe('traffic routing behind a Gateway', () => {
  const gateway = { namespace: 'gateway-system', name: 'inference' };

  it('weighs a Service per track in an HTTPRoute valid against the Gateway API schema', () => {
    const objects = renderTrafficObjects(sampleSpec('VLLM'), samplePlacement, {
      gateway,
      canaryWeight: 5,
      mirrorPercent: null,
    });
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      `HTTPRoute/${samplePlacement.name}`,
      `Service/${samplePlacement.name}-stable`,
      `Service/${samplePlacement.name}-canary`,
    ]);
    for (const object of objects) expect(() => validate(object)).not.toThrow();
    const [route, stable, canary] = objects as [KubeObject, KubeObject, KubeObject];
    const rule = (route.spec.rules as { backendRefs: unknown[]; filters: { type: string }[] }[])[0];
    expect(rule?.backendRefs).toEqual([
      { name: `${samplePlacement.name}-stable`, port: 8000, weight: 95 },
      { name: `${samplePlacement.name}-canary`, port: 8000, weight: 5 },
    ]);
    expect(rule?.filters.map((f) => f.type)).toEqual(['URLRewrite']);
    expect(route.spec.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', ...gateway },
    ]);
    expect(stable.spec.selector).toEqual({
      'backline.dev/deployment': samplePlacement.name,
      'backline.dev/track': 'stable',
    });
    expect((canary.spec.selector as Record<string, string>)['backline.dev/track']).toBe('canary');
    // The schema check can fail: a negative weight is not a route.
    const broken = structuredClone(route);
    const [brokenRule] = broken.spec.rules as { backendRefs: { weight: number }[] }[];
    for (const ref of brokenRule?.backendRefs ?? []) ref.weight = -1;
    expect(() => validate(broken)).toThrow(/weight/);
  });

  it('mirrors a share of the requests to the canary in a shadow step', () => {
    const [route] = renderTrafficObjects(sampleSpec('TGI'), samplePlacement, {
      gateway,
      canaryWeight: 0,
      mirrorPercent: 20,
    });
    expect(() => validate(route as KubeObject)).not.toThrow();
    const rule = ((route as KubeObject).spec.rules as Record<string, unknown>[])[0] as {
      filters: Record<string, unknown>[];
      backendRefs: { weight: number }[];
    };
    expect(rule.backendRefs.map((b) => b.weight)).toEqual([100, 0]);
    expect(rule.filters[1]).toEqual({
      type: 'RequestMirror',
      requestMirror: {
        backendRef: { name: `${samplePlacement.name}-canary`, port: RUNTIME_PROFILES.TGI.port },
        percent: 20,
      },
    });
  });
});
