import {
  AppsV1Api,
  CoreV1Api,
  type CoreV1Event,
  type KubeConfig,
  type KubernetesObject,
  makeInformer,
  type V1Deployment,
  type V1Pod,
} from '@kubernetes/client-node';
import type {
  LiveCondition,
  LiveDeployment,
  LiveEvent,
  LivePod,
  LiveWorkload,
} from './live.types.ts';

const MANAGED = 'app.kubernetes.io/managed-by=backline';
const DEPLOYMENT_LABEL = 'backline.dev/deployment';

type Informer<T extends KubernetesObject> = ReturnType<typeof makeInformer<T>>;

export interface WatcherOptions {
  namespaces: string[];
  onChange: (namespace: string, deployment: string) => void;
  /** A managed Deployment was deleted (by anyone): the reconciler may want to apply it again. */
  onDeleted?: (namespace: string, deployment: string) => void;
  onError?: (error: unknown) => void;
  /** First back-off after an informer fails; doubles to 30 s. */
  initialBackoffMs?: number;
}

function conditions(
  list:
    | {
        type: string;
        status: string;
        reason?: string;
        message?: string;
        lastTransitionTime?: Date | string;
      }[]
    | undefined,
): LiveCondition[] {
  return (list ?? []).map((c) => ({
    type: c.type,
    status: c.status,
    reason: c.reason ?? null,
    message: c.message ?? null,
    lastTransitionTime: c.lastTransitionTime ? new Date(c.lastTransitionTime).toISOString() : null,
  }));
}

function toDeployment(d: V1Deployment): LiveDeployment {
  const labels = d.metadata?.labels ?? {};
  return {
    name: d.metadata?.name ?? '',
    track: labels['backline.dev/track'] ?? 'stable',
    releaseId: labels['backline.dev/release'] ?? null,
    generation: d.metadata?.generation ?? 0,
    observedGeneration: d.status?.observedGeneration ?? 0,
    desiredReplicas: d.spec?.replicas ?? 0,
    readyReplicas: d.status?.readyReplicas ?? 0,
    updatedReplicas: d.status?.updatedReplicas ?? 0,
    availableReplicas: d.status?.availableReplicas ?? 0,
    conditions: conditions(d.status?.conditions),
    raw: d as unknown as Record<string, unknown>,
  };
}

function toPod(p: V1Pod): LivePod {
  const labels = p.metadata?.labels ?? {};
  const statuses = p.status?.containerStatuses ?? [];
  const gpus = (p.spec?.containers ?? []).reduce(
    (n, c) =>
      n +
      Number(
        c.resources?.limits?.['nvidia.com/gpu'] ?? c.resources?.requests?.['nvidia.com/gpu'] ?? 0,
      ),
    0,
  );
  return {
    name: p.metadata?.name ?? '',
    phase: p.status?.phase ?? 'Unknown',
    ready: (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    restarts: statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0),
    node: p.spec?.nodeName ?? null,
    gpus,
    releaseId: labels['backline.dev/release'] ?? null,
    track: labels['backline.dev/track'] ?? null,
    createdAt: p.metadata?.creationTimestamp
      ? new Date(p.metadata.creationTimestamp).toISOString()
      : null,
    conditions: conditions(p.status?.conditions),
    raw: p as unknown as Record<string, unknown>,
    containers: statuses.map((s) => {
      const state = s.state?.running
        ? 'RUNNING'
        : s.state?.waiting
          ? 'WAITING'
          : s.state?.terminated
            ? 'TERMINATED'
            : 'UNKNOWN';
      return {
        name: s.name,
        ready: s.ready,
        restartCount: s.restartCount,
        state,
        reason: s.state?.waiting?.reason ?? s.state?.terminated?.reason ?? null,
        message: s.state?.waiting?.message ?? s.state?.terminated?.message ?? null,
        exitCode: s.state?.terminated?.exitCode ?? null,
        lastTerminationReason: s.lastState?.terminated?.reason ?? null,
      };
    }),
  };
}

/**
 * Keeps a live picture of the managed Deployments, Pods and their Events in each
 * managed namespace (list + watch), restarting an informer with back-off when it
 * fails; the client relists when a watch reports 410 Gone.
 */
export class WorkloadWatcher {
  readonly #options: WatcherOptions;
  readonly #deployments = new Map<string, Informer<V1Deployment>>();
  readonly #pods = new Map<string, Informer<V1Pod>>();
  readonly #events = new Map<string, Informer<CoreV1Event>>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #synced = false;
  #stopped = false;

  constructor(kubeConfig: KubeConfig, options: WatcherOptions) {
    this.#options = options;
    const apps = kubeConfig.makeApiClient(AppsV1Api);
    const core = kubeConfig.makeApiClient(CoreV1Api);
    for (const namespace of options.namespaces) {
      this.#deployments.set(
        namespace,
        this.#watch(
          makeInformer<V1Deployment>(
            kubeConfig,
            `/apis/apps/v1/namespaces/${namespace}/deployments`,
            () => apps.listNamespacedDeployment({ namespace, labelSelector: MANAGED }),
            MANAGED,
          ),
          namespace,
          (d) => d.metadata?.labels?.[DEPLOYMENT_LABEL],
        ),
      );
      this.#deployments.get(namespace)?.on('delete', (d: V1Deployment) => {
        const name = d.metadata?.labels?.[DEPLOYMENT_LABEL];
        if (name) this.#options.onDeleted?.(namespace, name);
      });
      this.#pods.set(
        namespace,
        this.#watch(
          makeInformer<V1Pod>(
            kubeConfig,
            `/api/v1/namespaces/${namespace}/pods`,
            () => core.listNamespacedPod({ namespace, labelSelector: MANAGED }),
            MANAGED,
          ),
          namespace,
          (p) => p.metadata?.labels?.[DEPLOYMENT_LABEL],
        ),
      );
      this.#events.set(
        namespace,
        this.#watch(
          makeInformer<CoreV1Event>(kubeConfig, `/api/v1/namespaces/${namespace}/events`, () =>
            core.listNamespacedEvent({ namespace }),
          ),
          namespace,
          (e) => this.#deploymentOfEvent(namespace, e),
        ),
      );
    }
  }

  #watch<T extends KubernetesObject>(
    informer: Informer<T>,
    namespace: string,
    owner: (object: T) => string | undefined,
  ): Informer<T> {
    const notify = (object: T) => {
      const name = owner(object);
      if (name) this.#options.onChange(namespace, name);
    };
    informer.on('add', notify);
    informer.on('update', notify);
    informer.on('delete', notify);
    let backoff = this.#options.initialBackoffMs ?? 1000;
    informer.on('connect', () => {
      backoff = this.#options.initialBackoffMs ?? 1000;
    });
    informer.on('error', (error: unknown) => {
      this.#options.onError?.(error);
      if (this.#stopped) return;
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        if (!this.#stopped) informer.start().catch((e: unknown) => this.#options.onError?.(e));
      }, backoff);
      this.#timers.add(timer);
      backoff = Math.min(backoff * 2, 30_000);
    });
    return informer;
  }

  #deploymentOfEvent(namespace: string, event: CoreV1Event): string | undefined {
    const involved = event.involvedObject;
    if (involved.kind === 'Pod') {
      return this.#pods.get(namespace)?.get(involved.name ?? '', namespace)?.metadata?.labels?.[
        DEPLOYMENT_LABEL
      ];
    }
    if (involved.kind === 'Deployment') {
      return this.#deployments.get(namespace)?.get(involved.name ?? '', namespace)?.metadata
        ?.labels?.[DEPLOYMENT_LABEL];
    }
    if (involved.kind === 'ReplicaSet') return involved.name?.replace(/(-canary)?-[a-z0-9]+$/, '');
    return undefined;
  }

  /** Starts every informer; resolves once each has listed once. */
  async start(): Promise<void> {
    const all = [
      ...this.#deployments.values(),
      ...this.#pods.values(),
      ...this.#events.values(),
    ] as Informer<KubernetesObject>[];
    await Promise.all(all.map((i) => i.start()));
    this.#synced = true;
  }

  get synced(): boolean {
    return this.#synced;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    const all = [
      ...this.#deployments.values(),
      ...this.#pods.values(),
      ...this.#events.values(),
    ] as Informer<KubernetesObject>[];
    await Promise.all(all.map((i) => i.stop()));
  }

  /** The live objects of one model deployment: both tracks, their pods and recent events. */
  workload(namespace: string, name: string): LiveWorkload {
    const belongs = (o: KubernetesObject) => o.metadata?.labels?.[DEPLOYMENT_LABEL] === name;
    const deployments = (this.#deployments.get(namespace)?.list(namespace) ?? [])
      .filter(belongs)
      .map(toDeployment);
    const podObjects = (this.#pods.get(namespace)?.list(namespace) ?? []).filter(belongs);
    const podNames = new Set(podObjects.map((p) => p.metadata?.name));
    const workloadNames = new Set(deployments.map((d) => d.name));
    const events: LiveEvent[] = (this.#events.get(namespace)?.list(namespace) ?? [])
      .filter((e) => {
        const involved = e.involvedObject;
        if (involved.kind === 'Pod') return podNames.has(involved.name);
        if (involved.kind === 'Deployment') return workloadNames.has(involved.name ?? '');
        if (involved.kind === 'ReplicaSet')
          return [...workloadNames].some((w) => involved.name?.startsWith(`${w}-`));
        return false;
      })
      .map((e) => ({
        type: e.type ?? 'Normal',
        reason: e.reason ?? '',
        message: e.message ?? '',
        object: `${e.involvedObject.kind}/${e.involvedObject.name}`,
        count: e.count ?? 1,
        lastSeen: e.lastTimestamp
          ? new Date(e.lastTimestamp).toISOString()
          : e.eventTime
            ? new Date(e.eventTime).toISOString()
            : null,
      }))
      .sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''))
      .slice(0, 50);
    return { deployments, pods: podObjects.map(toPod), events };
  }
}
