import { modelRef, RUNTIME_PROFILES } from '../catalog/index.ts';
import type { Publisher } from '../events/index.ts';
import type { ClusterClient, LivePod, LiveWorkload } from '../kube/index.ts';
import type { Logger } from '../logging/index.ts';
import type { Clock } from '../shared/clock.ts';
import type { Db } from '../store/index.ts';
import { diagnose, explainHealth } from './diagnose.ts';
import type { EventLike, ProbeOutcome } from './diagnosis.types.ts';
import type { HealthEvents } from './health.events.ts';
import { healthRepository } from './health.repository.ts';
import { healthSignal } from './health.signals.ts';
import type { HealthReport, MonitoredDeployment, PodsObserved } from './health.types.ts';
import { evaluate, type HealthState, HealthTracker } from './health-state.ts';
import { pastTerminations } from './pod-rules.ts';
import { withinProgress } from './progress.ts';
import type { PrometheusSource } from './sources/promql.ts';
import {
  type MetricsWindow,
  type ServerCounters,
  sumCounters,
  windowBetween,
} from './sources/runtime-metrics.ts';
import { scrapePodCounters } from './sources/scrape.ts';

export interface HealthMonitorDeps {
  db: Db;
  client: ClusterClient;
  clock: Clock;
  logger: Logger;
  deployments: () => Promise<MonitoredDeployment[]>;
  /** Told of every transition (`health.changed`), with the incident signal it makes. */
  events: Publisher<HealthEvents>;
  /** Told of every evaluation's state, for metrics. */
  onEvaluated?: (deployment: MonitoredDeployment, state: HealthState) => void;
  /** Told what each evaluation saw of the pods and their counters, e.g. to account for costs. */
  onObserved?: (observed: PodsObserved) => Promise<void>;
  intervalMs: number;
  /** How long the test prompt may take before the engine counts as hung. */
  syntheticTimeoutMs: number;
  /** When set, metrics come from this Prometheus server by PromQL instead of each pod's /metrics. */
  prometheus?: PrometheusSource | undefined;
}

function trackerFrom(report: HealthReport | undefined): HealthTracker {
  const tracker = new HealthTracker();
  if (report) {
    tracker.state = report.state;
    tracker.reasons = report.reasons;
  }
  return tracker;
}

/** The workload's events as the diagnosis rules take them. */
export function liveEvents(live: LiveWorkload): EventLike[] {
  return live.events.map((e) => {
    const [kind, name] = e.object.split('/');
    return {
      type: e.type,
      reason: e.reason,
      message: e.message,
      count: e.count,
      involvedObject: { kind, name },
    };
  });
}

/**
 * Evaluates every model deployment on a timer: Kubernetes status and events, each
 * ready pod's metrics and a tiny test prompt through the pods/proxy subresource, the
 * crashed containers' last log lines; keeps the state with hysteresis, stores a
 * sample for the charts and each transition, and reports transitions.
 */
export class HealthMonitor {
  readonly #deps: HealthMonitorDeps;
  readonly #trackers = new Map<string, HealthTracker>();
  readonly #reports = new Map<string, HealthReport>();
  readonly #previous = new Map<string, { counters: ServerCounters; at: number }>();
  readonly #logs = new Map<string, { key: string; lines: string[] }>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #passes = 0;
  #prometheusFailing = false;

  constructor(deps: HealthMonitorDeps) {
    this.#deps = deps;
  }

  start(): void {
    this.#timer = setInterval(() => {
      if (!this.#running) this.#running = this.evaluateAll().finally(() => (this.#running = null));
    }, this.#deps.intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#running;
  }

  async evaluateAll(): Promise<void> {
    const deps = this.#deps;
    try {
      const deployments = await deps.deployments();
      await Promise.all(deployments.map((d) => this.#evaluate(d)));
      if (++this.#passes % 720 === 0) await healthRepository.prune(deps.db, deps.clock.now());
    } catch (error) {
      deps.logger.warn({ err: error }, 'health evaluation failed');
    }
  }

  async #evaluate(d: MonitoredDeployment): Promise<void> {
    const now = this.#deps.clock.now();
    const stable = d.live.deployments.find((x) => x.track === 'stable');
    const ready = d.live.pods.filter((p) => p.ready);
    const prometheus = this.#deps.prometheus;
    const [perPod, synthetic, logs, queried] = await Promise.all([
      prometheus ? this.#podCounters(prometheus, d, ready) : this.#scrape(d, ready),
      this.#testPrompt(d, ready),
      this.#crashLogs(d),
      prometheus ? this.#query(prometheus, d, ready) : null,
    ]);
    const counters =
      perPod && !prometheus ? sumCounters(ready.flatMap((p) => perPod.get(p.name) ?? [])) : null;
    const metrics = queried ? queried.metrics : this.#window(d.id, counters, now.getTime());
    await this.#tellObserved(d, now, perPod);
    const observed = {
      runtime: d.spec.runtime,
      deployments: stable ? [stable.raw] : [],
      pods: d.live.pods.map((p) => p.raw),
      events: liveEvents(d.live),
      logs,
      now,
    };
    const causes = diagnose(observed);
    const rollingOut =
      d.appliedGeneration < d.generation ||
      (stable !== undefined &&
        (stable.observedGeneration < stable.generation || stable.updatedReplicas < d.replicas));
    // A deploy on its way up is PROGRESSING, not DOWN: no page for pods still loading.
    const loading = withinProgress({
      deployment: stable,
      pods: d.live.pods,
      findings: causes,
      now,
    });
    const verdict = evaluate({
      desiredReplicas: d.replicas,
      readyReplicas: ready.length,
      progressing: rollingOut || loading,
      observed: stable !== undefined,
      findings: causes,
      synthetic,
      metrics,
      metricsUnavailable: queried?.unavailable ?? null,
      slo: { errorRatio: d.sloErrorRatio, ttftP95Ms: d.sloTtftP95Ms },
    });
    const previous = this.#reports.get(d.id) ?? (await this.#stored(d.id));
    const tracker = this.#trackers.get(d.id) ?? trackerFrom(previous);
    this.#trackers.set(d.id, tracker);
    const transition = tracker.observe(verdict);
    // What Kubernetes shows, plus what the evaluation measured: never "down" without a cause.
    const findings = explainHealth(causes, {
      desiredReplicas: d.replicas,
      readyReplicas: ready.length,
      synthetic,
      syntheticTimeoutMs: this.#deps.syntheticTimeoutMs,
      metrics,
      slo: { errorRatio: d.sloErrorRatio, ttftP95Ms: d.sloTtftP95Ms },
      state: tracker.state,
      reasons: tracker.reasons,
    });
    const report: HealthReport = {
      state: tracker.state,
      reasons: tracker.reasons,
      since: transition || !previous ? now : previous.since,
      checkedAt: now,
      findings,
      pastTerminations: pastTerminations(observed),
      metrics,
      synthetic,
    };
    this.#reports.set(d.id, report);
    this.#deps.onEvaluated?.(d, tracker.state);
    await healthRepository.saveReport(this.#deps.db, d.id, report);
    await healthRepository.addSample(this.#deps.db, d.id, now, tracker.state, metrics);
    if (transition) {
      await healthRepository.addTransition(this.#deps.db, d.id, now, transition, findings);
      this.#deps.logger.info(
        { deployment: `${d.namespace}/${d.name}`, ...transition },
        'health changed',
      );
      this.#deps.events.publish('health.changed', {
        deployment: d,
        transition,
        report,
        signal: healthSignal(d, transition, report),
      });
    }
  }

  /**
   * The report an earlier leader (or this process before a restart) stored: health continues
   * from its state, so a restart or a failover is not a transition, and an open incident stays
   * with the state that opened it.
   */
  async #stored(deploymentId: string): Promise<HealthReport | undefined> {
    try {
      return (await healthRepository.report(this.#deps.db, deploymentId)) ?? undefined;
    } catch (error) {
      this.#deps.logger.warn({ err: error }, 'could not read the stored health report');
      return undefined;
    }
  }

  async #tellObserved(
    d: MonitoredDeployment,
    at: Date,
    perPod: Map<string, ServerCounters> | null,
  ): Promise<void> {
    if (!this.#deps.onObserved) return;
    try {
      await this.#deps.onObserved({
        deployment: d,
        at,
        pods: d.live.pods.map((pod) => ({ pod, counters: perPod?.get(pod.name) ?? null })),
      });
    } catch (error) {
      this.#deps.logger.warn(
        { err: error, deployment: `${d.namespace}/${d.name}` },
        'could not hand over what the pods were seen doing',
      );
    }
  }

  #scrape(d: MonitoredDeployment, pods: LivePod[]): Promise<Map<string, ServerCounters>> {
    return scrapePodCounters(
      this.#deps.client,
      d.namespace,
      d.spec.runtime,
      pods.map((p) => p.name),
      d.port,
    );
  }

  /** Each pod's token counters from Prometheus; none when it cannot answer (the window says why). */
  async #podCounters(
    prometheus: PrometheusSource,
    d: MonitoredDeployment,
    pods: LivePod[],
  ): Promise<Map<string, ServerCounters> | null> {
    try {
      return await prometheus.podCounters(
        d.spec.runtime,
        d.namespace,
        pods.map((p) => p.name),
      );
    } catch {
      return null;
    }
  }

  /** The window from Prometheus. If it cannot answer, that is no data, logged once until it can. */
  async #query(
    prometheus: PrometheusSource,
    d: MonitoredDeployment,
    pods: LivePod[],
  ): Promise<{ metrics: MetricsWindow | null; unavailable: string | null }> {
    try {
      const window = await prometheus.window(
        d.spec.runtime,
        d.namespace,
        pods.map((p) => p.name),
      );
      this.#prometheusFailing = false;
      return { metrics: window, unavailable: null };
    } catch (error) {
      if (!this.#prometheusFailing) {
        this.#deps.logger.warn(
          { err: error },
          'could not read metrics from Prometheus; health is judged without them',
        );
      }
      this.#prometheusFailing = true;
      const reason = error instanceof Error ? error.message : String(error);
      return {
        metrics: null,
        unavailable: `Prometheus at ${prometheus.url} could not be read: ${reason}`,
      };
    }
  }

  #window(id: string, counters: ServerCounters | null, at: number): MetricsWindow | null {
    if (!counters) return null;
    const previous = this.#previous.get(id);
    this.#previous.set(id, { counters, at });
    return previous
      ? windowBetween(previous.counters, counters, Math.max(0.001, (at - previous.at) / 1000))
      : null;
  }

  /** A tiny fixed prompt through the OpenAI API: a hung engine can still answer its health check. */
  async #testPrompt(
    d: MonitoredDeployment,
    pods: LivePod[],
  ): Promise<{ checked: number; failed: number; outcomes: ProbeOutcome[] } | null> {
    if (!pods.length) return null;
    const profile = RUNTIME_PROFILES[d.spec.runtime];
    const port = d.port ?? profile.port;
    const model = d.spec.runtime === 'OLLAMA' ? modelRef(d.spec.model.source) : d.spec.modelName;
    const request = d.watchOnly
      ? { method: 'GET' as const, path: profile.healthPath }
      : {
          method: 'POST' as const,
          path: '/v1/chat/completions',
          body: JSON.stringify({
            model,
            messages: [{ role: 'user', content: 'Reply with the word OK.' }],
            max_tokens: 4,
            temperature: 0,
          }),
        };
    const outcomes = await Promise.all(
      pods.map(async (p): Promise<ProbeOutcome> => {
        const started = Date.now();
        try {
          const res = await this.#deps.client.podProxy(d.namespace, p.name, port, {
            ...request,
            timeoutMs: this.#deps.syntheticTimeoutMs,
          });
          const ms = Date.now() - started;
          const detail = res.body.slice(0, 300);
          if (res.status < 500) return { pod: p.name, outcome: 'ok', status: res.status, ms };
          // The API server's proxy answers 502/503 itself when it cannot reach the pod.
          const unreachable =
            (res.status === 502 || res.status === 503) &&
            /error trying to reach service|connection refused|dial tcp/i.test(detail);
          return {
            pod: p.name,
            outcome: unreachable ? 'refused' : 'error',
            status: res.status,
            detail,
            ms,
          };
        } catch (error) {
          const ms = Date.now() - started;
          const message = error instanceof Error ? error.message : String(error);
          const timedOut =
            ms >= this.#deps.syntheticTimeoutMs ||
            /no answer within|timed? ?out|abort/i.test(message);
          return {
            pod: p.name,
            outcome: timedOut ? 'timeout' : 'refused',
            detail: message.slice(0, 300),
            ms,
          };
        }
      }),
    );
    return {
      checked: outcomes.length,
      failed: outcomes.filter((o) => o.outcome !== 'ok').length,
      outcomes,
    };
  }

  /** The previous container's last lines for pods that restarted and are not ready, fetched once per restart. */
  async #crashLogs(d: MonitoredDeployment): Promise<Record<string, string[]>> {
    const logs: Record<string, string[]> = {};
    for (const pod of d.live.pods) {
      if (pod.ready || pod.restarts === 0) continue;
      const key = `${pod.name}#${pod.restarts}`;
      const cached = this.#logs.get(pod.name);
      if (cached?.key === key) {
        logs[pod.name] = cached.lines;
        continue;
      }
      try {
        const lines = await this.#deps.client.podLogs(d.namespace, pod.name, {
          previous: true,
          tailLines: 50,
        });
        this.#logs.set(pod.name, { key, lines });
        logs[pod.name] = lines;
      } catch (error) {
        this.#deps.logger.debug(
          { err: error, pod: pod.name },
          'could not read the previous container log',
        );
      }
    }
    return logs;
  }
}
