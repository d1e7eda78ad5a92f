import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentQueries, PrometheusError, PrometheusSource, selector } from './promql.ts';

/**
 * A Prometheus HTTP API on a local port that knows some series by name and answers instant
 * queries in Prometheus's own response format. An `a or b` query answers from the first side
 * whose metric it knows, as Prometheus does for single-value aggregations, and `(x * 0)` is 0.
 */
interface Known {
  /** A piece of the query (metric name and any extra matcher) that selects the series. */
  contains: string;
  value: string;
}

let server: Server;
let url: string;
let known: Known[] = [];
let reply: ((query: string) => { status: number; body: string }) | null = null;
const seen: URLSearchParams[] = [];

function answer(query: string): string {
  for (const alternative of query.split(' or ')) {
    const hit = known.find((k) => alternative.includes(k.contains));
    if (hit) {
      // `(x * 0)`: the series exists, its value is zero.
      const value = alternative.trim().endsWith('* 0)') ? '0' : hit.value;
      return JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [1767225600.5, value] }] },
      });
    }
  }
  return JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://localhost');
    if (target.pathname !== '/api/v1/query') {
      res.writeHead(404).end('404 page not found');
      return;
    }
    seen.push(target.searchParams);
    const query = target.searchParams.get('query') ?? '';
    const custom = reply?.(query);
    res.writeHead(custom?.status ?? 200, { 'content-type': 'application/json' });
    res.end(custom?.body ?? answer(query));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const at = new Date('2026-01-01T00:00:00.000Z');
const source = () => new PrometheusSource({ url, windowMs: 120_000, now: () => at });

function reset(series: Known[]) {
  known = series;
  reply = null;
  seen.length = 0;
}

describe('PromQL queries', () => {
  it('select the deployment’s pods exactly, escaping what a regular expression would read', () => {
    expect(selector('ml-prod', ['chat-a', 'chat.b'])).toBe(
      'namespace="ml-prod",pod=~"chat-a|chat\\\\.b"',
    );
  });

  it('take percentiles with histogram_quantile over the window', () => {
    const q = deploymentQueries('VLLM', 'ml-prod', ['chat-a'], 120_000);
    expect(q.ttftP95).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket{namespace="ml-prod",pod=~"chat-a"}[120s])))',
    );
    expect(q.e2eP95).toContain('vllm:e2e_request_latency_seconds_bucket');
    expect(deploymentQueries('OLLAMA', 'ml-prod', ['x'], 60_000)).toEqual({});
  });
});

describe('PrometheusSource', () => {
  it('reads vLLM V1 figures: rates, ratio, percentiles, queue and KV cache', async () => {
    reset([
      {
        contains: 'http_requests_total{namespace="ml-prod",pod=~"chat-a|chat-b",status=~"5.."}',
        value: '0.5',
      },
      { contains: 'rate(http_requests_total{', value: '10' },
      {
        contains: 'histogram_quantile(0.5, sum by (le) (rate(vllm:time_to_first_token',
        value: '0.08',
      },
      {
        contains: 'histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token',
        value: '0.25',
      },
      { contains: 'histogram_quantile(0.95, sum by (le) (rate(vllm:e2e_request', value: '2.5' },
      { contains: 'vllm:generation_tokens_total', value: '812.5' },
      { contains: 'vllm:num_requests_waiting', value: '3' },
      { contains: 'vllm:num_requests_running', value: '7' },
      { contains: 'vllm:kv_cache_usage_perc', value: '0.42' },
    ]);
    const window = await source().window('VLLM', 'ml-prod', ['chat-a', 'chat-b']);
    expect(window).toEqual({
      seconds: 120,
      sources: {
        requests: 'Prometheus: VLLM request rate',
        failures: 'Prometheus: http_requests_total{status=~"5.."}',
        notes: [],
      },
      requestRate: 10,
      errorRatio: 0.05,
      ttftP50: 0.08,
      ttftP95: 0.25,
      e2eP95: 2.5,
      tokensPerSecond: 812.5,
      queueDepth: 3,
      running: 7,
      kvCacheUsage: 0.42,
    });
    expect(seen.every((p) => p.get('time') === '1767225600.000')).toBe(true);
  });

  it('falls back to vLLM V0 names without an HTTP counter, and then knows no failures', async () => {
    reset([
      {
        contains:
          'vllm:request_success_total{namespace="ml-prod",pod=~"chat-a",finished_reason="abort"}',
        value: '1',
      },
      { contains: 'rate(vllm:request_success_total{', value: '4' },
      { contains: 'vllm:gpu_cache_usage_perc', value: '0.9' },
    ]);
    const window = await source().window('VLLM', 'ml-prod', ['chat-a']);
    // The engine counts finished requests only: "none failed" would be a guess.
    expect(window).toMatchObject({ requestRate: 4, errorRatio: null, kvCacheUsage: 0.9 });
  });

  it('does not count TGI’s validation errors (the client’s) as failures', () => {
    const queries = deploymentQueries('TGI', 'ml-prod', ['tgi-a'], 60_000);
    expect(queries.failureRate).toContain('err!="validation"');
  });

  it('counts zero failures when the request counter exists without failure series', async () => {
    reset([{ contains: 'rate(tgi_request_count{', value: '2' }]);
    const window = await source().window('TGI', 'ml-prod', ['tgi-a']);
    expect(window).toMatchObject({ requestRate: 2, errorRatio: 0, ttftP95: null });
  });

  it('reads no traffic as no data, never as a failure', async () => {
    reset([
      { contains: 'rate(http_requests_total{', value: '0' },
      {
        contains: 'histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token',
        value: 'NaN',
      },
    ]);
    const window = await source().window('VLLM', 'ml-prod', ['chat-a']);
    expect(window).toMatchObject({
      requestRate: 0,
      errorRatio: null,
      ttftP95: null,
      queueDepth: null,
    });
  });

  it('asks nothing for a runtime without metrics or a deployment without ready pods', async () => {
    reset([]);
    expect(await source().window('OLLAMA', 'ml-prod', ['o-a'])).toBeNull();
    expect(await source().window('VLLM', 'ml-prod', [])).toBeNull();
    expect(seen).toHaveLength(0);
  });

  it('says why Prometheus refused a query', async () => {
    reset([]);
    reply = () => ({
      status: 400,
      body: JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: '1:9: parse error: unexpected character',
      }),
    });
    await expect(source().scalar('up{', at)).rejects.toThrow(
      new PrometheusError(
        'Prometheus refused the query (bad_data): 1:9: parse error: unexpected character',
      ),
    );
    reply = () => ({ status: 502, body: '<html>Bad Gateway</html>' });
    await expect(source().scalar('up', at)).rejects.toThrow(
      'Prometheus answered HTTP 502 with something other than JSON: <html>Bad Gateway</html>',
    );
  });

  it("reads each pod's token counters, the first alternative with data winning", async () => {
    reset([]);
    const perPod: Record<string, [string, string][]> = {
      'sglang:prompt_tokens{': [
        ['s-a', '1200'],
        ['s-b', '300'],
      ],
      'sglang:generation_tokens{': [['s-a', '400']],
      'sglang:num_running_reqs{': [['s-a', '2']],
      'sglang:token_usage{': [['s-a', '0.35']],
    };
    reply = (query) => {
      const hit = Object.entries(perPod).find(([metric]) => query.includes(metric));
      const result = (hit?.[1] ?? []).map(([pod, value]) => ({
        metric: { pod },
        value: [1767225600.5, value],
      }));
      return {
        status: 200,
        body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }),
      };
    };
    const counters = await source().podCounters('SGLANG', 'ml-prod', ['s-a', 's-b', 's-c']);
    expect(counters.get('s-a')).toMatchObject({
      promptTokens: 1200,
      generatedTokens: 400,
      running: 2,
      kvCacheUsage: 0.35,
    });
    expect(counters.get('s-b')).toMatchObject({
      promptTokens: 300,
      generatedTokens: null,
      running: null,
      kvCacheUsage: null,
    });
    // The fullest engine's KV cache, not the sum of the engines'.
    expect(seen.map((q) => q.get('query'))).toContain(
      'max by (pod) (sglang:token_usage{namespace="ml-prod",pod=~"s-a|s-b|s-c"})',
    );
    expect(counters.has('s-c')).toBe(false);
    expect(seen.map((q) => q.get('query'))).toContain(
      'sum by (pod) (sglang:prompt_tokens_total{namespace="ml-prod",pod=~"s-a|s-b|s-c"}) or sum by (pod) (sglang:prompt_tokens{namespace="ml-prod",pod=~"s-a|s-b|s-c"})',
    );
    expect(await source().podCounters('OLLAMA', 'ml-prod', ['o'])).toEqual(new Map());
  });
});
