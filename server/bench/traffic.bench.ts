/**
 * Time from a failing 5 % canary behind a Gateway to the route giving it no more requests.
 *
 * Each run deploys a one-replica deployment behind the simulated Gateway and starts a traffic
 * canary (5 %, 50 %, 100 %, a 60 s analysis window). Once the route gives the canary its 5 % and
 * the window has started, the simulated clock is put back to real time and 40 % of the canary's
 * requests are made to fail. Timed on this process's wall clock (which Backline's clock is too):
 *
 * - from the fault to the ROLLING_BACK transition, as Backline dated it;
 * - from the fault to the HTTPRoute's canary weight at 0 in the API server, as polled here
 *   every 5 ms;
 * - and, from the simulated gateway's counters, the share of the requests the canary served
 *   while the rollout ran.
 *
 * Setting up (image pulls, model loads) runs the simulated clock 20× faster; only the measured
 * part runs at 1×. On PGlite in a temporary folder, and also on the PostgreSQL server when
 * TEST_DATABASE_URL is set.
 *
 *   npm run bench:traffic          (BENCH_RUNS, default 5)
 */
import os from 'node:os';
import { simulatedGateway, startSimulator } from '@backline/simulator';
import {
  CustomObjectsApi,
  type KubernetesObject,
  KubernetesObjectApi,
} from '@kubernetes/client-node';
import pg from 'pg';
import { benchModel, percentile, startBenchBackline, until } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const SETUP_ACCELERATION = 20;
const NS = 'bench';
const GATEWAY = { namespace: 'gateway-system', name: 'inference' };

interface Run {
  rollingBack: number;
  weightZero: number;
  canaryShare: number;
}

async function bench(store: 'pglite' | 'postgres', databaseUrl?: string): Promise<Run[]> {
  const sim = await startSimulator({
    fleet: 'empty',
    nodes: 4,
    acceleration: SETUP_ACCELERATION,
    trafficRps: 50,
  });
  const { backline, admin, cookie, call, close } = await startBenchBackline({
    sim,
    namespaces: [NS],
    otherNamespaces: [GATEWAY.namespace],
    databaseUrl,
    env: { BACKLINE_LEADER_ELECTION: 'off', BACKLINE_HEALTH_INTERVAL: '5s' },
  });
  await KubernetesObjectApi.makeApiClient(admin).create(
    simulatedGateway(GATEWAY) as unknown as KubernetesObject,
  );
  const objects = admin.makeApiClient(CustomObjectsApi);
  const modelId = await benchModel(backline.url, cookie);
  const release = async (image: string) =>
    (
      await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!, $image: String!) { createRelease(input: { modelId: $m, runtime: VLLM,
          image: $image, resources: { gpus: 1, cpu: "2", memory: "16Gi" },
          expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: modelId, image },
      )
    ).createRelease.release.id;
  const releases = [
    await release('vllm/vllm-openai:v0.9.2'),
    await release('vllm/vllm-openai:v0.10.1'),
  ] as const;
  const deploy = (name: string, input: Record<string, unknown>) =>
    call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: NS,
          name,
          environment: 'PROD',
          replicas: 1,
          strategy: 'CANARY',
          sloErrorRatio: 0.02,
          gateway: GATEWAY,
          ...input,
        },
      },
    );
  const canaryWeight = async (name: string) => {
    const route = (await objects.getNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: NS,
      plural: 'httproutes',
      name,
    })) as { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } };
    return route.spec.rules[0]?.backendRefs.find((b) => b.name === `${name}-canary`)?.weight;
  };
  const latest = async (name: string) => {
    const d = await backline.services.deployments.get(NS, name);
    return d ? backline.services.rollouts.latestFor(d.id) : null;
  };

  async function once(name: string): Promise<Run> {
    sim.clock.acceleration = SETUP_ACCELERATION;
    await deploy(name, { releaseId: releases[0] });
    await until(
      `${name} ready`,
      async () => {
        const d = await backline.services.deployments.get(NS, name);
        return d && backline.services.deployments.phase(d).phase === 'READY' ? true : undefined;
      },
      120_000,
    );
    const before = sim.gateway.stats(NS, name);
    await deploy(name, {
      releaseId: releases[1],
      canarySteps: [5, 50, 100].map((weightPercent) => ({ weightPercent, analysisSeconds: 60 })),
    });
    await until(
      `${name} canary at 5 %`,
      async () => {
        const r = await latest(name);
        return r?.state === 'PROGRESSING' && r.windowStartedAt && (await canaryWeight(name)) === 5
          ? true
          : undefined;
      },
      120_000,
    );
    sim.clock.acceleration = 1;
    const t0 = Date.now();
    const fault = sim.injectFault({
      type: 'error-rate',
      namespace: NS,
      deployment: `${name}-canary`,
      params: { percent: 40 },
    });
    const zeroAt = await until(
      `${name} weight 0`,
      async () => ((await canaryWeight(name)) === 0 ? Date.now() : undefined),
      120_000,
      5,
    );
    sim.clearFault(fault.id);
    const rollout = await latest(name);
    const events = rollout ? await backline.services.rollouts.events(rollout.id) : [];
    const rolledBack = events.find((e) => e.to === 'ROLLING_BACK');
    if (!rolledBack) throw new Error(`${name} has no ROLLING_BACK transition`);
    if (rolledBack.at.getTime() < t0) throw new Error(`${name} rolled back before its cause`);
    const after = sim.gateway.stats(NS, name);
    const total = after.requests - before.requests;
    const toCanary =
      (after.backends[`${name}-canary`]?.requests ?? 0) -
      (before.backends[`${name}-canary`]?.requests ?? 0);
    return {
      rollingBack: rolledBack.at.getTime() - t0,
      weightZero: zeroAt - t0,
      canaryShare: total > 0 ? (100 * toCanary) / total : 0,
    };
  }

  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const name = `traffic-${i}`;
      const run = await once(name);
      results.push(run);
      process.stdout.write(
        `${store} run ${i + 1}: ROLLING_BACK ${run.rollingBack} ms, weight 0 ${run.weightZero} ms, canary share ${run.canaryShare.toFixed(2)} %\n`,
      );
      await call(
        'mutation($input: DeleteDeploymentInput!) { deleteDeployment(input: $input) { deployment { id } } }',
        { input: { namespace: NS, name, confirmName: name, reason: 'bench run done' } },
      ).catch(() => {});
    }
  } finally {
    await close();
  }
  return results;
}

const row = (store: string, label: string, values: number[], unit: string) =>
  `| ${store.padEnd(8)} | ${label.padEnd(44)} | ${String(values.length).padStart(4)} | ${percentile(values, 50).toFixed(unit === '%' ? 2 : 0)} ${unit} | ${percentile(values, 95).toFixed(unit === '%' ? 2 : 0)} ${unit} | ${Math.max(...values).toFixed(unit === '%' ? 2 : 0)} ${unit} |\n`;

const table: string[] = [];
const stores: ['pglite' | 'postgres', string | undefined][] = [['pglite', undefined]];
let dropDatabase: (() => Promise<void>) | null = null;
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const name = `bench_traffic_${Date.now()}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  await adminClient.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  stores.push(['postgres', url.toString()]);
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
try {
  for (const [store, url] of stores) {
    const results = await bench(store, url);
    table.push(
      row(
        store,
        'fault → ROLLING_BACK',
        results.map((r) => r.rollingBack),
        'ms',
      ),
      row(
        store,
        'fault → HTTPRoute canary weight 0',
        results.map((r) => r.weightZero),
        'ms',
      ),
      row(
        store,
        'ROLLING_BACK → HTTPRoute canary weight 0',
        results.map((r) => r.weightZero - r.rollingBack),
        'ms',
      ),
      row(
        store,
        "canary's share of the requests, whole rollout",
        results.map((r) => r.canaryShare),
        '%',
      ),
    );
  }
} finally {
  await dropDatabase?.();
}
process.stdout.write(
  `\ntraffic bench, ${runs} runs, Node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n| store    | figure                                       | runs | median | p95 | max |\n| -------- | -------------------------------------------- | ---- | ------ | --- | --- |\n${table.join('')}`,
);
process.exit(0);
