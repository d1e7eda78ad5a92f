import type { PromptCheckResult } from '../behaviour/index.ts';
import type { Cause, Finding, MetricsWindow } from '../health/index.ts';

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
}

/** Causes that mean the new release's container itself cannot run. */
const CRASH_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'OOM_WHILE_LOADING',
  'OOM_KILLED',
  'CUDA_OUT_OF_MEMORY',
  'IMAGE_PULL_FAILED',
  'INVALID_IMAGE_NAME',
  'GATED_MODEL',
  'MODEL_NOT_FOUND',
  'START_ERROR',
  'CRASH_LOOP',
  'CONTAINER_ERROR',
  'CONFIG_ERROR',
  'STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING',
]);

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
      (f) => CRASH_CAUSES.has(f.cause) && f.objects.includes(`Pod/${pod.name}`),
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
    };
  }
  const ready = pods.filter((p) => p.ready).length;
  return ready >= expected
    ? {
        check: 'HEALTH',
        verdict: 'PASS',
        message: `${ready} of ${expected} pods of the new release ready.`,
        canaryValue: ready,
        baselineValue: null,
        threshold: expected,
        details: null,
      }
    : {
        check: 'HEALTH',
        verdict: 'INCONCLUSIVE',
        message: `${ready} of ${expected} pods of the new release ready; waiting for the rest.`,
        canaryValue: ready,
        baselineValue: null,
        threshold: expected,
        details: null,
      };
}

/** Fewer requests than this on the new release is too little to judge a ratio or a percentile. */
export const MIN_REQUESTS = 10;
/** Without an SLO, the error ratio the new release may have before it is called bad. */
export const DEFAULT_ERROR_RATIO_LIMIT = 0.05;
/** Without an SLO, how much slower than the stable baseline the first token may come. */
export const TTFT_BASELINE_FACTOR = 2;

export interface MetricsInput {
  canary: MetricsWindow | null;
  baseline: MetricsWindow | null;
  slo: { errorRatio: number | null; ttftP95Ms: number | null };
  /** Why the figures could not be read (Prometheus down, series missing): INCONCLUSIVE, never PASS. */
  unavailable?: string | null;
}

function requestsIn(w: MetricsWindow | null): number {
  return w?.requestRate ? w.requestRate * w.seconds : 0;
}

function inconclusive(
  check: AnalysisCheck,
  message: string,
  details?: Record<string, unknown>,
): Analysis {
  return {
    check,
    verdict: 'INCONCLUSIVE',
    message,
    canaryValue: null,
    baselineValue: null,
    threshold: null,
    details: details ?? null,
  };
}

/**
 * ERROR_RATIO of the new release against its SLO (or 5 % without one), never stricter than
 * what the stable release does now: a release is not blamed for a problem it did not bring.
 * No traffic, or no error counter, is INCONCLUSIVE: a quiet endpoint is never rolled back.
 */
export function errorRatioAnalysis({ canary, baseline, slo, unavailable }: MetricsInput): Analysis {
  if (unavailable) return inconclusive('ERROR_RATIO', unavailable);
  const requests = requestsIn(canary);
  if (!canary || canary.errorRatio === null || requests < MIN_REQUESTS) {
    return inconclusive(
      'ERROR_RATIO',
      requests
        ? `Only ${Math.round(requests)} requests reached the new release; too few to judge its error ratio.`
        : 'No traffic reached the new release (or it reports no error counts), so its error ratio is unknown.',
      { requests: Math.round(requests) },
    );
  }
  const base = requestsIn(baseline) >= MIN_REQUESTS ? (baseline?.errorRatio ?? null) : null;
  const limit = Math.max(
    slo.errorRatio ?? DEFAULT_ERROR_RATIO_LIMIT,
    base === null ? 0 : base + 0.01,
  );
  const pct = (v: number) => `${(v * 100).toFixed(2)} %`;
  const failed = canary.errorRatio > limit;
  return {
    check: 'ERROR_RATIO',
    verdict: failed ? 'FAIL' : 'PASS',
    message:
      `${pct(canary.errorRatio)} of ${Math.round(requests)} requests to the new release failed` +
      `${base === null ? '' : ` (stable: ${pct(base)})`}; the limit is ${pct(limit)}.`,
    canaryValue: canary.errorRatio,
    baselineValue: base,
    threshold: limit,
    details: { requests: Math.round(requests), slo: slo.errorRatio },
  };
}

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
 * window do not roll a good release back; null otherwise (the window's end decides).
 */
export function earlyErrorRatioFailure(input: MetricsInput): Analysis | null {
  const full = errorRatioAnalysis(input);
  if (full.verdict !== 'FAIL' || full.canaryValue === null || full.threshold === null) return null;
  const requests = requestsIn(input.canary);
  const low = wilsonLower(full.canaryValue, requests, EARLY_Z);
  if (low <= full.threshold) return null;
  return {
    ...full,
    message: `${full.message} Judged before the end of the window: at least ${(low * 100).toFixed(2)} % fail.`,
    details: { ...full.details, early: true, lowerBound: low },
  };
}

/**
 * TTFT_P95 of the new release, in milliseconds, against the SLO and (when the stable pods
 * have data) twice the stable p95, whichever is higher. No data is INCONCLUSIVE.
 */
export function ttftAnalysis({ canary, baseline, slo, unavailable }: MetricsInput): Analysis {
  if (unavailable) return inconclusive('TTFT_P95', unavailable);
  const requests = requestsIn(canary);
  if (!canary || canary.ttftP95 === null || requests < MIN_REQUESTS) {
    return inconclusive(
      'TTFT_P95',
      'Not enough requests reached the new release to measure its time to first token.',
      { requests: Math.round(requests) },
    );
  }
  const value = canary.ttftP95 * 1000;
  const base =
    baseline?.ttftP95 != null && requestsIn(baseline) >= MIN_REQUESTS
      ? baseline.ttftP95 * 1000
      : null;
  const limits = [
    ...(slo.ttftP95Ms !== null ? [slo.ttftP95Ms] : []),
    ...(base !== null ? [base * TTFT_BASELINE_FACTOR] : []),
  ];
  if (!limits.length) {
    return {
      ...inconclusive(
        'TTFT_P95',
        `p95 time to first token of the new release is ${value.toFixed(0)} ms; there is no SLO or stable baseline to judge it by.`,
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
    details: { requests: Math.round(requests), slo: slo.ttftP95Ms },
  };
}

/**
 * BEHAVIOUR from the golden prompts run on a pod of the new release: any prompt that fails
 * fails the release, because it changes how the model answers; prompts that could not run
 * leave it INCONCLUSIVE.
 */
export function behaviourAnalysis(results: PromptCheckResult[]): Analysis {
  const failed = results.filter((r) => r.passed === false);
  const unknown = results.filter((r) => r.passed === null);
  const details = {
    prompts: results.map((r) => ({
      promptId: r.promptId,
      name: r.name,
      passed: r.passed,
      failures: r.failures,
      answerExcerpt: r.answerExcerpt,
      durationMs: r.durationMs,
    })),
  };
  const base = { check: 'BEHAVIOUR' as const, baselineValue: null, details };
  if (!results.length)
    return { ...inconclusive('BEHAVIOUR', 'The model has no golden prompts to check.'), details };
  if (failed.length) {
    return {
      ...base,
      verdict: 'FAIL',
      message: `The release changes how the model answers: ${failed
        .map((r) => `${r.name} (${r.failures.join('; ') || 'failed'})`)
        .join(', ')}.`,
      canaryValue: failed.length,
      threshold: 0,
    };
  }
  return {
    ...base,
    verdict: unknown.length ? 'INCONCLUSIVE' : 'PASS',
    message: unknown.length
      ? `${results.length - unknown.length} of ${results.length} golden prompts passed; ${unknown.length} could not run.`
      : `All ${results.length} golden prompts passed.`,
    canaryValue: 0,
    threshold: 0,
  };
}
