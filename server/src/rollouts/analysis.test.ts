import { describe, expect, it } from 'vitest';
import { diagnose, type MetricsWindow } from '../health/index.ts';
import {
  behaviourAnalysis,
  earlyErrorRatioFailure,
  errorRatioAnalysis,
  healthAnalysis,
  type PodHealth,
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

function window(requests: number, errors: number, ttftP95: number | null): MetricsWindow {
  return {
    seconds: 10,
    requestRate: requests / 10,
    errorRatio: requests ? errors / requests : null,
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
    // 40 % of a dozen requests: clearly broken, rolled back without waiting for the window.
    expect(early(12, 5)).toMatchObject({ check: 'ERROR_RATIO', verdict: 'FAIL' });
    expect(early(12, 5)?.message).toMatch(/before the end of the window/);
    // One failure in ten is 10 %, over a 2 % SLO, but may be bad luck: the window's end decides.
    expect(errorRatioAnalysis({ canary: window(10, 1, null), baseline: null, slo }).verdict).toBe(
      'FAIL',
    );
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
});
