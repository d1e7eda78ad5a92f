import {
  type EnvVar,
  type KubeObject,
  type ModelRecord,
  modelRef,
  type Placement,
  parseReleaseSpec,
  type ReleaseSpec,
  RUNTIME_PROFILES,
  type Runtime,
  releaseId,
  renderManifests,
} from '../catalog/index.ts';
import type { KubeManifest } from '../kube/index.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import type { AdoptedWorkload, ObservedDeploymentRecord } from './deployments.types.ts';
import { detectDrift } from './drift.ts';

/** The label that says which tool manages an object; Backline's apply sets it to `backline`. */
export const MANAGED_BY = 'app.kubernetes.io/managed-by';

/** Tools that apply objects from a source of their own and would take them back on a sync. */
const DEPLOY_TOOLS = /helm|argo|flux|kustomize|kapp|pulumi|terraform|spinnaker/i;

/** A catalog model as adoption needs it: to reuse one that describes the same weights. */
export interface CatalogModel {
  id: string;
  name: string;
  source: string;
  revision: string;
}

/** The model adoption would register, or the registered one it reuses (`existingId`). */
export type AdoptionModel = Omit<ModelRecord, 'id' | 'createdAt'> & { existingId: string | null };

/** One field Backline's apply sets to another value than the live object has. */
export interface AdoptionChange {
  object: string;
  path: string;
  live: unknown;
  applied: unknown;
}

/** What adopting an observed server would do, or why it cannot be done without a restart. */
export interface AdoptionPlan {
  adoptable: boolean;
  /** Why it cannot be adopted, each a sentence; empty when it can. */
  reasons: string[];
  /** What to know before adopting: who else manages it, what the first rollout will drop. */
  warnings: string[];
  /** The image digest every pod runs (`sha256:…`), when there is one. */
  digest: string | null;
  model: AdoptionModel | null;
  spec: ReleaseSpec | null;
  releaseId: string | null;
  /** The Deployment Backline would apply; null when it cannot be adopted. */
  manifest: KubeObject | null;
  /** The fields Backline would set to another value than they have. */
  changes: AdoptionChange[];
  /** Field managers that set the Deployment's fields now. */
  previousManagers: string[];
  selector: Record<string, string>;
  template: Record<string, unknown> | null;
  /** The `app.kubernetes.io/managed-by` label it has (null: none). */
  managedByLabel: string | null;
}

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const rec = (v: unknown): Loose => (isRecord(v) ? v : {});
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Pods that count: not being deleted, not finished. */
function activePods(pods: readonly KubeManifest[]): KubeManifest[] {
  return pods.filter((p) => {
    const phase = str(rec(p.status).phase);
    return !rec(p.metadata).deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
  });
}

/** `docker.io/vllm/vllm-openai@sha256:…` → `sha256:…`. */
function digestOf(imageID: string | undefined): string | null {
  const match = /@(sha256:[0-9a-f]{64})$/.exec(imageID ?? '');
  return match?.[1] ?? null;
}

/** `vllm/vllm-openai:v0.9.2` (or already `…@sha256:…`) pinned to `digest`. */
export function pinnedImage(image: string, digest: string): string {
  const repository = image.split('@')[0]?.replace(/:[^/]*$/, '') ?? image;
  return `${repository}@${digest}`;
}

/** A DNS-1123 label from a model's repository name: `Llama-3.1-8B-Instruct` → `llama-3-1-8b-instruct`. */
export function modelNameOf(model: string): string {
  const last = model.split('/').at(-1) ?? model;
  return (
    last
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63)
      .replace(/-+$/, '') || 'model'
  );
}

/** Flags of each runtime that a release renders from its own fields, with their engine setting. */
const ENGINE_FLAGS: Record<Runtime, Record<string, keyof ReleaseSpec['engine'] | null>> = {
  VLLM: {
    '--model': null,
    '--revision': null,
    '--served-model-name': null,
    '--host': null,
    '--port': null,
    '--max-model-len': 'maxModelLength',
    '--tensor-parallel-size': 'tensorParallelSize',
    '-tp': 'tensorParallelSize',
    '--gpu-memory-utilization': 'gpuMemoryUtilization',
    '--dtype': 'dtype',
    '--quantization': 'quantization',
  },
  TGI: {
    '--model-id': null,
    '--revision': null,
    '--hostname': null,
    '--port': null,
    '--max-total-tokens': 'maxModelLength',
    '--num-shard': 'tensorParallelSize',
    '--cuda-memory-fraction': 'gpuMemoryUtilization',
    '--dtype': 'dtype',
    '--quantize': 'quantization',
  },
  LLAMA_CPP: {
    '--hf-repo': null,
    '-hf': null,
    '--alias': null,
    '--host': null,
    '--port': null,
    '--n-gpu-layers': null,
    '-ngl': null,
    '--ctx-size': 'maxModelLength',
    '-c': 'maxModelLength',
  },
  SGLANG: {
    '--model-path': null,
    '--revision': null,
    '--served-model-name': null,
    '--host': null,
    '--port': null,
    '--context-length': 'maxModelLength',
    '--tp': 'tensorParallelSize',
    '--tp-size': 'tensorParallelSize',
    '--mem-fraction-static': 'gpuMemoryUtilization',
    '--dtype': 'dtype',
    '--quantization': 'quantization',
  },
  OLLAMA: {},
};

/** Flags that take no value, which the release renders itself. */
const BARE_FLAGS = new Set(['--metrics', '--enable-metrics']);

/** A runtime's arguments as a release's engine settings: what it renders itself is left out. */
export function engineOf(
  runtime: Runtime,
  args: readonly string[],
): { engine: ReleaseSpec['engine']; revision: string | null } {
  const flags = ENGINE_FLAGS[runtime];
  const engine: ReleaseSpec['engine'] = {};
  const extraArgs: string[] = [];
  let revision: string | null = null;
  // Ollama's arguments are a shell script the release writes itself.
  if (runtime === 'OLLAMA') return { engine, revision };
  for (let i = 0; i < args.length; i++) {
    const token = args[i] ?? '';
    const [flag = '', inline] = token.startsWith('-') ? token.split(/=(.*)/s, 2) : [token];
    if (BARE_FLAGS.has(flag)) continue;
    if (!(flag in flags)) {
      extraArgs.push(token);
      continue;
    }
    const value = inline ?? args[++i] ?? '';
    if (flag === '--revision') revision = value;
    const setting = flags[flag];
    if (!setting) continue;
    if (setting === 'dtype' || setting === 'quantization') engine[setting] = value;
    else if (setting !== 'extraArgs') engine[setting] = Number(value);
  }
  if (extraArgs.length) engine.extraArgs = extraArgs;
  return { engine, revision };
}

/** Environment a release can carry: plain values and Secret references. */
function envOf(runtime: Runtime, container: Loose, warnings: string[]): EnvVar[] {
  const own = new Set(
    RUNTIME_PROFILES[runtime]
      .env({ engine: {} } as ReleaseSpec)
      .map((e) => e.name)
      .concat('OLLAMA_CONTEXT_LENGTH', 'OLLAMA_MODEL'),
  );
  const out: EnvVar[] = [];
  const dropped: string[] = [];
  for (const e of list(container.env)) {
    const name = str(e.name) ?? '';
    if (own.has(name)) continue;
    const secret = rec(rec(e.valueFrom).secretKeyRef);
    if (e.valueFrom === undefined) out.push({ name, value: str(e.value) ?? '' });
    else if (str(secret.name) && str(secret.key))
      out.push({ name, secretRef: { name: str(secret.name) ?? '', key: str(secret.key) ?? '' } });
    else dropped.push(name);
  }
  if (dropped.length || container.envFrom !== undefined)
    warnings.push(
      `A release carries plain values and Secret references only: ${[
        ...dropped,
        ...(container.envFrom !== undefined ? ['envFrom'] : []),
      ].join(', ')} will be missing from the first rollout to another release.`,
    );
  return out;
}

/** Seconds the model may take to load: half the budget its startup probe gives, else ten minutes. */
function loadSecondsOf(container: Loose): number {
  const probe = rec(container.startupProbe);
  const budget = Number(probe.periodSeconds ?? 10) * Number(probe.failureThreshold ?? 3);
  const seconds = container.startupProbe ? Math.round(budget / 2) : 600;
  return Math.min(7200, Math.max(10, seconds));
}

/** A model's size from its name (`…-8B-…`), else 1: a guess an admin can correct. */
function parametersOf(model: string): number {
  const match = /(?:^|[^a-z0-9])(\d+(?:\.\d+)?)b(?:$|[^a-z0-9])/i.exec(model);
  return match ? Number(match[1]) : 1;
}

/**
 * The model a release of this server needs: a registered one with the same weights (source and
 * revision), else a new one named after the weights (with a number if the name is taken).
 */
function modelOf(
  source: string,
  revision: string,
  maxModelLength: number | undefined,
  models: readonly CatalogModel[],
): AdoptionModel {
  const ref = modelRef(source);
  const found = models.find((m) => m.source === source && m.revision === revision);
  const base = modelNameOf(ref.replace(/:/g, '-'));
  let name = found?.name ?? base;
  for (let n = 2; !found && models.some((m) => m.name === name); n++)
    name = `${base.slice(0, 60)}-${n}`;
  return {
    existingId: found?.id ?? null,
    name,
    family: ref.split('/').at(-1) ?? ref,
    source,
    revision,
    license: 'unknown',
    parameterCountBillions: parametersOf(ref),
    contextLength: maxModelLength ?? 8192,
    gpuMemoryGiB: 0,
  };
}

export interface AdoptionInput {
  record: ObservedDeploymentRecord;
  /** The live Deployment (or StatefulSet); null when it is gone. */
  workload: KubeManifest | null;
  /** The pods its selector selects. */
  pods: readonly KubeManifest[];
  models: readonly CatalogModel[];
  /**
   * The namespace's HorizontalPodAutoscalers, or null when they could not be read; one that
   * scales this workload would fight Backline over its replicas.
   */
  autoscalers?: readonly KubeManifest[] | null;
}

/**
 * Decides whether an observed server can be adopted without restarting a pod, and what Backline
 * would import and apply. Pure: the caller reads the cluster and the catalog, and checks the
 * manifest with a dry-run apply (`checkDryRun`).
 */
export function planAdoption(input: AdoptionInput): AdoptionPlan {
  const { record, workload } = input;
  const observed = record.observed;
  const where = `${record.namespace}/${record.name}`;
  const reasons: string[] = [];
  const warnings: string[] = [];
  const empty = (): AdoptionPlan => ({
    adoptable: false,
    reasons,
    warnings,
    digest: null,
    model: null,
    spec: null,
    releaseId: null,
    manifest: null,
    changes: [],
    previousManagers: [],
    selector: observed.selector,
    template: null,
    managedByLabel: null,
  });
  if (!workload) {
    reasons.push(`No ${observed.kind} ${record.name} runs in ${record.namespace} now.`);
    return empty();
  }
  const kind = workload.kind || observed.kind;
  if (kind !== 'Deployment') {
    reasons.push(
      `${where} is a ${kind}; Backline runs model servers as Deployments, and moving a ${kind} to a Deployment replaces every pod.`,
    );
  }
  const metadata = rec(workload.metadata);
  const spec = rec(workload.spec);
  const status = rec(workload.status);
  for (const owner of list(metadata.ownerReferences)) {
    const what = `${str(owner.kind) ?? 'object'} ${str(owner.name) ?? ''}`.trim();
    if (owner.controller === true)
      reasons.push(
        `${where} is controlled by ${what} (its ownerReferences): that controller would undo whatever Backline applies. Adopt what it comes from, or detach it first.`,
      );
    else warnings.push(`${where} names ${what} as an owner; deleting that owner deletes it.`);
  }
  const selector = rec(spec.selector);
  const matchLabels = Object.fromEntries(
    Object.entries(rec(selector.matchLabels)).map(([k, v]) => [k, String(v)]),
  );
  if (list(selector.matchExpressions).length > 0)
    reasons.push(
      `Its selector uses matchExpressions, which Backline cannot carry over; a selector never changes, so it cannot be rewritten either.`,
    );
  if (Object.keys(matchLabels).length === 0)
    reasons.push('Its selector has no matchLabels to find its pods by.');
  if (spec.paused === true)
    reasons.push('Its rollouts are paused (spec.paused); resume them, or adopt it once they are.');
  const template = rec(spec.template);
  const containers = list(rec(template.spec).containers);
  const container = containers.find((c) => c.name === observed.container);
  if (!container) reasons.push(`Its pod template has no container ${observed.container} any more.`);
  const others = containers.filter((c) => c !== container).map((c) => String(c.name));
  const inits = list(rec(template.spec).initContainers).map((c) => String(c.name));
  if (others.length || inits.length)
    warnings.push(
      `Its pods run ${[...others, ...inits.map((n) => `${n} (init)`)].join(', ')} beside the engine; a release describes the engine alone, so the first rollout to another release drops them.`,
    );

  // Mid-rollout: the controller has not caught up, or pods of an older template still run.
  const replicas = Number(spec.replicas ?? 1);
  const generation = Number(metadata.generation ?? 0);
  const observedGeneration = Number(status.observedGeneration ?? 0);
  const pods = activePods(input.pods);
  const digests = new Map<string, string[]>();
  const noDigest: string[] = [];
  for (const pod of pods) {
    const statuses = list(rec(pod.status).containerStatuses);
    const running = statuses.find((s) => s.name === observed.container);
    const digest = digestOf(str(running?.imageID));
    const name = str(rec(pod.metadata).name) ?? '';
    if (!digest) noDigest.push(name);
    else digests.set(digest, [...(digests.get(digest) ?? []), name]);
  }
  const underWay =
    observedGeneration < generation ||
    Number(status.updatedReplicas ?? replicas) < replicas ||
    Number(status.replicas ?? replicas) > replicas;
  if (digests.size > 1) {
    reasons.push(
      `Its pods run different images (${[...digests.entries()]
        .map(([d, names]) => `${names.join(', ')} on ${d.slice(0, 19)}…`)
        .join('; ')}): a rollout is under way. Adopt it once every pod runs the same image.`,
    );
  } else if (underWay) {
    reasons.push(
      'A rollout is under way (not every replica runs the current pod template); adopt it once it has finished.',
    );
  }
  const digest = digests.size === 1 ? ([...digests.keys()][0] ?? null) : null;
  if (pods.length === 0) {
    reasons.push(
      'No pod of it runs, so the image digest to pin the release to is unknown; adopt it once its pods run.',
    );
  } else if (!digest && digests.size === 0) {
    reasons.push(
      `No pod reports the digest of the image it runs (status.containerStatuses[].imageID${noDigest.length ? ` is empty on ${noDigest.join(', ')}` : ''}), so the release cannot be pinned; adopt it once its pods are running.`,
    );
  }
  if (!observed.modelSource) {
    reasons.push(
      `Backline cannot tell its model as a catalog source (hf://org/repo or ollama://name:tag)${observed.model ? `: it serves ${observed.model}` : ''}, and a release must name one.`,
    );
  }
  const previousManagers = [
    ...new Set(
      list(metadata.managedFields)
        // Status is the controllers' to write: only who set the spec and labels counts.
        .filter((m) => !str(m.subresource))
        .map((m) => str(m.manager) ?? '')
        .filter((m) => m && m !== 'backline'),
    ),
  ];
  const tools = previousManagers.filter((m) => DEPLOY_TOOLS.test(m));
  if (tools.length)
    warnings.push(
      `${tools.join(' and ')} ${tools.length === 1 ? 'applies' : 'apply'} it too: Backline becomes the only manager of its fields, and ${tools.length === 1 ? 'that tool' : 'those tools'} would change them back on the next sync. Stop managing it there before adopting.`,
    );

  if (input.autoscalers === null) {
    warnings.push(
      'Backline could not read the namespace’s HorizontalPodAutoscalers; if one scales it, remove it first: Backline sets its replicas.',
    );
  }
  for (const hpa of input.autoscalers ?? []) {
    const target = rec(rec(hpa.spec).scaleTargetRef);
    if (target.kind === kind && target.name === record.name)
      warnings.push(
        `HorizontalPodAutoscaler ${str(rec(hpa.metadata).name) ?? ''} scales it, and Backline sets its replicas on every apply: the two would fight. Remove the autoscaler, or scale it through Backline only.`,
      );
  }

  const plan = empty();
  plan.previousManagers = previousManagers;
  plan.selector = matchLabels;
  plan.digest = digest;
  plan.template = structuredClone(template);
  plan.managedByLabel = str(rec(metadata.labels)[MANAGED_BY]) ?? null;
  if (!container || !digest || !observed.modelSource) return plan;

  const args = (container.args as string[] | undefined) ?? [];
  const { engine, revision } = engineOf(observed.runtime, args.map(String));
  const model = modelOf(
    observed.modelSource,
    revision ?? 'main',
    engine.maxModelLength,
    input.models,
  );
  plan.model = model;
  const resources = rec(container.resources);
  const requests = rec(resources.requests);
  const limits = rec(resources.limits);
  const image = pinnedImage(String(container.image ?? observed.image), digest);
  let releaseSpec: ReleaseSpec;
  try {
    releaseSpec = parseReleaseSpec(
      {
        modelName: model.name,
        runtime: observed.runtime,
        image,
        model: { source: model.source, revision: model.revision },
        engine,
        resources: {
          gpus: observed.gpusPerReplica,
          ...(observed.gpuProduct ? { gpuProduct: observed.gpuProduct } : {}),
          cpu: String(requests.cpu ?? limits.cpu ?? '1'),
          memory: String(limits.memory ?? requests.memory ?? '1Gi'),
        },
        env: envOf(observed.runtime, container, warnings),
        expectedLoadSeconds: loadSecondsOf(container),
      },
      ['release'],
    );
  } catch (error) {
    const fields = (error as { fields?: { path: (string | number)[]; message: string }[] }).fields;
    reasons.push(
      `What it runs cannot be described as a release: ${
        fields?.map((f) => `${f.path.slice(1).join('.')} ${f.message}`).join('; ') ??
        String((error as Error).message)
      }.`,
    );
    return plan;
  }
  if (observed.port !== RUNTIME_PROFILES[observed.runtime].port)
    warnings.push(
      `It listens on port ${observed.port}; releases of ${RUNTIME_PROFILES[observed.runtime].label} listen on ${RUNTIME_PROFILES[observed.runtime].port}, so after the first rollout to another release its Service must send traffic there.`,
    );
  plan.spec = releaseSpec;
  plan.releaseId = releaseId(releaseSpec);
  const adopted: AdoptedWorkload = {
    releaseId: plan.releaseId,
    selector: matchLabels,
    template: plan.template ?? {},
    previousManagers,
    managedByLabel: plan.managedByLabel,
    observed,
    at: '',
    by: '',
  };
  const manifest = adoptedManifests(adopted, releaseSpec, {
    namespace: record.namespace,
    name: record.name,
    environment: record.environment,
    replicas,
    track: 'stable',
    releaseId: plan.releaseId,
    updateStrategy: record.strategy === 'RECREATE' ? 'Recreate' : 'RollingUpdate',
  })[0];
  plan.manifest = manifest ?? null;
  plan.changes = manifest ? changesOf(manifest, workload) : [];
  plan.adoptable = reasons.length === 0;
  return plan;
}

/** The fields of `manifest` the live object has with another value (or not at all). */
export function changesOf(manifest: KubeObject, live: KubeManifest): AdoptionChange[] {
  return detectDrift(`${manifest.kind}/${manifest.metadata.name}`, manifest, live).map((d) => ({
    object: d.object,
    path: d.path,
    live: d.live,
    applied: d.desired,
  }));
}

/**
 * What a server-side dry run of the manifest says: a changed pod template or selector would
 * restart every pod (or be refused), so adoption is refused with the fields that would change.
 */
export function checkDryRun(plan: AdoptionPlan, live: KubeManifest, result: KubeManifest): void {
  const before = rec(live.spec);
  const after = rec(result.spec);
  const restarts = [
    ...detectDrift('template', before.template, after.template),
    ...detectDrift('template', after.template, before.template),
  ].map((d) => `spec.template.${d.path}`);
  if (canonicalJson(before.template) !== canonicalJson(after.template)) {
    plan.reasons.push(
      `Applying it would change the pod template${restarts.length ? ` (${[...new Set(restarts)].slice(0, 5).join(', ')})` : ''}, which restarts every pod.`,
    );
  }
  if (canonicalJson(rec(before.selector)) !== canonicalJson(rec(after.selector)))
    plan.reasons.push('Applying it would change its selector, which Kubernetes does not allow.');
  plan.adoptable = plan.reasons.length === 0;
}

/** A unified diff of the live Deployment and the one Backline would apply, field by field. */
export function diffText(changes: readonly AdoptionChange[]): string {
  const show = (v: unknown) => (v === null || v === undefined ? '(unset)' : JSON.stringify(v));
  return changes
    .map((c) => `  ${c.object} ${c.path}\n-   ${show(c.live)}\n+   ${show(c.applied)}`)
    .join('\n');
}

/**
 * The objects Backline applies for a deployment, in the shape an adopted one keeps: the live
 * selector always, and the live pod template while the release imported at adoption runs (from
 * the first rollout on, Backline's template with the selector's labels). The team's own Service
 * and disruption budget stay theirs, so only Deployments are applied.
 */
export function adoptedManifests(
  adopted: AdoptedWorkload | null,
  spec: ReleaseSpec,
  placement: Placement,
): KubeObject[] {
  const objects = renderManifests(spec, placement);
  if (!adopted) return objects;
  return objects
    .filter((o) => o.kind === 'Deployment')
    .map((o) => {
      const body = o.spec as { selector: unknown; template: Loose };
      const template = body.template as { metadata: { labels: Record<string, string> } };
      if (placement.track === 'stable' && placement.releaseId === adopted.releaseId) {
        body.template = structuredClone(adopted.template);
      } else {
        // The selector's labels on every pod: the stable Deployment selects by them, and the
        // team's Service sends traffic by them (a canary's pods get them too).
        template.metadata.labels = { ...template.metadata.labels, ...adopted.selector };
      }
      if (placement.track === 'stable') body.selector = { matchLabels: adopted.selector };
      return o;
    });
}
