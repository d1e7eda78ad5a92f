import type { EnvVar, Placement, ReleaseSpec } from './catalog.types.ts';
import { RUNTIME_PROFILES } from './runtimes.ts';

/** Kubernetes objects as plain JSON, ready for server-side apply. */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
};

const PROBE_PERIOD_SECONDS = 10;

/** The Deployment's name: the deployment's own, or `<name>-canary` beside it. */
export function workloadName(placement: Pick<Placement, 'name' | 'track'>): string {
  return placement.track === 'canary' ? `${placement.name}-canary` : placement.name;
}

export function selectorLabels(
  placement: Pick<Placement, 'name' | 'track'>,
): Record<string, string> {
  return { 'backline.dev/deployment': placement.name, 'backline.dev/track': placement.track };
}

function labels(spec: ReleaseSpec, placement: Placement): Record<string, string> {
  return {
    'app.kubernetes.io/name': spec.modelName,
    'app.kubernetes.io/instance': placement.name,
    'app.kubernetes.io/component': 'model-server',
    'app.kubernetes.io/version': placement.releaseId,
    'app.kubernetes.io/managed-by': 'backline',
    ...selectorLabels(placement),
    'backline.dev/release': placement.releaseId,
    'backline.dev/runtime': spec.runtime.toLowerCase().replace('_', '-'),
    'backline.dev/environment': placement.environment.toLowerCase(),
  };
}

/** Labels for the objects both tracks share: nothing that changes with a release. */
function sharedLabels(spec: ReleaseSpec, placement: Placement): Record<string, string> {
  const {
    'backline.dev/track': _track,
    'backline.dev/release': _release,
    'app.kubernetes.io/version': _version,
    ...rest
  } = labels(spec, placement);
  return rest;
}

/**
 * Startup probe attempts: twice the expected load time, and never under five
 * minutes, so a slow download is not mistaken for a dead server.
 */
export function startupFailureThreshold(expectedLoadSeconds: number): number {
  return Math.max(30, Math.ceil((expectedLoadSeconds * 2) / PROBE_PERIOD_SECONDS));
}

function envVar(v: EnvVar) {
  return v.secretRef
    ? {
        name: v.name,
        valueFrom: { secretKeyRef: { name: v.secretRef.name, key: v.secretRef.key } },
      }
    : { name: v.name, value: v.value ?? '' };
}

/** What a GPU pod of Backline's tolerates: the taint GPU nodes commonly carry. */
export const GPU_POD_TOLERATIONS = [
  { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
] as const;

/** The Deployment that runs `spec` at `placement`. */
export function renderDeployment(spec: ReleaseSpec, placement: Placement): KubeObject {
  const profile = RUNTIME_PROFILES[spec.runtime];
  const objectLabels = labels(spec, placement);
  const gpu = spec.resources.gpus > 0 ? { 'nvidia.com/gpu': String(spec.resources.gpus) } : {};
  const http = { path: profile.healthPath, port: 'http' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: workloadName(placement),
      namespace: placement.namespace,
      labels: objectLabels,
      annotations: {
        'backline.dev/model-source': spec.model.source,
        'backline.dev/model-revision': spec.model.revision,
        'backline.dev/image': spec.image,
      },
    },
    spec: {
      replicas: placement.replicas,
      revisionHistoryLimit: 5,
      // Loading weights takes minutes; give the rollout time before Kubernetes calls it stuck.
      progressDeadlineSeconds: Math.max(600, spec.expectedLoadSeconds * 3),
      selector: { matchLabels: selectorLabels(placement) },
      // GPUs are rarely spare: replace pods one at a time without surging, or (RECREATE) stop
      // every old pod before the new ones start, for releases that cannot run side by side.
      strategy:
        placement.updateStrategy === 'Recreate'
          ? { type: 'Recreate' }
          : { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      template: {
        metadata: {
          labels: objectLabels,
          annotations: { 'backline.dev/release': placement.releaseId },
        },
        spec: {
          terminationGracePeriodSeconds: 60,
          ...(spec.resources.gpuProduct
            ? { nodeSelector: { 'nvidia.com/gpu.product': spec.resources.gpuProduct } }
            : {}),
          ...(spec.resources.gpus > 0
            ? { tolerations: GPU_POD_TOLERATIONS.map((t) => ({ ...t })) }
            : {}),
          containers: [
            {
              name: 'server',
              image: spec.image,
              ...(profile.command ? { command: profile.command } : {}),
              args: profile.args(spec),
              ports: [{ name: 'http', containerPort: profile.port, protocol: 'TCP' }],
              env: [...profile.env(spec).map(envVar), ...spec.env.map(envVar)],
              resources: {
                requests: { cpu: spec.resources.cpu, memory: spec.resources.memory, ...gpu },
                limits: { memory: spec.resources.memory, ...gpu },
              },
              startupProbe: {
                httpGet: http,
                periodSeconds: PROBE_PERIOD_SECONDS,
                timeoutSeconds: 5,
                failureThreshold: startupFailureThreshold(spec.expectedLoadSeconds),
              },
              readinessProbe: {
                httpGet: http,
                periodSeconds: 10,
                timeoutSeconds: 5,
                failureThreshold: 3,
              },
              // Conservative: a busy engine answers slowly; restart only after minutes of silence.
              livenessProbe: {
                httpGet: http,
                periodSeconds: 30,
                timeoutSeconds: 10,
                failureThreshold: 5,
              },
              volumeMounts: [
                { name: 'model-cache', mountPath: profile.cachePath },
                { name: 'dshm', mountPath: '/dev/shm' },
              ],
            },
          ],
          volumes: [
            { name: 'model-cache', emptyDir: {} },
            // Tensor-parallel workers share memory through /dev/shm.
            { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '8Gi' } },
          ],
        },
      },
    },
  };
}

/** The Service in front of both tracks: traffic splits by ready replicas. */
export function renderService(spec: ReleaseSpec, placement: Placement): KubeObject {
  const profile = RUNTIME_PROFILES[spec.runtime];
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: placement.name,
      namespace: placement.namespace,
      labels: sharedLabels(spec, placement),
    },
    spec: {
      type: 'ClusterIP',
      selector: { 'backline.dev/deployment': placement.name },
      ports: [{ name: 'http', port: profile.port, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

export function renderPodDisruptionBudget(spec: ReleaseSpec, placement: Placement): KubeObject {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: {
      name: placement.name,
      namespace: placement.namespace,
      labels: sharedLabels(spec, placement),
    },
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: { 'backline.dev/deployment': placement.name } },
    },
  };
}

/** How a Gateway sends a deployment's requests to its tracks. */
export interface TrafficRouting {
  gateway: { namespace: string; name: string };
  /** Share of requests (0–100) the route gives the canary track; the stable track has the rest. */
  canaryWeight: number;
  /** Share of requests (1–100) copied to the canary, answers discarded; null: none. */
  mirrorPercent: number | null;
}

/** The path prefix under which a Gateway serves a deployment: `/<namespace>/<name>`. */
export function routePrefix(placement: Pick<Placement, 'namespace' | 'name'>): string {
  return `/${placement.namespace}/${placement.name}`;
}

/**
 * Behind a Gateway: a Service for each track and the HTTPRoute that weighs them, so a canary's
 * share of the requests is what the route says, whatever its replicas. The route comes first:
 * applied in this order, a weight moves before any Deployment does (on a rollback, the canary
 * gets no more requests before it is removed).
 */
export function renderTrafficObjects(
  spec: ReleaseSpec,
  placement: Placement,
  traffic: TrafficRouting,
): KubeObject[] {
  const port = RUNTIME_PROFILES[spec.runtime].port;
  const track = (name: 'stable' | 'canary'): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: `${placement.name}-${name}`,
      namespace: placement.namespace,
      labels: { ...sharedLabels(spec, placement), 'backline.dev/track': name },
    },
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels({ name: placement.name, track: name }),
      ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }],
    },
  });
  const canaryWeight = Math.max(0, Math.min(100, Math.round(traffic.canaryWeight)));
  const filters: Record<string, unknown>[] = [
    // Clients call `<gateway>/<namespace>/<name>/v1/…`; the server sees `/v1/…`.
    {
      type: 'URLRewrite',
      urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' } },
    },
  ];
  if (traffic.mirrorPercent) {
    filters.push({
      type: 'RequestMirror',
      requestMirror: {
        backendRef: { name: `${placement.name}-canary`, port },
        percent: traffic.mirrorPercent,
      },
    });
  }
  const route: KubeObject = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: placement.name,
      namespace: placement.namespace,
      labels: sharedLabels(spec, placement),
    },
    spec: {
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          namespace: traffic.gateway.namespace,
          name: traffic.gateway.name,
        },
      ],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: routePrefix(placement) } }],
          filters,
          backendRefs: [
            { name: `${placement.name}-stable`, port, weight: 100 - canaryWeight },
            { name: `${placement.name}-canary`, port, weight: canaryWeight },
          ],
        },
      ],
    },
  };
  return [route, track('stable'), track('canary')];
}

/** Every object for one placement: a canary is its Deployment alone. */
export function renderManifests(spec: ReleaseSpec, placement: Placement): KubeObject[] {
  const deployment = renderDeployment(spec, placement);
  return placement.track === 'canary'
    ? [deployment]
    : [deployment, renderService(spec, placement), renderPodDisruptionBudget(spec, placement)];
}
