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
import { liveWorkload } from './live.ts';
import type { LiveWorkload } from './live.types.ts';

const MANAGED = 'app.kubernetes.io/managed-by=backline';
const MANAGED_BY = 'app.kubernetes.io/managed-by';
const DEPLOYMENT_LABEL = 'backline.dev/deployment';
/** Worked-out workloads kept at most (a fleet's deployments, with room). */
const WORKLOADS_KEPT = 10_000;

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const wanted = Object.entries(selector);
  return wanted.length > 0 && wanted.every(([k, v]) => labels[k] === v);
}

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
  /** Adopted servers' selectors, by namespace and deployment name. */
  readonly #selectors = new Map<string, Map<string, Record<string, string>>>();
  /** How many changes each namespace's informers have seen. */
  readonly #versions = new Map<string, number>();
  /** Workloads already worked out, with the namespace's version they were worked out at. */
  readonly #workloads = new Map<string, { version: number; live: LiveWorkload }>();
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
      // Every pod of the namespace: an adopted server's pods carry its own labels, not
      // Backline's, until its first rollout; they are found by its selector.
      this.#pods.set(
        namespace,
        this.#watch(
          makeInformer<V1Pod>(kubeConfig, `/api/v1/namespaces/${namespace}/pods`, () =>
            core.listNamespacedPod({ namespace }),
          ),
          namespace,
          (p) => this.#deploymentOfPod(namespace, p),
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
      // Any change of the namespace's objects makes what was worked out of them stale.
      this.#versions.set(namespace, (this.#versions.get(namespace) ?? 0) + 1);
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

  /** The deployment a pod belongs to: by Backline's label, or by an adopted server's selector. */
  #deploymentOfPod(namespace: string, pod: V1Pod): string | undefined {
    const labels = pod.metadata?.labels ?? {};
    if (labels[MANAGED_BY] === 'backline' && labels[DEPLOYMENT_LABEL])
      return labels[DEPLOYMENT_LABEL];
    for (const [name, selector] of this.#selectors.get(namespace) ?? [])
      if (selects(selector, labels)) return name;
    return undefined;
  }

  #deploymentOfEvent(namespace: string, event: CoreV1Event): string | undefined {
    const involved = event.involvedObject;
    if (involved.kind === 'Pod') {
      const pod = this.#pods.get(namespace)?.get(involved.name ?? '', namespace);
      return pod ? this.#deploymentOfPod(namespace, pod) : undefined;
    }
    if (involved.kind === 'Deployment') {
      return this.#deployments.get(namespace)?.get(involved.name ?? '', namespace)?.metadata
        ?.labels?.[DEPLOYMENT_LABEL];
    }
    if (involved.kind === 'ReplicaSet') return involved.name?.replace(/(-canary)?-[a-z0-9]+$/, '');
    return undefined;
  }

  #informers(): Informer<KubernetesObject>[] {
    return [
      ...this.#deployments.values(),
      ...this.#pods.values(),
      ...this.#events.values(),
    ] as Informer<KubernetesObject>[];
  }

  /** Starts every informer; resolves once each has listed once. */
  async start(): Promise<void> {
    await Promise.all(this.#informers().map((i) => i.start()));
    this.#synced = true;
  }

  get synced(): boolean {
    return this.#synced;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    await Promise.all(this.#informers().map((i) => i.stop()));
  }

  /**
   * The live objects of one model deployment: both tracks, their pods and recent events. An
   * adopted server's pods are found by its `selector` (kept, so their changes are told too).
   */
  workload(
    namespace: string,
    name: string,
    selector?: Record<string, string> | null,
  ): LiveWorkload {
    const selectors = this.#selectors.get(namespace) ?? new Map<string, Record<string, string>>();
    if (selector && Object.keys(selector).length > 0) selectors.set(name, selector);
    else selectors.delete(name);
    this.#selectors.set(namespace, selectors);
    const labelled = (o: KubernetesObject) =>
      o.metadata?.labels?.[DEPLOYMENT_LABEL] === name &&
      o.metadata?.labels?.[MANAGED_BY] === 'backline';
    const belongs = (p: V1Pod) =>
      labelled(p) || (!!selector && selects(selector, p.metadata?.labels ?? {}));
    // Read by several fields of every deployment in a response (phase, message, status, pods):
    // worked out once for each state of the namespace's informers, not once per field.
    const version = this.#versions.get(namespace) ?? 0;
    const key = `${namespace}/${name}|${selector ? JSON.stringify(selector) : ''}`;
    const known = this.#workloads.get(key);
    if (known && known.version === version) return known.live;
    const live = liveWorkload(
      (this.#deployments.get(namespace)?.list(namespace) ?? []).filter(labelled),
      (this.#pods.get(namespace)?.list(namespace) ?? []).filter(belongs),
      this.#events.get(namespace)?.list(namespace) ?? [],
    );
    if (this.#workloads.size >= WORKLOADS_KEPT) this.#workloads.clear();
    this.#workloads.set(key, { version, live });
    return live;
  }
}
