import type { Finding } from './diagnosis.types.ts';
import type { MetricsWindow } from './sources/runtime-metrics.ts';

export type HealthState = 'HEALTHY' | 'DEGRADED' | 'DOWN' | 'PROGRESSING' | 'UNKNOWN';

/** Everything one evaluation of a deployment looks at. Null means "no data", never "bad". */
export interface HealthSignals {
  desiredReplicas: number;
  readyReplicas: number;
  /** A rollout is under way, or pods are loading inside their startup allowance. */
  progressing: boolean;
  /** There is a live Deployment to look at. */
  observed: boolean;
  findings: Finding[];
  /** Pods whose synthetic inference check failed or timed out, of those checked. */
  synthetic: { checked: number; failed: number } | null;
  metrics: MetricsWindow | null;
  /** Why the metrics could not be read (Prometheus unreachable): said, never taken as good. */
  metricsUnavailable?: string | null;
  slo: { errorRatio: number | null; ttftP95Ms: number | null };
}

export interface Verdict {
  state: HealthState;
  reasons: string[];
}

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

/** One evaluation's verdict, before hysteresis. */
export function evaluate(s: HealthSignals): Verdict {
  if (!s.observed) return { state: 'UNKNOWN', reasons: ['No Deployment in the cluster yet.'] };
  const down: string[] = [];
  const degraded: string[] = [];
  if (s.desiredReplicas > 0 && s.readyReplicas === 0 && !s.progressing)
    down.push(`0 of ${s.desiredReplicas} replicas ready.`);
  else if (s.readyReplicas < s.desiredReplicas && !s.progressing)
    degraded.push(`${s.readyReplicas} of ${s.desiredReplicas} replicas ready.`);
  if (s.synthetic && s.synthetic.checked > 0) {
    if (s.synthetic.failed === s.synthetic.checked)
      down.push('No replica answered the test prompt (the engine may be hung).');
    else if (s.synthetic.failed > 0)
      degraded.push(
        `${s.synthetic.failed} of ${s.synthetic.checked} replicas failed the test prompt.`,
      );
  }
  const m = s.metrics;
  if (m?.errorRatio != null) {
    if (m.errorRatio >= 0.5) down.push(`Error ratio ${percent(m.errorRatio)}.`);
    else if (s.slo.errorRatio !== null && m.errorRatio > s.slo.errorRatio) {
      degraded.push(
        `Error ratio ${percent(m.errorRatio)} is above the SLO of ${percent(s.slo.errorRatio)}.`,
      );
    }
  }
  if (m?.ttftP95 != null && s.slo.ttftP95Ms !== null && m.ttftP95 * 1000 > s.slo.ttftP95Ms) {
    degraded.push(
      `Time to first token p95 ${Math.round(m.ttftP95 * 1000)} ms is above the SLO of ${s.slo.ttftP95Ms} ms.`,
    );
  }
  if (m?.kvCacheUsage != null && m.kvCacheUsage >= 0.95 && (m.queueDepth ?? 0) > 0) {
    degraded.push(
      `KV cache ${percent(m.kvCacheUsage)} full with ${m.queueDepth} requests waiting.`,
    );
  }
  for (const f of s.findings)
    if (f.severity === 'CRITICAL' && !s.progressing) degraded.push(f.title);
  const unknown = s.metricsUnavailable ? [`Metrics unknown: ${s.metricsUnavailable}`] : [];
  if (down.length) return { state: 'DOWN', reasons: [...down, ...degraded, ...unknown] };
  if (s.progressing)
    return {
      state: 'PROGRESSING',
      reasons: ['A rollout is under way or the model is loading.', ...unknown],
    };
  if (degraded.length) return { state: 'DEGRADED', reasons: [...degraded, ...unknown] };
  return { state: 'HEALTHY', reasons: unknown };
}

const BADNESS: Record<HealthState, number> = {
  HEALTHY: 0,
  PROGRESSING: 0,
  UNKNOWN: 0,
  DEGRADED: 1,
  DOWN: 2,
};

export interface HysteresisOptions {
  /** Consecutive worse verdicts before the state falls. */
  fallAfter: number;
  /** Consecutive better verdicts before it recovers. */
  recoverAfter: number;
}

export interface Transition {
  from: HealthState;
  to: HealthState;
  reasons: string[];
}

/**
 * A deployment's health with hysteresis: one failed probe or one restart that recovers
 * does not make it fall, and one good evaluation does not make it recover.
 */
export class HealthTracker {
  state: HealthState = 'UNKNOWN';
  reasons: string[] = [];
  readonly #options: HysteresisOptions;
  #streak: Verdict[] = [];

  constructor(options: HysteresisOptions = { fallAfter: 3, recoverAfter: 2 }) {
    this.#options = options;
  }

  /** Takes one verdict; returns the transition when the state changes. */
  observe(verdict: Verdict): Transition | null {
    const from = this.state;
    if (verdict.state === from) {
      this.#streak = [];
      this.reasons = verdict.reasons;
      return null;
    }
    const worse = BADNESS[verdict.state] > BADNESS[from];
    // Rollouts, loading and missing data are facts, not flickers: no waiting. A fall is never
    // taken at once, not even from UNKNOWN (Backline just restarted) or PROGRESSING (a rollout
    // runs): one slow test prompt on a busy machine must not page, nor roll a release back.
    const immediate =
      verdict.state === 'PROGRESSING' ||
      verdict.state === 'UNKNOWN' ||
      ((from === 'UNKNOWN' || from === 'PROGRESSING') && !worse);
    const last = this.#streak.at(-1);
    const sameDirection = last !== undefined && BADNESS[last.state] > BADNESS[from] === worse;
    this.#streak = sameDirection ? [...this.#streak, verdict] : [verdict];
    const needed = worse ? this.#options.fallAfter : this.#options.recoverAfter;
    if (!immediate && this.#streak.length < needed) return null;
    // Fall only as far as the whole streak agrees, so DEGRADED, DOWN, DOWN is DEGRADED.
    const target = immediate
      ? verdict
      : this.#streak.reduce((mild, v) =>
          worse
            ? BADNESS[v.state] < BADNESS[mild.state]
              ? v
              : mild
            : BADNESS[v.state] > BADNESS[mild.state]
              ? v
              : mild,
        );
    this.#streak = [];
    this.state = target.state;
    this.reasons = target.reasons;
    return target.state === from ? null : { from, to: target.state, reasons: target.reasons };
  }
}
