import { describe, expect, it } from 'vitest';
import { PrometheusSource } from '../health/index.ts';
import { errorRatioAnalysis, ttftAnalysis } from './analysis.ts';
import {
  PrometheusRolloutMetrics,
  type RolloutWindowRequest,
  trackSelectors,
} from './prometheus-metrics.ts';

const now = new Date('2026-12-06T12:00:30.000Z');
const request: RolloutWindowRequest = {
  namespace: 'ml-prod',
  deployment: 'chat',
  strategy: 'CANARY',
  toReleaseId: 'rel-b',
  canaryRuntime: 'TGI',
  stableRuntime: 'TGI',
  since: new Date('2026-12-06T12:00:00.000Z'),
  now,
};

/** A Prometheus API answering each query from `answer` (a value, or no series for null). */
function prometheus(answer: (query: string) => string | null, queries: string[] = []) {
  const fake: typeof fetch = async (input) => {
    const query = new URL(String(input)).searchParams.get('query') ?? '';
    queries.push(query);
    const value = answer(query);
    return new Response(
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'vector',
          result: value === null ? [] : [{ metric: {}, value: [now.getTime() / 1000, value] }],
        },
      }),
    );
  };
  return new PrometheusRolloutMetrics(
    new PrometheusSource({ url: 'http://prometheus:9090', windowMs: 120_000, fetch: fake }),
  );
}

describe('a rollout window from Prometheus', () => {
  it('selects a canary by its track, and the other strategies by release', () => {
    expect(trackSelectors(request)).toEqual({
      canary: 'namespace="ml-prod",deployment="chat",track="canary"',
      stable: 'namespace="ml-prod",deployment="chat",track="stable"',
    });
    expect(trackSelectors({ ...request, strategy: 'ROLLING' })).toEqual({
      canary: 'namespace="ml-prod",deployment="chat",release="rel-b"',
      stable: 'namespace="ml-prod",deployment="chat",release!="rel-b"',
    });
  });

  it('reads rates over the window since it started, for each track', async () => {
    const queries: string[] = [];
    const metrics = prometheus((q) => {
      if (q.startsWith('count(up')) return '1';
      // The stable pods' failures: `rate(failures) or (rate(requests) * 0)`, no failure series.
      if (q.includes('tgi_request_failure')) return q.includes('track="canary"') ? '3' : '0';
      if (q.includes('tgi_request_count')) return '10';
      return null;
    }, queries);
    const window = await metrics.window(request);
    expect(window.unavailable).toBeNull();
    expect(window.canary).toMatchObject({ seconds: 30, requestRate: 10, errorRatio: 0.3 });
    expect(window.baseline).toMatchObject({ requestRate: 10, errorRatio: 0 });
    expect(queries.join('\n')).toContain(
      'sum(rate(tgi_request_failure{namespace="ml-prod",deployment="chat",track="canary",err!="validation"}[30s]))',
    );
  });

  it('is unavailable, with the reason, when Prometheus does not scrape the new pods', async () => {
    const window = await prometheus(() => null).window(request);
    expect(window).toMatchObject({ canary: null, baseline: null });
    expect(window.unavailable).toContain(
      'has no series of the new release\'s pods ({namespace="ml-prod",deployment="chat",track="canary"})',
    );
  });

  it('is unavailable, with the reason, when Prometheus cannot be reached', async () => {
    const down = new PrometheusRolloutMetrics(
      new PrometheusSource({
        url: 'http://prometheus:9090',
        windowMs: 120_000,
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      }),
    );
    const window = await down.window(request);
    expect(window.unavailable).toBe(
      'Prometheus at http://prometheus:9090 could not be read: fetch failed',
    );
  });

  it('makes the error ratio and latency checks INCONCLUSIVE with that reason, never PASS or FAIL', () => {
    const failing = {
      seconds: 30,
      requestRate: 10,
      errorRatio: 0.5,
      ttftP50: 9,
      ttftP95: 9,
      e2eP95: null,
      tokensPerSecond: null,
      queueDepth: null,
      running: null,
      kvCacheUsage: null,
    };
    const input = {
      canary: failing,
      baseline: null,
      slo: { errorRatio: 0.01, ttftP95Ms: 100 },
      unavailable: 'Prometheus at http://prometheus:9090 could not be read: fetch failed',
    };
    for (const analysis of [errorRatioAnalysis(input), ttftAnalysis(input)]) {
      expect(analysis).toMatchObject({
        verdict: 'INCONCLUSIVE',
        message: 'Prometheus at http://prometheus:9090 could not be read: fetch failed',
      });
    }
    expect(errorRatioAnalysis({ ...input, unavailable: null }).verdict).toBe('FAIL');
  });
});
