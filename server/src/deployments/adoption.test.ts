import { describe, expect, it } from 'vitest';
import type { KubeManifest } from '../kube/index.ts';
import {
  adoptedManifests,
  checkDryRun,
  diffText,
  engineOf,
  modelNameOf,
  pinnedImage,
  planAdoption,
} from './adoption.ts';
import type { AdoptedWorkload, ObservedDeploymentRecord } from './deployments.types.ts';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

const record: ObservedDeploymentRecord = {
  id: '6659fccd-ee2e-4973-86b7-f283585029d1',
  namespace: 'ml-prod',
  name: 'chat',
  environment: 'PROD',
  replicas: 2,
  strategy: 'ROLLING',
  sloErrorRatio: null,
  sloTtftP95Ms: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  createdBy: 'discovery',
  managed: false,
  observed: {
    kind: 'Deployment',
    runtime: 'VLLM',
    container: 'vllm',
    image: 'vllm/vllm-openai:v0.9.2',
    model: 'meta-llama/Llama-3.1-8B-Instruct',
    modelSource: 'hf://meta-llama/Llama-3.1-8B-Instruct',
    servedModelName: null,
    port: 8000,
    gpusPerReplica: 1,
    gpuProduct: 'NVIDIA-A100-SXM4-80GB',
    tensorParallelSize: null,
    evidence: ['image vllm/vllm-openai'],
    selector: { app: 'chat' },
  },
};

function workload(changes: { metadata?: object; spec?: object; status?: object } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'chat',
      namespace: 'ml-prod',
      generation: 3,
      labels: { app: 'chat', 'app.kubernetes.io/managed-by': 'Helm' },
      managedFields: [
        { manager: 'helm', operation: 'Apply' },
        { manager: 'kube-controller-manager', operation: 'Update', subresource: 'status' },
      ],
      ...changes.metadata,
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'chat' } },
      template: {
        metadata: { labels: { app: 'chat' } },
        spec: {
          containers: [
            {
              name: 'vllm',
              image: 'vllm/vllm-openai:v0.9.2',
              args: [
                '--model',
                'meta-llama/Llama-3.1-8B-Instruct',
                '--port=8000',
                '--max-model-len',
                '16384',
                '--enable-prefix-caching',
              ],
              env: [
                { name: 'HF_HOME', value: '/cache' },
                { name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: 'hf', key: 'token' } } },
                { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
              ],
              resources: { requests: { cpu: '4', memory: '32Gi' }, limits: { memory: '48Gi' } },
              startupProbe: { httpGet: { path: '/health', port: 8000 }, failureThreshold: 60 },
            },
          ],
        },
      },
      ...changes.spec,
    },
    status: { observedGeneration: 3, replicas: 2, updatedReplicas: 2, ...changes.status },
  } as unknown as KubeManifest;
}

function pod(name: string, digest: string | null): KubeManifest {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'ml-prod', labels: { app: 'chat' } },
    status: {
      phase: 'Running',
      containerStatuses: [
        { name: 'vllm', imageID: digest ? `docker.io/vllm/vllm-openai@${digest}` : '' },
      ],
    },
  };
}

const pods = [pod('chat-1', DIGEST), pod('chat-2', DIGEST)];

describe('planning an adoption', () => {
  it('imports what runs as a release pinned to the digest, and shows what Backline would change', () => {
    const plan = planAdoption({ record, workload: workload(), pods, models: [] });
    expect(plan.reasons).toEqual([]);
    expect(plan.adoptable).toBe(true);
    expect(plan.digest).toBe(DIGEST);
    expect(plan.spec).toMatchObject({
      modelName: 'llama-3-1-8b-instruct',
      runtime: 'VLLM',
      image: `vllm/vllm-openai@${DIGEST}`,
      model: { source: 'hf://meta-llama/Llama-3.1-8B-Instruct', revision: 'main' },
      engine: { maxModelLength: 16384, extraArgs: ['--enable-prefix-caching'] },
      resources: { gpus: 1, gpuProduct: 'NVIDIA-A100-SXM4-80GB', cpu: '4', memory: '48Gi' },
      env: [{ name: 'HF_TOKEN', secretRef: { name: 'hf', key: 'token' } }],
      expectedLoadSeconds: 300,
    });
    expect(plan.releaseId).toMatch(/^rel-[0-9a-f]{16}$/);
    expect(plan.model).toMatchObject({
      existingId: null,
      name: 'llama-3-1-8b-instruct',
      parameterCountBillions: 8,
      contextLength: 16384,
    });
    // The controllers' status entry is no manager of its fields.
    expect(plan.previousManagers).toEqual(['helm']);
    expect(plan.managedByLabel).toBe('Helm');
    expect(plan.warnings.join('\n')).toMatch(/helm applies it too/);
    expect(plan.warnings.join('\n')).toMatch(/POD_IP will be missing from the first rollout/);
    // The live template and selector are applied as they are: only labels and settings change.
    expect(plan.manifest?.spec.template).toEqual(
      (workload().spec as { template: unknown }).template,
    );
    expect(plan.changes.some((c) => c.path.startsWith('spec.template'))).toBe(false);
    expect(plan.changes).toContainEqual({
      object: 'Deployment/chat',
      path: 'metadata.labels.app.kubernetes.io/managed-by',
      live: 'Helm',
      applied: 'backline',
    });
    expect(diffText(plan.changes)).toContain(
      '  Deployment/chat metadata.labels.app.kubernetes.io/managed-by\n-   "Helm"\n+   "backline"',
    );
  });

  it('reuses a registered model of the same weights, and names a new one apart from a taken name', () => {
    const same = planAdoption({
      record,
      workload: workload(),
      pods,
      models: [
        {
          id: 'm1',
          name: 'llama',
          source: 'hf://meta-llama/Llama-3.1-8B-Instruct',
          revision: 'main',
        },
      ],
    });
    expect(same.model).toMatchObject({ existingId: 'm1', name: 'llama' });
    expect(same.spec?.modelName).toBe('llama');
    const taken = planAdoption({
      record,
      workload: workload(),
      pods,
      models: [
        { id: 'm2', name: 'llama-3-1-8b-instruct', source: 'hf://other/x', revision: 'main' },
      ],
    });
    expect(taken.model).toMatchObject({ existingId: null, name: 'llama-3-1-8b-instruct-2' });
  });

  it('refuses a server mid-rollout, whose pods run different images', () => {
    const plan = planAdoption({
      record,
      workload: workload(),
      pods: [pod('chat-1', DIGEST), pod('chat-2', OTHER)],
      models: [],
    });
    expect(plan.adoptable).toBe(false);
    expect(plan.reasons).toEqual([
      `Its pods run different images (chat-1 on ${DIGEST.slice(0, 19)}…; chat-2 on ${OTHER.slice(0, 19)}…): a rollout is under way. Adopt it once every pod runs the same image.`,
    ]);
    expect(plan.spec).toBeNull();
  });

  it('refuses while the controller has not caught up with a new template', () => {
    const plan = planAdoption({
      record,
      workload: workload({ status: { observedGeneration: 2 } }),
      pods,
      models: [],
    });
    expect(plan.reasons).toEqual([
      'A rollout is under way (not every replica runs the current pod template); adopt it once it has finished.',
    ]);
  });

  it('refuses when no pod says which digest it runs', () => {
    const none = planAdoption({
      record,
      workload: workload(),
      pods: [pod('chat-1', null)],
      models: [],
    });
    expect(none.reasons).toEqual([
      'No pod reports the digest of the image it runs (status.containerStatuses[].imageID is empty on chat-1), so the release cannot be pinned; adopt it once its pods are running.',
    ]);
    const noPods = planAdoption({ record, workload: workload(), pods: [], models: [] });
    expect(noPods.reasons[0]).toMatch(/^No pod of it runs/);
  });

  it('refuses a StatefulSet, a workload another controller owns, and a model it cannot name', () => {
    const statefulSet = planAdoption({
      record: { ...record, observed: { ...record.observed, kind: 'StatefulSet' } },
      workload: { ...workload(), kind: 'StatefulSet' },
      pods,
      models: [],
    });
    expect(statefulSet.reasons[0]).toMatch(
      /^ml-prod\/chat is a StatefulSet; Backline runs model servers as Deployments/,
    );
    const owned = planAdoption({
      record,
      workload: workload({
        metadata: {
          ownerReferences: [
            { kind: 'InferenceService', name: 'chat', controller: true },
            { kind: 'ConfigMap', name: 'settings' },
          ],
        },
      }),
      pods,
      models: [],
    });
    expect(owned.reasons).toEqual([
      'ml-prod/chat is controlled by InferenceService chat (its ownerReferences): that controller would undo whatever Backline applies. Adopt what it comes from, or detach it first.',
    ]);
    expect(owned.warnings).toContain(
      'ml-prod/chat names ConfigMap settings as an owner; deleting that owner deletes it.',
    );
    const gguf = planAdoption({
      record: {
        ...record,
        observed: { ...record.observed, modelSource: null, model: '/models/chat.gguf' },
      },
      workload: workload(),
      pods,
      models: [],
    });
    expect(gguf.reasons).toEqual([
      'Backline cannot tell its model as a catalog source (hf://org/repo or ollama://name:tag): it serves /models/chat.gguf, and a release must name one.',
    ]);
    expect(gone()).toEqual(['No Deployment chat runs in ml-prod now.']);
  });

  it('warns of an autoscaler that scales it, and of autoscalers it could not read', () => {
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'chat-hpa', namespace: 'ml-prod' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'chat' } },
    };
    const scaled = planAdoption({
      record,
      workload: workload(),
      pods,
      models: [],
      autoscalers: [hpa],
    });
    expect(scaled.adoptable).toBe(true);
    expect(scaled.warnings).toContain(
      'HorizontalPodAutoscaler chat-hpa scales it, and Backline sets its replicas on every apply: the two would fight. Remove the autoscaler, or scale it through Backline only.',
    );
    const unread = planAdoption({
      record,
      workload: workload(),
      pods,
      models: [],
      autoscalers: null,
    });
    expect(unread.warnings.join('\n')).toMatch(
      /could not read the namespace’s HorizontalPodAutoscalers/,
    );
  });

  it('refuses when a dry run of the apply would change the pod template', () => {
    const plan = planAdoption({ record, workload: workload(), pods, models: [] });
    const live = workload();
    const result = structuredClone(live) as unknown as { spec: { template: { metadata: object } } };
    result.spec.template.metadata = { labels: { app: 'chat', extra: 'x' } };
    checkDryRun(plan, live, result as unknown as KubeManifest);
    expect(plan.adoptable).toBe(false);
    expect(plan.reasons).toEqual([
      'Applying it would change the pod template (spec.template.metadata.labels.extra), which restarts every pod.',
    ]);
  });
});

function gone(): string[] {
  return planAdoption({ record, workload: null, pods: [], models: [] }).reasons;
}

describe('the shape an adopted deployment keeps', () => {
  const plan = planAdoption({ record, workload: workload(), pods, models: [] });
  const adopted: AdoptedWorkload = {
    releaseId: plan.releaseId ?? '',
    selector: { app: 'chat' },
    template: plan.template ?? {},
    previousManagers: ['helm'],
    managedByLabel: 'Helm',
    observed: record.observed,
    at: '2026-12-07T00:00:00.000Z',
    by: 'admin',
  };
  const placement = {
    namespace: 'ml-prod',
    name: 'chat',
    environment: 'PROD' as const,
    replicas: 2,
    track: 'stable' as const,
    releaseId: adopted.releaseId,
  };
  const spec = plan.spec;
  if (!spec) throw new Error('the plan has no release');

  it('applies its live template and selector while the adopted release runs, and no Service of its own', () => {
    const objects = adoptedManifests(adopted, spec, placement);
    expect(objects.map((o) => o.kind)).toEqual(['Deployment']);
    expect(objects[0]?.spec.selector).toEqual({ matchLabels: { app: 'chat' } });
    expect(objects[0]?.spec.template).toEqual(adopted.template);
    expect(objects[0]?.metadata.labels['backline.dev/release']).toBe(adopted.releaseId);
  });

  it("renders Backline's template for another release, with the selector's labels on its pods", () => {
    const [stable] = adoptedManifests(adopted, spec, {
      ...placement,
      releaseId: 'rel-0000000000000001',
    });
    const template = stable?.spec.template as { metadata: { labels: Record<string, string> } };
    expect(stable?.spec.selector).toEqual({ matchLabels: { app: 'chat' } });
    expect(template.metadata.labels).toMatchObject({
      app: 'chat',
      'backline.dev/release': 'rel-0000000000000001',
    });
    const [canary] = adoptedManifests(adopted, spec, {
      ...placement,
      track: 'canary',
      releaseId: 'rel-0000000000000001',
    });
    // The canary keeps its own selector, and its pods carry the label the team's Service selects.
    expect(canary?.spec.selector).toEqual({
      matchLabels: { 'backline.dev/deployment': 'chat', 'backline.dev/track': 'canary' },
    });
    expect((canary?.spec.template as typeof template | undefined)?.metadata.labels.app).toBe(
      'chat',
    );
  });

  it('renders a deployment Backline created as before', () => {
    expect(adoptedManifests(null, spec, placement).map((o) => o.kind)).toEqual([
      'Deployment',
      'Service',
      'PodDisruptionBudget',
    ]);
  });
});

describe('reading what a server runs', () => {
  it('keeps the engine flags a release sets and the rest as extra arguments', () => {
    expect(
      engineOf('VLLM', [
        '--model',
        'org/m',
        '--revision',
        'abc',
        '--tensor-parallel-size=2',
        '--dtype',
        'bfloat16',
        '--host',
        '0.0.0.0',
        '--enable-chunked-prefill',
        '--max-num-seqs',
        '64',
      ]),
    ).toEqual({
      engine: {
        tensorParallelSize: 2,
        dtype: 'bfloat16',
        extraArgs: ['--enable-chunked-prefill', '--max-num-seqs', '64'],
      },
      revision: 'abc',
    });
    expect(engineOf('SGLANG', ['--model-path', 'x/y', '--tp', '4', '--enable-metrics'])).toEqual({
      engine: { tensorParallelSize: 4 },
      revision: null,
    });
  });

  it('pins an image to a digest and names a model as a DNS label', () => {
    expect(pinnedImage('vllm/vllm-openai:v0.9.2', DIGEST)).toBe(`vllm/vllm-openai@${DIGEST}`);
    expect(pinnedImage('localhost:5000/vllm:v1', DIGEST)).toBe(`localhost:5000/vllm@${DIGEST}`);
    expect(modelNameOf('Qwen/Qwen2.5-7B-Instruct')).toBe('qwen2-5-7b-instruct');
  });
});
