import { describe, expect, it } from 'vitest';
import { evaluate, type HealthSignals, HealthTracker, type Verdict } from './health-state.ts';

const healthy: HealthSignals = {
  desiredReplicas: 2,
  readyReplicas: 2,
  progressing: false,
  observed: true,
  findings: [],
  synthetic: { checked: 2, failed: 0 },
  metrics: null,
  slo: { errorRatio: 0.01, ttftP95Ms: 2000 },
};

const window = (over: Partial<NonNullable<HealthSignals['metrics']>>) => ({
  seconds: 15,
  requestRate: 5,
  errorRatio: 0,
  ttftP50: 0.2,
  ttftP95: 0.5,
  e2eP95: 3,
  tokensPerSecond: 300,
  queueDepth: 0,
  running: 4,
  kvCacheUsage: 0.4,
  ...over,
});

describe('evaluate', () => {
  it('is healthy when every replica is ready and answers', () => {
    expect(evaluate(healthy)).toEqual({ state: 'HEALTHY', reasons: [] });
  });

  it('says when the metrics could not be read, instead of passing them as good', () => {
    const reason = 'Prometheus at http://prometheus:9090 could not be read: fetch failed';
    expect(evaluate({ ...healthy, metrics: null, metricsUnavailable: reason })).toEqual({
      state: 'HEALTHY',
      reasons: [`Metrics unknown: ${reason}`],
    });
    expect(
      evaluate({ ...healthy, readyReplicas: 0, metrics: null, metricsUnavailable: reason }).reasons,
    ).toContain(`Metrics unknown: ${reason}`);
  });

  it('is down when no replica is ready, or none answers the test prompt', () => {
    expect(evaluate({ ...healthy, readyReplicas: 0 }).state).toBe('DOWN');
    const hung = evaluate({ ...healthy, synthetic: { checked: 2, failed: 2 } });
    expect(hung).toMatchObject({
      state: 'DOWN',
      reasons: ['No replica answered the test prompt (the engine may be hung).'],
    });
  });

  it('is degraded when an SLO burns or the KV cache is saturated', () => {
    expect(evaluate({ ...healthy, metrics: window({ errorRatio: 0.05 }) }).reasons[0]).toBe(
      'Error ratio 5.0 % is above the SLO of 1.0 %.',
    );
    expect(evaluate({ ...healthy, metrics: window({ ttftP95: 3.2 }) }).reasons[0]).toMatch(
      /Time to first token p95 3200 ms is above the SLO of 2000 ms/,
    );
    expect(
      evaluate({ ...healthy, metrics: window({ kvCacheUsage: 0.97, queueDepth: 12 }) }).state,
    ).toBe('DEGRADED');
  });

  it('treats no traffic as no data, not as a failure', () => {
    expect(
      evaluate({ ...healthy, metrics: window({ requestRate: 0, errorRatio: null, ttftP95: null }) })
        .state,
    ).toBe('HEALTHY');
  });

  it('is progressing while a rollout runs or the model loads, and unknown with nothing to look at', () => {
    expect(evaluate({ ...healthy, readyReplicas: 0, progressing: true }).state).toBe('PROGRESSING');
    expect(evaluate({ ...healthy, observed: false }).state).toBe('UNKNOWN');
  });
});

describe('HealthTracker hysteresis', () => {
  const v = (state: Verdict['state']): Verdict => ({ state, reasons: [state] });

  function settled(): HealthTracker {
    const tracker = new HealthTracker({ fallAfter: 3, recoverAfter: 2 });
    tracker.observe(v('HEALTHY'));
    return tracker;
  }

  it('ignores a single failed evaluation', () => {
    const tracker = settled();
    expect(tracker.observe(v('DEGRADED'))).toBeNull();
    expect(tracker.observe(v('HEALTHY'))).toBeNull();
    expect(tracker.state).toBe('HEALTHY');
  });

  it('falls after three bad evaluations in a row, only as far as all three agree', () => {
    const tracker = settled();
    tracker.observe(v('DEGRADED'));
    tracker.observe(v('DOWN'));
    expect(tracker.observe(v('DOWN'))).toEqual({
      from: 'HEALTHY',
      to: 'DEGRADED',
      reasons: ['DEGRADED'],
    });
    tracker.observe(v('DOWN'));
    tracker.observe(v('DOWN'));
    expect(tracker.observe(v('DOWN'))).toMatchObject({ from: 'DEGRADED', to: 'DOWN' });
  });

  it('recovers after two good evaluations in a row', () => {
    const tracker = settled();
    for (let i = 0; i < 3; i++) tracker.observe(v('DOWN'));
    expect(tracker.state).toBe('DOWN');
    expect(tracker.observe(v('HEALTHY'))).toBeNull();
    expect(tracker.observe(v('HEALTHY'))).toMatchObject({ from: 'DOWN', to: 'HEALTHY' });
  });

  it('follows a rollout or missing data at once', () => {
    const tracker = settled();
    expect(tracker.observe(v('PROGRESSING'))).toMatchObject({ to: 'PROGRESSING' });
    expect(tracker.observe(v('HEALTHY'))).toMatchObject({ to: 'HEALTHY' });
  });

  it('does not fall at once from a rollout or a fresh start either', () => {
    for (const from of ['PROGRESSING', 'UNKNOWN'] as const) {
      const tracker = new HealthTracker({ fallAfter: 3, recoverAfter: 2 });
      if (from === 'PROGRESSING') tracker.observe(v('PROGRESSING'));
      expect(tracker.observe(v('DOWN'))).toBeNull();
      expect(tracker.observe(v('DOWN'))).toBeNull();
      expect(tracker.observe(v('DOWN'))).toMatchObject({ from, to: 'DOWN' });
    }
  });
});
