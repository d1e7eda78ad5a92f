import { byStorage } from '../api/resources.ts';
import type { SimTimer } from '../clock.ts';
import { parseQuantity } from '../store/quantity.ts';
import { matchesLabels, requirementsFromSelector } from '../store/selectors.ts';
import { isRecord, type KubeObject, type LabelSelector } from '../store/types.ts';
import type { Controller, ControllerContext } from './context.ts';
import type { Kubelet } from './kubelet.ts';

/**
 * The horizontal pod autoscaler's loop, on autoscaling/v2 objects (v1 ones are the same objects):
 * every sync period it reads each HPA's metrics, proposes `ceil(current × value / target)`
 * replicas (within a 10 % tolerance), keeps the highest proposal of the scale-down stabilization
 * window, limits a scale-up to doubling or four pods, clamps to min and max, scales the target
 * and writes the status with the conditions kubectl shows.
 *
 * `Pods` metrics come from the simulated model servers, by the names a Prometheus adapter would
 * give them (`vllm:num_requests_waiting`, `vllm:num_requests_running`, `vllm:kv_cache_usage_perc`,
 * with or without the `vllm:` prefix). There is no metrics server, so `Resource` metrics (cpu,
 * memory) fail as they do on a cluster without one.
 */

const SYNC_MS = 15_000;
const TOLERANCE = 0.1;
const DEFAULT_DOWN_WINDOW_S = 300;
const HPA = 'autoscaling/horizontalpodautoscalers';
const TARGETS: Record<string, string> = {
  Deployment: 'apps/deployments',
  StatefulSet: 'apps/statefulsets',
  ReplicaSet: 'apps/replicasets',
};

interface Condition {
  type: string;
  status: 'True' | 'False';
  reason: string;
  message: string;
  lastTransitionTime?: string;
}

type Reading = { value: number; metric: Record<string, unknown> } | { error: string };

export class HorizontalPodAutoscalerController implements Controller {
  readonly #ctx: ControllerContext;
  readonly #kubelet: Kubelet;
  /** Past proposals per HPA uid, for the scale-down stabilization window. */
  readonly #recommendations = new Map<string, { at: number; replicas: number }[]>();
  #timer: SimTimer | undefined;
  #stopped = false;

  constructor(ctx: ControllerContext, kubelet: Kubelet) {
    this.#ctx = ctx;
    this.#kubelet = kubelet;
    this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    this.#ctx.clock.clearTimeout(this.#timer);
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = this.#ctx.clock.setTimeout(() => {
      this.syncAll();
      this.#schedule();
    }, SYNC_MS);
  }

  /** One pass over every HPA (also called by tests that do not wait for the period). */
  syncAll(): void {
    for (const hpa of this.#ctx.store.list(HPA)) {
      try {
        this.#sync(hpa);
      } catch {
        // An HPA whose target changed under it is looked at again at the next period.
      }
    }
  }

  #sync(hpa: KubeObject): void {
    const spec = isRecord(hpa.spec) ? hpa.spec : {};
    const ref = isRecord(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const kind = String(ref.kind ?? '');
    const name = String(ref.name ?? '');
    const namespace = hpa.metadata.namespace ?? '';
    const storage = TARGETS[kind];
    const target = storage ? this.#ctx.store.get(storage, namespace, name) : undefined;
    if (!storage || !target) {
      const resource = storage ? storage.split('/')[1] : `${kind.toLowerCase()}s`;
      this.#writeStatus(hpa, {
        conditions: [
          {
            type: 'AbleToScale',
            status: 'False',
            reason: 'FailedGetScale',
            message: `the HPA controller was unable to get the target's current scale: ${resource}/scale.apps "${name}" not found`,
          },
        ],
      });
      return;
    }
    const targetSpec = isRecord(target.spec) ? target.spec : {};
    const current = typeof targetSpec.replicas === 'number' ? targetSpec.replicas : 1;
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    const max = typeof spec.maxReplicas === 'number' ? spec.maxReplicas : current;
    const able: Condition = {
      type: 'AbleToScale',
      status: 'True',
      reason: 'ReadyForNewScale',
      message: 'recommended size matches current size',
    };
    if (current === 0) {
      this.#writeStatus(hpa, {
        currentReplicas: 0,
        desiredReplicas: 0,
        conditions: [
          able,
          {
            type: 'ScalingActive',
            status: 'False',
            reason: 'ScalingDisabled',
            message: 'scaling is disabled since the replica count of the target is zero',
          },
        ],
      });
      return;
    }
    const selector = isRecord(targetSpec.selector)
      ? (targetSpec.selector as LabelSelector)
      : undefined;
    const requirements = requirementsFromSelector(selector);
    const pods = this.#kubelet
      .runningPods()
      .filter((p) => p.namespace === namespace)
      .filter((p) => {
        const pod = this.#ctx.store.get('/pods', namespace, p.name);
        return pod !== undefined && matchesLabels(requirements, pod.metadata.labels);
      });
    const metrics = Array.isArray(spec.metrics) ? spec.metrics.filter(isRecord) : [];
    let proposal = 0;
    const currentMetrics: Record<string, unknown>[] = [];
    for (const m of metrics) {
      const reading = this.#read(m, pods);
      if ('error' in reading) {
        this.#writeStatus(hpa, {
          currentReplicas: current,
          desiredReplicas: current,
          conditions: [
            able,
            {
              type: 'ScalingActive',
              status: 'False',
              reason:
                reading.error.startsWith('failed to get cpu') ||
                reading.error.startsWith('failed to get memory')
                  ? 'FailedGetResourceMetric'
                  : 'FailedGetPodsMetric',
              message: `the HPA was unable to compute the replica count: ${reading.error}`,
            },
          ],
        });
        return;
      }
      const targetValue = this.#targetValue(m);
      const ratio = targetValue > 0 ? reading.value / targetValue : 1;
      const replicas = Math.abs(ratio - 1) <= TOLERANCE ? current : Math.ceil(current * ratio);
      proposal = Math.max(proposal, replicas);
      currentMetrics.push(reading.metric);
    }
    if (metrics.length === 0) proposal = current;
    const now = this.#ctx.clock.now();
    const window = downWindowSeconds(spec) * 1000;
    const history = (this.#recommendations.get(hpa.metadata.uid ?? '') ?? []).filter(
      (r) => now - r.at <= window,
    );
    history.push({ at: now, replicas: proposal });
    this.#recommendations.set(hpa.metadata.uid ?? '', history);
    // Scale down only as far as the highest proposal of the window; scale up at once, but at
    // most to double the replicas or four more, whichever is more (the default policy).
    let desired =
      proposal < current
        ? Math.min(current, Math.max(...history.map((r) => r.replicas)))
        : proposal;
    desired = Math.min(desired, Math.max(current * 2, current + 4));
    const clamped = Math.min(max, Math.max(min, desired));
    const limited: Condition =
      clamped !== desired
        ? {
            type: 'ScalingLimited',
            status: 'True',
            reason: clamped === max ? 'TooManyReplicas' : 'TooFewReplicas',
            message: `the desired replica count is ${clamped === max ? 'more' : 'less'} than the ${clamped === max ? 'maximum' : 'minimum'} replica count`,
          }
        : {
            type: 'ScalingLimited',
            status: 'False',
            reason: 'DesiredWithinRange',
            message: 'the desired count is within the acceptable range',
          };
    const scaled = clamped !== current;
    if (scaled) {
      this.#ctx.registry.update(byStorage(storage), namespace, name, {
        ...target,
        spec: { ...targetSpec, replicas: clamped },
      });
    }
    const previous = isRecord(hpa.status) ? hpa.status : {};
    this.#writeStatus(hpa, {
      currentReplicas: current,
      desiredReplicas: clamped,
      currentMetrics,
      ...(scaled
        ? { lastScaleTime: this.#ctx.clock.timestamp() }
        : previous.lastScaleTime
          ? { lastScaleTime: previous.lastScaleTime }
          : {}),
      conditions: [
        scaled
          ? {
              ...able,
              reason: 'SucceededRescale',
              message: `the HPA controller was able to update the target scale to ${clamped}`,
            }
          : able,
        {
          type: 'ScalingActive',
          status: 'True',
          reason: 'ValidMetricFound',
          message: 'the HPA was able to successfully calculate a replica count from pods metric',
        },
        limited,
      ],
    });
  }

  /** A metric's current value: the pods' average for a Pods metric. */
  #read(m: Record<string, unknown>, pods: ReturnType<Kubelet['runningPods']>): Reading {
    if (m.type === 'Resource' || m.type === 'ContainerResource') {
      const resource = isRecord(m.resource) ? String(m.resource.name ?? 'cpu') : 'cpu';
      return {
        error: `failed to get ${resource} utilization: unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`,
      };
    }
    if (m.type !== 'Pods' || !isRecord(m.pods) || !isRecord(m.pods.metric)) {
      return {
        error: `unable to get metric of type ${String(m.type)}: no custom or external metrics API`,
      };
    }
    const metricName = String(m.pods.metric.name ?? '');
    const values: number[] = [];
    for (const pod of pods) {
      for (const c of pod.containers) {
        const value = c.server ? serverMetric(c.server.metrics, metricName) : undefined;
        if (value !== undefined) values.push(value);
      }
    }
    if (values.length === 0) {
      return {
        error: `failed to get pods metric value: unable to get metric ${metricName}: no metrics returned from custom metrics API`,
      };
    }
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    return {
      value: average,
      metric: {
        type: 'Pods',
        pods: { metric: { name: metricName }, current: { averageValue: quantity(average) } },
      },
    };
  }

  #targetValue(m: Record<string, unknown>): number {
    const target = isRecord(m.pods) && isRecord(m.pods.target) ? m.pods.target : {};
    return parseQuantity(target.averageValue as string | number | undefined) ?? 0;
  }

  #writeStatus(hpa: KubeObject, status: Record<string, unknown>): void {
    const now = this.#ctx.clock.timestamp();
    const before =
      isRecord(hpa.status) && Array.isArray(hpa.status.conditions)
        ? hpa.status.conditions.filter(isRecord)
        : [];
    const conditions = ((status.conditions as Condition[] | undefined) ?? []).map((c) => {
      const old = before.find((b) => b.type === c.type);
      return {
        ...c,
        lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now,
      };
    });
    const next = { ...status, conditions };
    if (JSON.stringify(next) === JSON.stringify(hpa.status)) return;
    this.#ctx.registry.write(HPA, { ...hpa, status: next });
  }
}

function downWindowSeconds(spec: Record<string, unknown>): number {
  const behavior = isRecord(spec.behavior) ? spec.behavior : {};
  const down = isRecord(behavior.scaleDown) ? behavior.scaleDown : {};
  return typeof down.stabilizationWindowSeconds === 'number'
    ? down.stabilizationWindowSeconds
    : DEFAULT_DOWN_WINDOW_S;
}

/** A model server's gauge by the name a Prometheus adapter would serve it under. */
function serverMetric(
  metrics: { running: number; waiting: number; kvUsage: number },
  name: string,
): number | undefined {
  switch (name.replace(/^vllm[:_]/, '')) {
    case 'num_requests_waiting':
      return metrics.waiting;
    case 'num_requests_running':
      return metrics.running;
    case 'kv_cache_usage_perc':
    case 'gpu_cache_usage_perc':
      return metrics.kvUsage;
    default:
      return undefined;
  }
}

/** A quantity as the API server writes it: whole numbers plain, fractions in milli-units. */
function quantity(value: number): string {
  return Number.isInteger(value) ? String(value) : `${Math.round(value * 1000)}m`;
}
