import { describe, expect, it } from 'vitest';
import {
  diagnose,
  type MetricsWindow,
  parsePrometheusText,
  readCounters,
  windowBetween,
} from '../health/index.ts';
import {
  type Analysis,
  behaviourAnalysis,
  earlyErrorRatioFailure,
  errorRatioAnalysis,
  healthAnalysis,
  type PodHealth,
  stepDecision,
  ttftAnalysis,
  wilsonLower,
} from './analysis.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

function pod(name: string, status: Record<string, unknown>) {
  return {
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [{ name: 'server', startupProbe: { periodSeconds: 10, failureThreshold: 30 } }],
    },
    status: {
      phase: 'Running',
      conditions: [{ type: 'PodScheduled', status: 'True' }],
      ...status,
    },
  };
}

const crashedOnce = (ready: boolean, restarts: number) =>
  pod('chat-canary-1', {
    containerStatuses: [
      {
        name: 'server',
        ready,
        restartCount: restarts,
        state: ready
          ? { running: { startedAt: '2026-11-27T09:59:50Z' } }
          : { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s' } },
        lastState: { terminated: { reason: 'Error', exitCode: 1 } },
      },
    ],
  });

function judge(raw: ReturnType<typeof pod>, health: PodHealth, everReady: string[]) {
  const findings = diagnose({
    runtime: 'VLLM',
    deployments: [],
    pods: [raw],
    events: [],
    now: NOW,
  });
  return healthAnalysis([health], findings, new Set(everReady), 1);
}

/** A window as vLLM's HTTP metrics give it: requests and their server errors counted. */
function window(requests: number, errors: number, ttftP95: number | null): MetricsWindow {
  return {
    seconds: 10,
    requestRate: requests / 10,
    requests,
    errorRatio: requests ? errors / requests : null,
    sources: {
      requests: 'http_requests_total',
      failures: 'http_requests_total{status="5xx"}',
      notes: [],
    },
    ttftP50: null,
    ttftP95,
    e2eP95: null,
    tokensPerSecond: null,
    queueDepth: null,
    running: null,
    kvCacheUsage: null,
  };
}

const NO_SLO = { errorRatio: null, ttftP95Ms: null };

describe('rollout analysis', () => {
  it('fails at once when a canary container crashes before it was ever ready', () => {
    const result = judge(
      crashedOnce(false, 1),
      { name: 'chat-canary-1', ready: false, restarts: 1 },
      [],
    );
    expect(result.verdict).toBe('FAIL');
    expect(result.message).toMatch(/before it was ever ready/);
    expect(result.details).toMatchObject({ cause: 'CRASH_LOOP', everReady: false });
  });

  it('fails a canary whose crash the logs name more precisely than a crash loop', () => {
    const findings = diagnose({
      runtime: 'VLLM',
      deployments: [],
      pods: [crashedOnce(false, 1)],
      events: [],
      logs: {
        'chat-canary-1': [
          "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (18016). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine.",
        ],
      },
      now: NOW,
    });
    const result = healthAnalysis(
      [{ name: 'chat-canary-1', ready: false, restarts: 1 }],
      findings,
      new Set(),
      1,
    );
    expect(result.verdict).toBe('FAIL');
    expect(result.details).toMatchObject({ cause: 'KV_CACHE_TOO_SMALL' });
  });

  it('fails on an image that cannot be pulled and on OOM while loading', () => {
    const pull = pod('chat-canary-2', {
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason: 'ImagePullBackOff', message: 'manifest unknown' } },
        },
      ],
    });
    expect(judge(pull, { name: 'chat-canary-2', ready: false, restarts: 0 }, []).verdict).toBe(
      'FAIL',
    );
    const oom = pod('chat-canary-3', {
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 1,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
        },
      ],
    });
    const verdict = judge(oom, { name: 'chat-canary-3', ready: false, restarts: 1 }, []);
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.details).toMatchObject({ cause: 'OOM_WHILE_LOADING' });
  });

  it('does not fail a pod that was ready, restarted once and recovers', () => {
    // Down after its one crash, between restarts: given the chance to come back.
    const down = judge(
      crashedOnce(false, 1),
      { name: 'chat-canary-1', ready: false, restarts: 1 },
      ['chat-canary-1'],
    );
    expect(down.verdict).not.toBe('FAIL');
    // Back up.
    const back = judge(crashedOnce(true, 1), { name: 'chat-canary-1', ready: true, restarts: 1 }, [
      'chat-canary-1',
    ]);
    expect(back.verdict).toBe('PASS');
    // A second crash after being ready is a crash loop.
    const again = judge(
      crashedOnce(false, 2),
      { name: 'chat-canary-1', ready: false, restarts: 2 },
      ['chat-canary-1'],
    );
    expect(again.verdict).toBe('FAIL');
    expect(again.message).toMatch(/keeps crashing after it was ready/);
  });

  it('is inconclusive, not failed, while pods are still loading', () => {
    const loading = pod('chat-canary-4', {
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 0,
          state: { running: { startedAt: '2026-11-27T09:59:30Z' } },
        },
      ],
    });
    expect(judge(loading, { name: 'chat-canary-4', ready: false, restarts: 0 }, []).verdict).toBe(
      'INCONCLUSIVE',
    );
  });

  it('is inconclusive without traffic or data: a quiet endpoint is never rolled back', () => {
    for (const canary of [null, window(0, 0, null), window(3, 3, 9)]) {
      const input = {
        canary,
        baseline: window(100, 0, 0.05),
        slo: { errorRatio: 0.01, ttftP95Ms: 100 },
      };
      expect(errorRatioAnalysis(input).verdict).toBe('INCONCLUSIVE');
      expect(ttftAnalysis(input).verdict).toBe('INCONCLUSIVE');
    }
  });

  it('fails early only on an error ratio over the limit beyond chance', () => {
    const slo = { errorRatio: 0.02, ttftP95Ms: null };
    const early = (requests: number, errors: number) =>
      earlyErrorRatioFailure({ canary: window(requests, errors, null), baseline: null, slo });
    // 40 % of a dozen requests: clearly broken, rolled back without waiting for the window,
    // nor for the 50 requests a pass would need.
    expect(early(12, 5)).toMatchObject({ check: 'ERROR_RATIO', verdict: 'FAIL' });
    expect(early(12, 5)?.message).toMatch(/before the end of the window/);
    // One failure in ten is 10 %, over a 2 % SLO, but may be bad luck: the window's end decides.
    expect(
      errorRatioAnalysis({ canary: window(10, 1, null), baseline: null, slo, minimumRequests: 10 })
        .verdict,
    ).toBe('FAIL');
    expect(early(10, 1)).toBeNull();
    // Within the limit, or too few requests to judge: never early.
    expect(early(200, 2)).toBeNull();
    expect(early(5, 5)).toBeNull();
    expect(wilsonLower(0.4, 12, 2.576)).toBeGreaterThan(0.1);
    expect(wilsonLower(0, 0, 2.576)).toBe(0);
  });

  it('fails an error ratio above the SLO and passes one within it', () => {
    const slo = { errorRatio: 0.02, ttftP95Ms: null };
    const bad = errorRatioAnalysis({
      canary: window(100, 30, null),
      baseline: window(100, 0, null),
      slo,
    });
    expect(bad).toMatchObject({
      verdict: 'FAIL',
      canaryValue: 0.3,
      baselineValue: 0,
      threshold: 0.02,
    });
    expect(
      errorRatioAnalysis({ canary: window(100, 1, null), baseline: window(100, 0, null), slo })
        .verdict,
    ).toBe('PASS');
  });

  it('does not blame the new release for errors the stable one has too', () => {
    const verdict = errorRatioAnalysis({
      canary: window(100, 10, null),
      baseline: window(100, 10, null),
      slo: { errorRatio: 0.01, ttftP95Ms: null },
    });
    expect(verdict.verdict).toBe('PASS');
    // Without an SLO the limit is 5 %.
    expect(
      errorRatioAnalysis({ canary: window(100, 6, null), baseline: null, slo: NO_SLO }).verdict,
    ).toBe('FAIL');
  });

  it('is inconclusive, never a pass, when no source counts failed requests', () => {
    // The incident: vLLM without its HTTP metrics. Its engine counters saw 176 finished
    // requests and never a failed one, because a failed request never reaches them.
    const scrape = (ok: number) =>
      readCounters(
        'VLLM',
        parsePrometheusText(
          `vllm:request_success_total{finished_reason="stop",model_name="m"} ${ok}.0\n`,
        ),
      );
    const canary = windowBetween(scrape(0), scrape(176), 60);
    const verdict = errorRatioAnalysis({ canary, baseline: null, slo: NO_SLO });
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.source).toBeNull();
    expect(verdict.message).toMatch(/No source counts the new release's failed requests/);
    expect(verdict.message).toMatch(/count no failed requests/);
  });

  it('names the source and the sample of every metrics verdict', () => {
    const verdict = errorRatioAnalysis({
      canary: window(176, 70, null),
      baseline: null,
      slo: NO_SLO,
    });
    expect(verdict).toMatchObject({
      verdict: 'FAIL',
      source: 'http_requests_total{status="5xx"}',
      sample: 176,
    });
    expect(verdict.message).toMatch(/39\.77 % of 176 requests .* Source: http_requests_total/);
  });

  it('is inconclusive below the rollout’s minimum sample, whatever the ratio', () => {
    const input = { canary: window(30, 0, 0.05), baseline: null, slo: NO_SLO };
    const few = errorRatioAnalysis({ ...input, minimumRequests: 50 });
    expect(few).toMatchObject({ verdict: 'INCONCLUSIVE', sample: 30 });
    expect(few.message).toMatch(/Only 30 requests .* at least 50/);
    expect(errorRatioAnalysis({ ...input, minimumRequests: 20 }).verdict).toBe('PASS');
  });

  it('does not count client errors (4xx) as failures of the release', () => {
    const canary = { ...window(100, 1, null), clientErrors: 40 };
    const verdict = errorRatioAnalysis({ canary, baseline: null, slo: NO_SLO });
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.message).toMatch(/40 client errors \(4xx\) are not counted/);
  });

  it('falls back to Backline’s test requests for a runtime that counts no failures', () => {
    const quiet: MetricsWindow = {
      ...window(0, 0, null),
      requests: null,
      requestRate: null,
      errorRatio: null,
      sources: { requests: null, failures: null, notes: ['llama.cpp counts tokens only.'] },
    };
    const verdict = errorRatioAnalysis({
      canary: quiet,
      baseline: null,
      slo: NO_SLO,
      probes: { sent: 60, failed: 24 },
    });
    expect(verdict).toMatchObject({
      verdict: 'FAIL',
      canaryValue: 0.4,
      sample: 60,
      source: "Backline's test requests to the new pods",
    });
    // Ollama serves no metrics at all: the test requests are all there is.
    expect(
      errorRatioAnalysis({
        canary: null,
        baseline: null,
        slo: NO_SLO,
        runtime: 'OLLAMA',
        probes: { sent: 60, failed: 0 },
      }).verdict,
    ).toBe('PASS');
    expect(
      errorRatioAnalysis({ canary: null, baseline: null, slo: NO_SLO, runtime: 'OLLAMA' }).message,
    ).toMatch(/could not be read \(Ollama serves none\)/);
  });

  it('moves a step on only when its required checks passed on evidence', () => {
    const check = (c: Analysis['check'], verdict: Analysis['verdict']): Analysis => ({
      check: c,
      verdict,
      message: `${c} ${verdict}`,
      canaryValue: null,
      baselineValue: null,
      threshold: null,
      details: null,
    });
    const policy = { minimumRequests: 50, ttftSlo: false };
    expect(
      stepDecision(
        [check('HEALTH', 'PASS'), check('ERROR_RATIO', 'PASS'), check('TTFT_P95', 'INCONCLUSIVE')],
        policy,
      ),
    ).toEqual({ kind: 'PASS' });
    const held = stepDecision(
      [check('HEALTH', 'PASS'), check('ERROR_RATIO', 'INCONCLUSIVE')],
      policy,
    );
    expect(held.kind).toBe('INCONCLUSIVE');
    expect(held.kind === 'INCONCLUSIVE' && held.reason).toMatch(
      /^Not enough evidence to promote: ERROR_RATIO/,
    );
    // A latency objective makes the latency check required too.
    expect(
      stepDecision(
        [check('HEALTH', 'PASS'), check('ERROR_RATIO', 'PASS'), check('TTFT_P95', 'INCONCLUSIVE')],
        { ...policy, ttftSlo: true },
      ).kind,
    ).toBe('INCONCLUSIVE');
    // A rollout that asks for no minimum promotes on health alone.
    expect(
      stepDecision([check('HEALTH', 'PASS'), check('ERROR_RATIO', 'INCONCLUSIVE')], {
        minimumRequests: 0,
        ttftSlo: false,
      }).kind,
    ).toBe('PASS');
    expect(
      stepDecision([check('HEALTH', 'PASS'), check('ERROR_RATIO', 'FAIL')], policy),
    ).toMatchObject({ kind: 'FAIL', failed: { check: 'ERROR_RATIO' } });
  });

  it('judges TTFT p95 against the SLO and twice the stable baseline', () => {
    const fast = window(100, 0, 0.05);
    const slow = window(100, 0, 0.5);
    expect(ttftAnalysis({ canary: slow, baseline: fast, slo: NO_SLO })).toMatchObject({
      verdict: 'FAIL',
      threshold: 100,
    });
    expect(ttftAnalysis({ canary: fast, baseline: fast, slo: NO_SLO }).verdict).toBe('PASS');
    expect(
      ttftAnalysis({ canary: slow, baseline: null, slo: { errorRatio: null, ttftP95Ms: 1000 } })
        .verdict,
    ).toBe('PASS');
    expect(ttftAnalysis({ canary: slow, baseline: null, slo: NO_SLO }).verdict).toBe(
      'INCONCLUSIVE',
    );
  });

  it('fails behaviour when any golden prompt fails, and is inconclusive when one could not run', () => {
    const ok = {
      promptId: 'a',
      name: 'capital',
      passed: true,
      failures: [],
      answerExcerpt: 'Paris',
      durationMs: 5,
    };
    const bad = { ...ok, promptId: 'b', name: 'json', passed: false, failures: ['not JSON'] };
    const unknown = { ...ok, promptId: 'c', name: 'slow', passed: null, failures: ['timeout'] };
    expect(behaviourAnalysis([ok, bad, unknown])).toMatchObject({ verdict: 'FAIL' });
    expect(behaviourAnalysis([ok, bad]).message).toMatch(
      /changes how the model answers: json \(not JSON\)/,
    );
    expect(behaviourAnalysis([ok, unknown]).verdict).toBe('INCONCLUSIVE');
    expect(behaviourAnalysis([ok]).verdict).toBe('PASS');
  });

  it('compares both tracks: only what the stable release passes and the new one fails regresses', () => {
    const answer = (promptId: string, name: string, passed: boolean | null, text: string) => ({
      promptId,
      name,
      passed,
      failures: passed === false ? [`${name} failed`] : [],
      answerExcerpt: text,
      durationMs: 5,
    });
    const canary = [
      answer('a', 'capital', false, 'As an AI, I think Lyon.'),
      answer('b', 'json', false, 'not json'),
      answer('c', 'greeting', true, 'Hello'),
    ];
    const stable = [
      answer('a', 'capital', true, 'Paris'),
      answer('b', 'json', false, 'not json either'),
      answer('c', 'greeting', true, 'Hello'),
    ];
    const result = behaviourAnalysis(canary, stable);
    expect(result.verdict).toBe('FAIL');
    expect(result.message).toMatch(/capital \(capital failed; the stable release passes it\)/);
    expect(result.message).toMatch(/json fails on the stable release too/);
    const prompts = (
      result.details as {
        prompts: { name: string; regression: boolean; stable: { answer: string } | null }[];
      }
    ).prompts;
    expect(prompts.map((p) => [p.name, p.regression, p.stable?.answer])).toEqual([
      ['capital', true, 'Paris'],
      ['json', false, 'not json either'],
      ['greeting', false, 'Hello'],
    ]);
    // Failing only what the stable release fails too is no regression.
    const same = behaviourAnalysis(canary.slice(1), stable.slice(1));
    expect(same.verdict).toBe('PASS');
    expect(same.message).toMatch(/No golden prompt regressed/);
  });
});
