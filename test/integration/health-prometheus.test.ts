import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease, deployReady } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Series this Prometheus has for ml-prod, by a piece of the query that selects them. */
const SERIES: [string, string][] = [
  ['status=~"5.."', '0.25'],
  ['rate(http_requests_total{', '12.5'],
  ['histogram_quantile(0.5, sum by (le) (rate(vllm:time_to_first_token', '0.04'],
  ['histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token', '0.12'],
  ['histogram_quantile(0.95, sum by (le) (rate(vllm:e2e_request', '1.5'],
  ['vllm:generation_tokens_total', '640'],
  ['vllm:num_requests_waiting', '2'],
  ['vllm:kv_cache_usage_perc', '0.42'],
];

/** The Prometheus HTTP API's instant query, in its own response format. */
function answer(query: string): string {
  const result = [];
  if (query.includes('namespace="ml-prod"')) {
    for (const alternative of query.split(' or ')) {
      const hit = SERIES.find(([piece]) => alternative.includes(piece));
      if (hit) {
        result.push({ metric: {}, value: [Date.now() / 1000, hit[1]] });
        break;
      }
    }
  }
  return JSON.stringify({ status: 'success', data: { resultType: 'vector', result } });
}

describe('health metrics from Prometheus by PromQL', () => {
  let prometheus: Server;
  let cluster: SimulatedCluster;
  let server: TestServer;
  let cookie: string;
  const queries: string[] = [];

  beforeAll(async () => {
    prometheus = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query = url.searchParams.get('query') ?? '';
      queries.push(query);
      res.writeHead(url.pathname === '/api/v1/query' ? 200 : 404, {
        'content-type': 'application/json',
      });
      res.end(answer(query));
    });
    await new Promise<void>((resolve) => prometheus.listen(0, '127.0.0.1', resolve));
    cluster = await startSimulatedCluster({ acceleration: 30 });
    server = await startTestServer({
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_HEALTH_INTERVAL: '300ms',
        BACKLINE_PROMETHEUS_URL: `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`,
        BACKLINE_PROMETHEUS_WINDOW: '1m',
      },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
    await new Promise<void>((resolve) => prometheus?.close(() => resolve()));
  });

  it('shows the figures Prometheus has for the deployment’s ready pods', async () => {
    const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const result = await graphql<T>(server.url, query, variables, { cookie });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as T;
    };
    const { releaseId } = await createTestRelease(server.url, cookie);
    await deployReady(server.url, cookie, releaseId, 'chat');
    const metrics = async () =>
      (
        await call<{ deployment: { health: { metrics: Record<string, number | null> | null } } }>(
          `{ deployment(namespace: "ml-prod", name: "chat") { health { metrics {
            requestRate errorRatio ttftP50Ms ttftP95Ms e2eP95Ms tokensPerSecond queueDepth kvCacheUsage } } } }`,
        )
      ).deployment.health.metrics;
    await expect.poll(metrics, { timeout: 60_000, interval: 250 }).toEqual({
      requestRate: 12.5,
      errorRatio: 0.02,
      ttftP50Ms: 40,
      ttftP95Ms: 120,
      e2eP95Ms: 1500,
      tokensPerSecond: 640,
      queueDepth: 2,
      kvCacheUsage: 0.42,
    });
    // The window's rates (the cost samples also read each pod's counters, without a range).
    const pod = queries.find((q) => q.includes('rate(') && q.includes('pod=~"chat-'));
    expect(pod).toMatch(/\{namespace="ml-prod",pod=~"chat-[a-z0-9]+-[a-z0-9]+"\}\[60s\]/);
  });
});
