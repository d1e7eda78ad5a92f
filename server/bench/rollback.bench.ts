/**
 * Time to roll a bad canary back, against the simulated cluster in real time.
 *
 * Each run deploys a fresh two-replica deployment and starts a canary rollout (one replica on
 * the new release, a long analysis window); once the canary serves, the simulated clock is
 * put back to real time and a fault is injected into the canary:
 *
 * a. crash-loop: to the rollout ROLLING_BACK, and to stable-only serving (the canary
 *    Deployment gone, only stable pods ready behind the Service). Goal: median ≤ 2 s. Twice:
 *    a canary that crashes before it was ever ready (the fault is there when the rollout
 *    starts; timed from its container's first exit as a watch of the API server delivers it), and one that crashed after it served
 *    (timed from the fault; the analysis tolerates one restart after ready, so the rollback
 *    comes with the second crash, after Kubernetes' 10 s crash back-off).
 * b. error-rate (40 % of requests fail) on TGI, which counts failed requests, with the
 *    metrics scraped every 5 s (BACKLINE_HEALTH_INTERVAL=5s) and a 60 s analysis window:
 *    from the fault to ROLLING_BACK and to stable-only serving. Goal: ≤ 15 s.
 *
 * Setting up (image pulls, model loads) runs the simulated clock 20× faster; only the measured
 * part runs at 1×. On PGlite in a temporary folder, and also on the PostgreSQL server when
 * TEST_DATABASE_URL is set.
 *
 *   npm run bench:rollback          (BENCH_RUNS, default 5)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig, type V1Pod, Watch } from '@kubernetes/client-node';
import pg from 'pg';
import { startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/logging/index.ts';
import { startSimulator } from '../src/simulator/index.ts';
import { benchModel, gql, percentile, signIn } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const SETUP_ACCELERATION = 20;
const NS = 'bench';

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Figures {
  rollingBack: number[];
  stableOnly: number[];
}

async function bench(store: 'pglite' | 'postgres', databaseUrl?: string) {
  const sim = await startSimulator({
    fleet: 'empty',
    nodes: 6,
    acceleration: SETUP_ACCELERATION,
    trafficRps: 10,
  });
  const admin = new KubeConfig();
  admin.loadFromString(sim.kubeconfig());
  const core = admin.makeApiClient(CoreV1Api);
  const apps = admin.makeApiClient(AppsV1Api);
  await core.createNamespace({ body: { metadata: { name: NS } } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-'));
  await sim.writeKubeconfig(path.join(dir, 'kubeconfig'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BACKLINE_DATA_DIR: dir,
    BACKLINE_ADMIN_PASSWORD: 'bench-password-long',
    KUBECONFIG: path.join(dir, 'kubeconfig'),
    BACKLINE_NAMESPACES: NS,
    BACKLINE_LEADER_ELECTION: 'off',
    BACKLINE_HEALTH_INTERVAL: '5s',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const backline = await startBackline(config, { logger: createLogger('silent') });
  const cookie = await signIn(backline.url, 'bench-password-long');
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(backline.url, cookie, query, variables);
  const modelId = await benchModel(backline.url, cookie);
  const release = async (runtime: string, image: string) =>
    (
      await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!, $image: String!, $runtime: Runtime!) { createRelease(input: { modelId: $m,
          runtime: $runtime, image: $image, resources: { gpus: 1, cpu: "2", memory: "16Gi" },
          expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: modelId, image, runtime },
      )
    ).createRelease.release.id;
  const vllm = [
    await release('VLLM', 'vllm/vllm-openai:v0.9.2'),
    await release('VLLM', 'vllm/vllm-openai:v0.10.1'),
  ] as const;
  const tgi = [
    await release('TGI', 'ghcr.io/huggingface/text-generation-inference:3.0.1'),
    await release('TGI', 'ghcr.io/huggingface/text-generation-inference:3.1.0'),
  ] as const;

  const deploy = (name: string, input: Record<string, unknown>) =>
    call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: NS,
          name,
          environment: 'PROD',
          replicas: 2,
          strategy: 'CANARY',
          sloErrorRatio: 0.02,
          ...input,
        },
      },
    );
  const pods = async (name: string) =>
    (
      await call<{
        deployment: { status: { pods: { ready: boolean; track: string | null }[] } } | null;
      }>(
        'query($n: String!) { deployment(namespace: "bench", name: $n) { status { pods { ready track } } } }',
        { n: name },
      )
    ).deployment?.status.pods ?? [];
  const rolloutState = async (name: string) => {
    const d = await backline.services.deployments.get(NS, name);
    return d ? (await backline.services.rollouts.latestFor(d.id))?.state : undefined;
  };
  /** Only stable pods ready behind the Service, and no canary Deployment. */
  const stableOnly = async (name: string) => {
    const deployments = (await apps.listNamespacedDeployment({ namespace: NS })).items;
    if (deployments.some((d) => d.metadata?.name === `${name}-canary`)) return false;
    const endpoints = await core.readNamespacedEndpoints({ name, namespace: NS });
    const ready = (endpoints.subsets ?? []).flatMap((s) => s.addresses ?? []);
    return (
      ready.length > 0 &&
      ready.every((a) => !(a.targetRef?.name ?? '').startsWith(`${name}-canary-`))
    );
  };

  // When each canary container first exited, as the API server's watch delivers it: the
  // same moment Backline's own watch hears of it.
  const exits = new Map<string, number>();
  const podWatch = await new Watch(admin).watch(
    `/api/v1/namespaces/${NS}/pods`,
    {},
    (_type, pod: V1Pod) => {
      const match = /^(.+)-canary-/.exec(pod.metadata?.name ?? '');
      if (!match?.[1] || exits.has(match[1])) return;
      const exited = (pod.status?.containerStatuses ?? []).some(
        (c) => c.state?.terminated || c.lastState?.terminated || c.restartCount > 0,
      );
      if (!exited) return;
      exits.set(match[1], performance.now());
      // From the exit on, the cluster runs in real time (the pull and start before it did not).
      sim.clock.acceleration = 1;
    },
    () => {},
  );

  async function once(
    name: string,
    releases: readonly [string, string],
    fault: { type: 'crash-loop' | 'error-rate'; params?: Record<string, unknown> },
  ): Promise<{ rollingBack: number; stableOnly: number }> {
    sim.clock.acceleration = SETUP_ACCELERATION;
    await deploy(name, { releaseId: releases[0] });
    await until(
      `${name} ready`,
      async () => ((await pods(name)).filter((p) => p.ready).length === 2 ? true : undefined),
      120_000,
    );
    await deploy(name, {
      releaseId: releases[1],
      canarySteps: [{ weightPercent: 50, analysisSeconds: 60 }],
    });
    // The canary serves and its analysis window has started.
    await until(
      `${name} canary serving`,
      async () => {
        const d = await backline.services.deployments.get(NS, name);
        const r = d ? await backline.services.rollouts.latestFor(d.id) : null;
        return r?.state === 'PROGRESSING' && r.windowStartedAt ? true : undefined;
      },
      120_000,
    );
    sim.clock.acceleration = 1;
    const injected = sim.injectFault({ ...fault, namespace: NS, deployment: `${name}-canary` });
    const figures = await measure(name, performance.now());
    sim.clearFault(injected.id);
    return figures;
  }

  /** From `t0` to the rollout ROLLING_BACK, and to stable-only serving. */
  async function measure(name: string, t0: number) {
    let rollingBack = Number.NaN;
    const done = await until(
      `${name} stable only`,
      async () => {
        if (Number.isNaN(rollingBack)) {
          const state = await rolloutState(name);
          if (state === 'ROLLING_BACK' || state === 'ROLLED_BACK')
            rollingBack = performance.now() - t0;
          else if (state && state !== 'PROGRESSING' && state !== 'PENDING')
            throw new Error(`${name} ended ${state}`);
        }
        return !Number.isNaN(rollingBack) && (await stableOnly(name))
          ? performance.now() - t0
          : undefined;
      },
      120_000,
    );
    return { rollingBack, stableOnly: done };
  }

  /**
   * A canary that crashes before it was ever ready: the fault is there when the rollout
   * starts, and the time counts from its container's first exit, as the API server shows it.
   */
  async function onceBeforeReady(name: string) {
    sim.clock.acceleration = SETUP_ACCELERATION;
    await deploy(name, { releaseId: vllm[0] });
    await until(
      `${name} ready`,
      async () => ((await pods(name)).filter((p) => p.ready).length === 2 ? true : undefined),
      120_000,
    );
    const injected = sim.injectFault({
      type: 'crash-loop',
      namespace: NS,
      deployment: `${name}-canary`,
    });
    await deploy(name, {
      releaseId: vllm[1],
      canarySteps: [{ weightPercent: 50, analysisSeconds: 60 }],
    });
    const exited = await until(`${name} canary exits`, async () => exits.get(name), 120_000);
    const figures = await measure(name, exited);
    sim.clearFault(injected.id);
    return figures;
  }

  const results: Record<'early' | 'crash' | 'errors', Figures> = {
    early: { rollingBack: [], stableOnly: [] },
    crash: { rollingBack: [], stableOnly: [] },
    errors: { rollingBack: [], stableOnly: [] },
  };
  for (let i = 0; i < runs; i++) {
    const early = await onceBeforeReady(`early-${i}`);
    results.early.rollingBack.push(early.rollingBack);
    results.early.stableOnly.push(early.stableOnly);
    const crash = await once(`crash-${i}`, vllm, { type: 'crash-loop' });
    results.crash.rollingBack.push(crash.rollingBack);
    results.crash.stableOnly.push(crash.stableOnly);
    const errors = await once(`errors-${i}`, tgi, { type: 'error-rate', params: { percent: 40 } });
    results.errors.rollingBack.push(errors.rollingBack);
    results.errors.stableOnly.push(errors.stableOnly);
    process.stdout.write(
      `${store} run ${i + 1}: crash before ready ${early.rollingBack.toFixed(0)} / ${early.stableOnly.toFixed(0)} ms, ` +
        `crash after ready ${crash.rollingBack.toFixed(0)} / ${crash.stableOnly.toFixed(0)} ms, ` +
        `error rate ${errors.rollingBack.toFixed(0)} / ${errors.stableOnly.toFixed(0)} ms\n`,
    );
    // Fewer deployments sharing the simulated traffic in the next run.
    for (const name of [`early-${i}`, `crash-${i}`, `errors-${i}`]) {
      await call(
        'mutation($input: DeleteDeploymentInput!) { deleteDeployment(input: $input) { deployment { id } } }',
        { input: { namespace: NS, name, confirmName: name, reason: 'bench run done' } },
      ).catch(() => {});
    }
  }

  const row = (label: string, values: number[]) =>
    `| ${store.padEnd(8)} | ${label.padEnd(40)} | ${String(values.length).padStart(4)} | ${percentile(values, 50).toFixed(0).padStart(6)} ms | ${percentile(values, 95).toFixed(0).padStart(6)} ms | ${Math.max(
      ...values,
    )
      .toFixed(0)
      .padStart(6)} ms |\n`;
  process.stdout.write(
    row('crash before ready → ROLLING_BACK', results.early.rollingBack) +
      row('crash before ready → stable only', results.early.stableOnly) +
      row('crash after ready → ROLLING_BACK', results.crash.rollingBack) +
      row('crash after ready → stable only', results.crash.stableOnly) +
      row('error rate 40 % → ROLLING_BACK', results.errors.rollingBack) +
      row('error rate 40 % → stable only', results.errors.stableOnly),
  );
  podWatch.abort();
  await backline.close();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
}

process.stdout.write(
  `rollback bench, ${runs} runs, Node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`,
);
await bench('pglite');
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const name = `backline_bench_${Date.now().toString(36)}`;
  const adminClient = new pg.Client({ connectionString: serverUrl });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await bench('postgres', url.toString());
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}
