import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, type StoreKind, storeKinds } from '../support/stores.ts';

const FIGURES = `gpuHours busyGpuHours idleGpuHours usedGpuHours utilisation promptTokens generationTokens tokens
  costUsd costPerMillionTokensUsd apiCostUsd savingUsd usedDefaultPrices gpuProducts unpricedGpuHours`;

interface Figures {
  gpuHours: number;
  busyGpuHours: number;
  idleGpuHours: number;
  usedGpuHours: number;
  utilisation: number | null;
  promptTokens: number;
  generationTokens: number;
  tokens: number;
  costUsd: number;
  costPerMillionTokensUsd: number | null;
  apiCostUsd: number;
  savingUsd: number;
  usedDefaultPrices: boolean;
  gpuProducts: string[];
  unpricedGpuHours: number;
}

const L4_PRICE = 0.5;

interface PodSample {
  pod: string;
  createdAt: string;
  gpus: number;
  kvCacheUsage?: number | null;
  promptTokens: number | null;
  generationTokens: number | null;
}

/** A store that outlives one server: a data folder, or a database on the PostgreSQL server. */
async function lastingStore(kind: StoreKind) {
  if (kind.name === 'postgres') {
    const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
    return { options: { databaseUrl: database.url }, drop: () => database.drop() };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-costs-'));
  return {
    options: { env: { BACKLINE_DATA_DIR: dir } },
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

describe.each(storeKinds())('costs through the simulated cluster on $name', (kind) => {
  let cluster: SimulatedCluster;
  let server: TestServer;
  let cookie: string;
  let deployedAt: Date;
  let store: Awaited<ReturnType<typeof lastingStore>>;

  const start = () =>
    startTestServer({
      ...store.options,
      env: {
        KUBECONFIG: cluster.kubeconfig,
        BACKLINE_NAMESPACES: 'ml-prod',
        BACKLINE_HEALTH_INTERVAL: '300ms',
        BACKLINE_COST_SAMPLE_INTERVAL: '300ms',
        BACKLINE_SYNTHETIC_TIMEOUT: '1s',
        ...store.options.env,
      },
    });

  /** The stored samples of the deployment, oldest first. */
  const samples = async () => {
    const { rows } = await server.backline.db.query<{ at: Date; pods: unknown }>(
      `SELECT at, pods FROM cost_usage_samples WHERE namespace = 'ml-prod' AND name = 'priced'
       ORDER BY at`,
    );
    return rows.map((r) => ({
      at: new Date(r.at),
      pods: (typeof r.pods === 'string' ? JSON.parse(r.pods) : r.pods) as PodSample[],
    }));
  };

  const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(server.url, query, variables, { cookie });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  const report = async (to: Date, groupBy = 'DEPLOYMENT') =>
    (
      await call<{
        costReport: {
          compareWith: { api: string; usdPerMillionInput: number; usdPerMillionOutput: number };
          lines: { key: string; environment: string; figures: Figures }[];
          total: Figures;
        };
      }>(
        `query($input: CostReportInput!) { costReport(input: $input) {
          compareWith { api usdPerMillionInput usdPerMillionOutput }
          lines { key environment figures { ${FIGURES} } } total { ${FIGURES} } } }`,
        {
          input: {
            from: new Date(deployedAt.getTime() - 60_000).toISOString(),
            to: to.toISOString(),
            groupBy,
          },
        },
      )
    ).costReport;

  beforeAll(async () => {
    cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
    store = await lastingStore(kind);
    server = await start();
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    await call(
      `mutation($input: SetGpuPriceInput!) { setGpuPrice(input: $input) { price { gpuProduct } } }`,
      {
        input: {
          gpuProduct: 'NVIDIA-L4',
          usdPerGpuHour: L4_PRICE,
          effectiveFrom: new Date(Date.now() - 3_600_000).toISOString(),
          source: 'our contract',
        },
      },
    );
    const { releaseId } = await createTestRelease(server.url, cookie, { gpuProduct: 'NVIDIA-L4' });
    deployedAt = new Date();
    await call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'priced',
          environment: 'PROD',
          releaseId,
          replicas: 1,
        },
      },
    );
  });

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
    await store?.drop();
  });

  it('counts every token the server counted and prices its GPU time at the configured price', async () => {
    await expect
      .poll(async () => (await report(new Date())).total.tokens, { timeout: 60_000, interval: 500 })
      .toBeGreaterThan(1000);
    const to = new Date();
    // A health pass that began before \`to\` may still be storing its sample; passes run one at a
    // time, so once a sample at or after \`to\` is stored, every sample of the range is in.
    await expect
      .poll(async () => (await samples()).some((x) => x.at >= to), { timeout: 30_000 })
      .toBe(true);
    const { total, lines, compareWith } = await report(to);

    // What the engine's own counters said at the last sample inside the range.
    const pods = (await samples()).filter((x) => x.at < to).at(-1)?.pods;
    expect(pods).toHaveLength(1);
    // The pod started under watch, so its counters count from zero: nothing is lost.
    expect(total.promptTokens).toBe(pods?.[0]?.promptTokens);
    expect(total.generationTokens).toBe(pods?.[0]?.generationTokens);
    expect(total.tokens).toBe(total.promptTokens + total.generationTokens);

    expect(total.gpuProducts).toEqual(['NVIDIA-L4']);
    expect(total.gpuHours).toBeGreaterThan(0);
    expect(total.gpuHours * 3600).toBeLessThanOrEqual((to.getTime() - deployedAt.getTime()) / 1000);
    expect(total.unpricedGpuHours).toBe(0);
    expect(total.costUsd).toBeCloseTo(total.gpuHours * L4_PRICE, 10);
    expect(total.costPerMillionTokensUsd).toBeCloseTo((total.costUsd * 1e6) / total.tokens, 6);
    expect(total.busyGpuHours + total.idleGpuHours).toBeCloseTo(total.gpuHours, 10);
    // Used is the GPU time weighted by the engine's KV-cache and batch occupancy, which the
    // simulated vLLM reports at every sample.
    expect(pods?.[0]?.kvCacheUsage).toEqual(expect.any(Number));
    // GPU time and used GPU time worked out from the stored samples by docs/costs.md's rules:
    // one pod, with no request limit set, so its occupancy is its KV-cache usage; a stretch
    // counts the mean of its ends' readings, or the one there is. Where neither end has one the
    // engine was not ready, its counters unread too, so the busy rule gives 0.
    const from = deployedAt.getTime() - 60_000;
    const stored = await samples();
    let gpuSeconds = 0;
    let usedSeconds = 0;
    for (let i = 0; i + 1 < stored.length; i++) {
      const a = stored[i] as (typeof stored)[number];
      const b = stored[i + 1] as (typeof stored)[number];
      const after = b.pods[0];
      if (!after) continue;
      const before = a.pods.find((p) => p.pod === after.pod);
      const start = before ? a.at.getTime() : Math.max(a.at.getTime(), Date.parse(after.createdAt));
      const seconds = (Math.min(b.at.getTime(), to.getTime()) - Math.max(start, from)) / 1000;
      if (seconds <= 0) continue;
      const readings = [before?.kvCacheUsage, after.kvCacheUsage].filter(
        (x): x is number => typeof x === 'number',
      );
      const occupancy = readings.length ? readings.reduce((x, y) => x + y, 0) / readings.length : 0;
      gpuSeconds += after.gpus * seconds;
      usedSeconds += after.gpus * seconds * occupancy;
    }
    expect(total.gpuHours * 3600).toBeCloseTo(gpuSeconds, 6);
    expect(total.usedGpuHours * 3600).toBeCloseTo(usedSeconds, 6);
    expect(total.usedGpuHours).toBeGreaterThan(0);
    expect(total.utilisation).toBeCloseTo(total.usedGpuHours / total.gpuHours, 10);

    // Against the shipped GPT-4o list price, the one default in these figures.
    expect(compareWith).toEqual({
      api: 'openai/gpt-4o',
      usdPerMillionInput: 2.5,
      usdPerMillionOutput: 10,
    });
    expect(total.apiCostUsd).toBeCloseTo(
      (total.promptTokens * 2.5 + total.generationTokens * 10) / 1e6,
      10,
    );
    expect(total.savingUsd).toBeCloseTo(total.apiCostUsd - total.costUsd, 10);
    expect(total.usedDefaultPrices).toBe(true);
    expect(lines.map((l) => l.key)).toEqual(['ml-prod/priced']);

    const byEnvironment = await report(to, 'ENVIRONMENT');
    expect(byEnvironment.lines).toHaveLength(1);
    expect(byEnvironment.lines[0]).toMatchObject({ key: 'PROD', environment: 'PROD' });
    expect(byEnvironment.lines[0]?.figures.tokens).toBe(total.tokens);
  });

  it("shows the deployment's own cost on it", async () => {
    const { deployment } = await call<{ deployment: { cost: Figures } }>(
      `{ deployment(namespace: "ml-prod", name: "priced") { cost(days: 1) { ${FIGURES} } } }`,
    );
    expect(deployment.cost.tokens).toBeGreaterThan(0);
    expect(deployment.cost.costUsd).toBeCloseTo(deployment.cost.gpuHours * L4_PRICE, 10);
  });

  it('reports cost and token rates per deployment on /metrics', async () => {
    const text = await (await fetch(`${server.url}/metrics`, { headers: { cookie } })).text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? null : Number(line.slice(series.length + 1));
    };
    const labels = 'deployment_namespace="ml-prod",deployment="priced"';
    expect(value(`backline_tokens_per_second{${labels},kind="generation"}`)).toBeGreaterThan(0);
    const gpus = value(`backline_cost_gpus{${labels}}`);
    expect(gpus).toBeGreaterThan(0);
    expect(value(`backline_cost_usd_per_hour{${labels}}`)).toBeCloseTo((gpus ?? 0) * L4_PRICE, 8);
    expect(value(`backline_cost_api_usd_per_hour{${labels},api="openai/gpt-4o"}`)).toBeGreaterThan(
      0,
    );
  });

  it("exports the month's cost per deployment and day as CSV", async () => {
    const month = new Date().toISOString().slice(0, 7);
    const refused = await fetch(`${server.url}/api/costs/export.csv?month=${month}`);
    expect(refused.status).toBe(401);
    const res = await fetch(`${server.url}/api/costs/export.csv?month=${month}`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (await res.text()).trim().split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['date', 'namespace', 'name', 'environment']);
    const ours = rows.filter((r) => r.includes(',ml-prod,priced,PROD,NVIDIA-L4,'));
    expect(ours.length).toBeGreaterThan(0);
    const bad = await fetch(`${server.url}/api/costs/export.csv?month=2026-13`, {
      headers: { cookie },
    });
    expect(bad.status).toBe(400);
  });

  it('counts what the model served while Backline was stopped, and its GPU time across the gap', async () => {
    const pod = (await samples()).at(-1)?.pods[0];
    expect(pod?.generationTokens).toBeGreaterThan(0);
    await server.stop();
    // The model server serves on while Backline is away, until its counter has moved on.
    const core = cluster.admin.makeApiClient(CoreV1Api);
    const served = async () => {
      const text = await core.connectGetNamespacedPodProxyWithPath({
        name: `${pod?.pod}:8000`,
        namespace: 'ml-prod',
        path: 'metrics',
      });
      const line = String(text)
        .split('\n')
        .find((l) => l.startsWith('vllm:generation_tokens_total'));
      return Number(line?.split(' ').at(-1));
    };
    // Away long enough for a gap, not a step: more than three sample intervals.
    const stoppedAt = Date.now();
    await expect
      .poll(async () => (Date.now() - stoppedAt > 1_500 ? served() : 0), {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThan((pod?.generationTokens ?? 0) + 5000);
    const whileAway = await served();

    const restartedAt = new Date();
    server = await start();
    await expect
      .poll(async () => (await samples()).at(-1)?.pods[0]?.generationTokens ?? 0, {
        timeout: 30_000,
        interval: 250,
      })
      .toBeGreaterThanOrEqual(whileAway);
    const all = await samples();
    const before = all.filter((x) => x.at < restartedAt).at(-1) as (typeof all)[number];
    const after = all.find((x) => x.at >= restartedAt) as (typeof all)[number];
    const last = all.at(-1) as (typeof all)[number];
    const to = new Date(last.at.getTime() + 1);
    const { total } = await report(to);

    // Every token the engine counted, those of the downtime included.
    expect(total.generationTokens).toBe(last.pods[0]?.generationTokens);
    expect(total.promptTokens).toBe(last.pods[0]?.promptTokens);
    // The pod was there on both sides of the gap, so it held its GPU throughout.
    const gapSeconds = (after.at.getTime() - before.at.getTime()) / 1000;
    // Longer than three sample intervals: a gap, not a step.
    expect(gapSeconds).toBeGreaterThan(0.9);
    expect(total.gpuHours * 3600).toBeGreaterThanOrEqual(gapSeconds);
    expect(total.costUsd).toBeCloseTo(total.gpuHours * L4_PRICE, 10);
  });
});
