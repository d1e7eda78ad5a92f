import type { PromptCheckResult } from '../behaviour/index.ts';
import { CONTAINER_CANNOT_RUN, type Finding, type MetricsWindow } from '../health/index.ts';

/** Pure verdicts of a rollout's analysis: what was seen, judged against the baseline and the SLOs. */

export const ANALYSIS_VERDICTS = ['PASS', 'FAIL', 'INCONCLUSIVE'] as const;
export type AnalysisVerdict = (typeof ANALYSIS_VERDICTS)[number];

export type AnalysisCheck = 'HEALTH' | 'ERROR_RATIO' | 'TTFT_P95' | 'BEHAVIOUR';

export interface Analysis {
  check: AnalysisCheck;
  verdict: AnalysisVerdict;
  message: string;
  canaryValue: number | null;
  baselineValue: number | null;
  threshold: number | null;
  details: Record<string, unknown> | null;
  /** What the figure was read from (e.g. `http_requests_total{status="5xx"}`); null when nothing measures it. */
  source?: string | null;
  /** How many observations the verdict rests on (requests, test requests, pods, prompts). */
  sample?: number | null;
}

const POD_STATUS = 'Kubernetes pod status and events';

/** A pod that was ready once may restart once and come back; more is a crash loop. */
export const RESTARTS_TOLERATED_AFTER_READY = 1;

export interface PodHealth {
  name: string;
  ready: boolean;
  restarts: number;
}

/**
 * HEALTH of the new release's pods, from the diagnosis of each. A container that crashes,
 * is OOM-killed, cannot pull its image or crash-loops before the pod was ever ready fails
 * at once: no hysteresis, every second of a bad canary serves errors. A pod that was ready
 * and restarted once is given the chance to recover.
 */
export function healthAnalysis(
  pods: PodHealth[],
  findings: Finding[],
  everReady: ReadonlySet<string>,
  expected: number,
): Analysis {
  for (const pod of pods) {
    if (pod.ready) continue;
    const crash = findings.find(
      (f) => CONTAINER_CANNOT_RUN.has(f.cause) && f.objects.includes(`Pod/${pod.name}`),
    );
    if (!crash) continue;
    const wasReady = everReady.has(pod.name);
    if (wasReady && pod.restarts <= RESTARTS_TOLERATED_AFTER_READY) continue;
    return {
      check: 'HEALTH',
      verdict: 'FAIL',
      message: wasReady
        ? `Pod ${pod.name} of the new release keeps crashing after it was ready (${pod.restarts} restarts): ${crash.summary}`
        : `Pod ${pod.name} of the new release failed before it was ever ready: ${crash.summary}`,
      canaryValue: null,
      baselineValue: null,
      threshold: null,
      details: {
        pod: pod.name,
        cause: crash.cause,
        restarts: pod.restarts,
        everReady: wasReady,
        evidence: crash.evidence,
      },
      source: POD_STATUS,
      sample: pods.length,
    };
  }
  const ready = pods.filter((p) => p.ready).length;
  const allReady = ready >= expected;
  return {
    check: 'HEALTH',
    verdict: allReady ? 'PASS' : 'INCONCLUSIVE',
    message: allReady
      ? `${ready} of ${expected} pods of the new release ready.`
      : `${ready} of ${expected} pods of the new release ready; waiting for the rest.`,
    canaryValue: ready,
    baselineValue: null,
    threshold: expected,
    details: null,
    source: POD_STATUS,
    sample: pods.length,
  };
}

/** Without a minimum set by the rollout, the requests a step needs before its ratios count. */
export const DEFAULT_MINIMUM_REQUESTS = 50;
/** Without an SLO, the error ratio the new release may have before it is called bad. */
export const DEFAULT_ERROR_RATIO_LIMIT = 0.05;
/** Without an SLO, how much slower than the stable baseline the first token may come. */
export const TTFT_BASELINE_FACTOR = 2;

/** Backline's own test requests to the new pods within the window, and how many failed. */
export interface ProbeTally {
  sent: number;
  failed: number;
}

export interface MetricsInput {
  canary: MetricsWindow | null;
  baseline: MetricsWindow | null;
  slo: { errorRatio: number | null; ttftP95Ms: number | null };
  /** Requests a verdict needs; 0 makes the metrics checks optional. Default 50. */
  minimumRequests?: number;
  /** For a runtime that counts no failed requests: Backline's test requests to the new pods. */
  probes?: ProbeTally | null;
  /** The runtime, for saying what it does not expose. */
  runtime?: string;
  /** Why the figures could not be read (Prometheus down, series missing): INCONCLUSIVE, never PASS. */
  unavailable?: string | null;
}

/** Requests in a window: counted exactly where the source does, else rate × seconds. */
export function requestsIn(w: MetricsWindow | null): number {
  if (!w) return 0;
  if (w.requests != null) return w.requests;
  return w.requestRate ? Math.round(w.requestRate * w.seconds) : 0;
}

function inconclusive(
  check: AnalysisCheck,
  message: string,
  details?: Record<string, unknown>,
  evidence: { source: string | null; sample: number | null } = { source: null, sample: null },
): Analysis {
  return {
    check,
    verdict: 'INCONCLUSIVE',
    message,
    canaryValue: null,
    baselineValue: null,
    threshold: null,
    details: details ?? null,
    ...evidence,
  };
}

const pct = (v: number) => `${(v * 100).toFixed(2)} %`;

/** Where the new release's failed requests can be read from, and how many requests that covers. */
function failureEvidence(input: MetricsInput): {
  source: string | null;
  sample: number;
  ratio: number | null;
  why: string;
} {
  const { canary, probes } = input;
  const failures = canary?.sources?.failures;
  // A window with an error ratio and no stated source predates the sources: the ratio stands.
  if (canary && (failures || (failures === undefined && canary.errorRatio !== null))) {
    return {
      source: failures ?? 'runtime metrics',
      sample: requestsIn(canary),
      ratio: canary.errorRatio,
      why: '',
    };
  }
  const notes = canary?.sources?.notes.join(' ') ?? '';
  const why = canary
    ? notes || 'The runtime counts no failed requests.'
    : `The new release's metrics could not be read${input.runtime === 'OLLAMA' ? ' (Ollama serves none)' : ''}.`;
  if (probes && probes.sent > 0) {
    return {
      source: "Backline's test requests to the new pods",
      sample: probes.sent,
      ratio: probes.failed / probes.sent,
      why,
    };
  }
  return { source: null, sample: 0, ratio: null, why };
}

/**
 * ERROR_RATIO of the new release against its SLO (or 5 % without one), never stricter than
 * what the stable release does now: a release is not blamed for a problem it did not bring.
 * Only server errors count; a client's bad requests are not the release failing. The verdict
 * names its source and sample: with no source for failed requests, or fewer requests than
 * the rollout's minimum, it is INCONCLUSIVE, never PASS.
 */
export function errorRatioAnalysis(input: MetricsInput): Analysis {
  const { baseline, slo } = input;
  if (input.unavailable) return inconclusive('ERROR_RATIO', input.unavailable);
  const minimum = input.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS;
  const evidence = failureEvidence(input);
  const { source, sample } = evidence;
  if (source === null || evidence.ratio === null || sample < Math.max(1, minimum)) {
    return inconclusive(
      'ERROR_RATIO',
      source === null
        ? `No source counts the new release's failed requests, so its error ratio is unknown. ${evidence.why}`.trim()
        : sample === 0
          ? `No requests reached the new release (source: ${source}), so its error ratio is unknown.`
          : `Only ${sample} requests reached the new release (source: ${source}); at least ${minimum} are needed to judge its error ratio.`,
      { requests: sample, baselineRequests: requestsIn(baseline), minimumRequests: minimum },
      { source, sample },
    );
  }
  const base = requestsIn(baseline) >= minimum ? (baseline?.errorRatio ?? null) : null;
  const limit = Math.max(
    slo.errorRatio ?? DEFAULT_ERROR_RATIO_LIMIT,
    base === null ? 0 : base + 0.01,
  );
  const failed = evidence.ratio > limit;
  const clientErrors = input.canary?.clientErrors ?? null;
  return {
    check: 'ERROR_RATIO',
    verdict: failed ? 'FAIL' : 'PASS',
    message:
      `${pct(evidence.ratio)} of ${sample} requests to the new release failed` +
      `${base === null ? '' : ` (stable: ${pct(base)})`}; the limit is ${pct(limit)}. Source: ${source}.` +
      (clientErrors ? ` ${clientErrors} client errors (4xx) are not counted as failures.` : ''),
    canaryValue: evidence.ratio,
    baselineValue: base,
    threshold: limit,
    details: {
      requests: sample,
      baselineRequests: requestsIn(baseline),
      minimumRequests: minimum,
      slo: slo.errorRatio,
      ...(clientErrors !== null ? { clientErrors } : {}),
      ...(evidence.why ? { note: evidence.why } : {}),
    },
    source,
    sample,
  };
}

/** Requests an early failure needs at the least, whatever the rollout's minimum for a pass. */
const EARLY_MIN_REQUESTS = 10;

/** z of the one-sided bound an early verdict needs: a look every few seconds must not add up to false alarms. */
const EARLY_Z = 2.576;

/** Lower end of the Wilson score interval of a ratio `p` seen over `n` trials. */
export function wilsonLower(p: number, n: number, z: number): number {
  if (n <= 0) return 0;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/**
 * ERROR_RATIO judged before the analysis window ends: FAIL only when even the low end of
 * the ratio's 99 % Wilson interval breaks the limit, so a few unlucky requests early in the
 * window do not roll a good release back; null otherwise (the window's end decides). It may
 * judge below the rollout's minimum sample (from 10 requests): the bound is the evidence.
 */
export function earlyErrorRatioFailure(input: MetricsInput): Analysis | null {
  // The minimum sample is what a pass needs; a failure beyond doubt needs only the bound below,
  // so a clearly broken release is not kept serving until the minimum is reached.
  const minimum = Math.min(input.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS, EARLY_MIN_REQUESTS);
  const full = errorRatioAnalysis({ ...input, minimumRequests: minimum });
  if (full.verdict !== 'FAIL' || full.canaryValue === null || full.threshold === null) return null;
  const low = wilsonLower(full.canaryValue, full.sample ?? 0, EARLY_Z);
  if (low <= full.threshold) return null;
  return {
    ...full,
    message: `${full.message} Judged before the end of the window: at least ${(low * 100).toFixed(2)} % fail.`,
    details: { ...full.details, early: true, lowerBound: low },
  };
}

/**
 * TTFT_P95 of the new release, in milliseconds, against the SLO and (when the stable pods
 * have data) twice the stable p95, whichever is higher. No histogram, or too few requests,
 * is INCONCLUSIVE.
 */
export function ttftAnalysis(input: MetricsInput): Analysis {
  const { canary, baseline, slo } = input;
  if (input.unavailable) return inconclusive('TTFT_P95', input.unavailable);
  const minimum = input.minimumRequests ?? DEFAULT_MINIMUM_REQUESTS;
  const requests = requestsIn(canary);
  const source = canary?.ttftP95 != null || canary?.sources ? ttftSource(input.runtime) : null;
  if (!canary || source === null) {
    return inconclusive(
      'TTFT_P95',
      `No source measures the new release's time to first token${input.runtime ? ` (${input.runtime} exposes no such histogram)` : ''}.`,
      { requests },
      { source: null, sample: requests },
    );
  }
  if (canary.ttftP95 === null || requests < Math.max(1, minimum)) {
    return inconclusive(
      'TTFT_P95',
      `Only ${requests} requests reached the new release (source: ${source}); at least ${minimum} are needed to measure its time to first token.`,
      { requests, minimumRequests: minimum },
      { source, sample: requests },
    );
  }
  const value = canary.ttftP95 * 1000;
  const base =
    baseline?.ttftP95 != null && requestsIn(baseline) >= minimum ? baseline.ttftP95 * 1000 : null;
  const limits = [
    ...(slo.ttftP95Ms !== null ? [slo.ttftP95Ms] : []),
    ...(base !== null ? [base * TTFT_BASELINE_FACTOR] : []),
  ];
  if (!limits.length) {
    return {
      ...inconclusive(
        'TTFT_P95',
        `p95 time to first token of the new release is ${value.toFixed(0)} ms; there is no SLO or stable baseline to judge it by.`,
        { requests },
        { source, sample: requests },
      ),
      canaryValue: value,
    };
  }
  const limit = Math.max(...limits);
  const failed = value > limit;
  return {
    check: 'TTFT_P95',
    verdict: failed ? 'FAIL' : 'PASS',
    message: `p95 time to first token of the new release is ${value.toFixed(0)} ms${
      base === null ? '' : ` (stable: ${base.toFixed(0)} ms)`
    }; the limit is ${limit.toFixed(0)} ms.`,
    canaryValue: value,
    baselineValue: base,
    threshold: limit,
    details: { requests, slo: slo.ttftP95Ms },
    source,
    sample: requests,
  };
}

const TTFT_HISTOGRAMS: Record<string, string> = {
  VLLM: 'vllm:time_to_first_token_seconds',
  SGLANG: 'sglang:time_to_first_token_seconds',
};

function ttftSource(runtime: string | undefined): string | null {
  if (runtime === undefined) return 'time to first token histogram';
  return TTFT_HISTOGRAMS[runtime] ?? null;
}

/** One golden prompt as each track answered it. */
export interface PromptComparison {
  promptId: string;
  name: string;
  canary: PromptAnswer;
  /** The stable track's answer; null when no stable pod was there to ask. */
  stable: PromptAnswer | null;
  /** The new release fails what the stable one passes. */
  regression: boolean;
}

export interface PromptAnswer {
  passed: boolean | null;
  failures: string[];
  answer: string;
  durationMs: number;
}

function answerOf(r: PromptCheckResult): PromptAnswer {
  return {
    passed: r.passed,
    failures: r.failures,
    answer: r.answerExcerpt,
    durationMs: r.durationMs,
  };
}

/**
 * The golden prompts, asked of the new release and, side by side, of the stable one under the
 * same prompts. A regression (the new release fails a prompt the stable one passes) fails the
 * step; a prompt both fail is the model's, not the release's, and is reported without failing.
 * With no stable pod to ask (every replica on the new release), any failure fails.
 */
export function behaviourAnalysis(
  results: PromptCheckResult[],
  stable: PromptCheckResult[] | null = null,
): Analysis {
  const prompts: PromptComparison[] = results.map((r) => {
    const s = stable?.find((x) => x.promptId === r.promptId) ?? null;
    return {
      promptId: r.promptId,
      name: r.name,
      canary: answerOf(r),
      stable: s ? answerOf(s) : null,
      regression: r.passed === false && (s === null || s.passed !== false),
    };
  });
  const details = { prompts };
  const base = {
    check: 'BEHAVIOUR' as const,
    details,
    source: stable ? 'golden prompts, both tracks' : 'golden prompts',
    sample: results.length,
  };
  if (!results.length)
    return {
      ...inconclusive('BEHAVIOUR', 'The model has no golden prompts to check.'),
      details,
    };
  const regressions = prompts.filter((p) => p.regression);
  const shared = prompts.filter((p) => p.canary.passed === false && !p.regression);
  const unknown = results.filter((r) => r.passed === null);
  const stableFailed = prompts.filter((p) => p.stable?.passed === false).length;
  const sharedNote = shared.length
    ? ` ${shared.map((p) => p.name).join(', ')} ${shared.length === 1 ? 'fails' : 'fail'} on the stable release too, so ${shared.length === 1 ? 'it is' : 'they are'} not counted against this one.`
    : '';
  if (regressions.length) {
    return {
      ...base,
      baselineValue: stable ? stableFailed : null,
      verdict: 'FAIL',
      message: `The release changes how the model answers: ${regressions
        .map(
          (p) =>
            `${p.name} (${p.canary.failures.join('; ') || 'failed'}${p.stable?.passed ? '; the stable release passes it' : ''})`,
        )
        .join(', ')}.${sharedNote}`,
      canaryValue: regressions.length,
      threshold: 0,
    };
  }
  const passed = results.length - unknown.length - shared.length;
  return {
    ...base,
    baselineValue: stable ? stableFailed : null,
    verdict: unknown.length ? 'INCONCLUSIVE' : 'PASS',
    message: unknown.length
      ? `${passed} of ${results.length} golden prompts passed; ${unknown.length} could not run.${sharedNote}`
      : shared.length
        ? `No golden prompt regressed.${sharedNote}`
        : `All ${results.length} golden prompts passed${stable ? ', as on the stable release' : ''}.`,
    canaryValue: 0,
    threshold: 0,
  };
}

/** How a step's window ended, from its checks. */
export type StepDecision =
  | { kind: 'FAIL'; failed: Analysis }
  | { kind: 'PASS' }
  | { kind: 'INCONCLUSIVE'; reason: string; unproven: Analysis[] };

/** What a rollout asks of a step's evidence before it may move on. */
export interface EvidencePolicy {
  /** Requests the new release must have served; 0 makes the metrics checks optional. */
  minimumRequests: number;
  /** Whether a latency objective is set, which makes TTFT_P95 a required check. */
  ttftSlo: boolean;
}

/**
 * A step may move on only when every required check passed on evidence: HEALTH always,
 * ERROR_RATIO (and TTFT_P95 under a latency SLO) unless the rollout asked for no minimum
 * sample. Any FAIL fails it; a required check still INCONCLUSIVE at the end of the window
 * holds it, with the reason, and never lets it through silently.
 */
export function stepDecision(results: Analysis[], policy: EvidencePolicy): StepDecision {
  const failed = results.find((a) => a.verdict === 'FAIL');
  if (failed) return { kind: 'FAIL', failed };
  const required = (a: Analysis) =>
    a.check === 'HEALTH' ||
    (policy.minimumRequests > 0 &&
      (a.check === 'ERROR_RATIO' || (a.check === 'TTFT_P95' && policy.ttftSlo)));
  const unproven = results.filter((a) => required(a) && a.verdict !== 'PASS');
  if (!unproven.length) return { kind: 'PASS' };
  return {
    kind: 'INCONCLUSIVE',
    reason: `Not enough evidence to promote: ${unproven.map((a) => `${a.check}: ${a.message}`).join(' ')}`,
    unproven,
  };
}
