/**
 * Time to roll a bad canary back, against the simulated cluster in real time.
 *
 * Each run deploys a fresh two-replica deployment and starts a canary rollout (one replica on
 * the new release, a long analysis window); once the canary serves, the simulated clock is
 * put back to real time and a fault is injected into the canary:
 *
 * Every case is timed on one clock, the wall clock of this process (which Backline's own clock
 * is too): from the fault's injection, or from the container's exit as the simulator itself
 * recorded it, to the rollout's ROLLING_BACK transition as Backline dated it, and to
 * stable-only serving (the canary Deployment gone, only stable pods ready behind the Service)
 * as seen here.
 *
 * a. crash-loop. Goal: median ≤ 2 s. Twice: a canary that crashes before it was ever ready
 *    (the fault is there when the rollout starts; timed from its container's first exit), and
 *    one that crashed after it served (timed from the fault; the analysis tolerates one restart
 *    after ready, so the rollback comes with the second crash, after Kubernetes' 10 s crash
 *    back-off).
 * b. error-rate (40 % of requests fail) on each runtime (BENCH_RUNTIMES, default all five),
 *    with BACKLINE_HEALTH_INTERVAL=5s and a 60 s analysis window: from the fault to
 *    ROLLING_BACK and to stable-only serving. vLLM and TGI count failed requests in their
 *    metrics; llama.cpp, SGLang and Ollama are judged from Backline's test requests.
 *
 * Setting up (image pulls, model loads) runs the simulated clock 20× faster; only the measured
 * part runs at 1×. On PGlite in a temporary folder, and also on the PostgreSQL server when
 * TEST_DATABASE_URL is set.
 *
 *   npm run bench:rollback          (BENCH_RUNS, default 5)
 */
import os from 'node:os';
import { startSimulator } from '@backline/simulator';
import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import pg from 'pg';
import { benchModel, percentile, startBenchBackline, until } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const SETUP_ACCELERATION = 20;
const NS = 'bench';

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
  const { backline, admin, cookie, call, close } = await startBenchBackline({
    sim,
    namespaces: [NS],
    databaseUrl,
    env: { BACKLINE_LEADER_ELECTION: 'off', BACKLINE_HEALTH_INTERVAL: '5s' },
  });
  const core = admin.makeApiClient(CoreV1Api);
  const apps = admin.makeApiClient(AppsV1Api);
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
  const ollamaModel = (
    await call<{ registerModel: { model: { id: string } } }>(
      `mutation { registerModel(input: { name: "bench-ollama", family: "Qwen2.5", source: "ollama://qwen2.5:0.5b",
        revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
    )
  ).registerModel.model.id;
  const pair = async (runtime: string, images: [string, string], model = modelId) => {
    const ids: string[] = [];
    for (const image of images) {
      const created = await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!, $image: String!, $runtime: Runtime!) { createRelease(input: { modelId: $m,
          runtime: $runtime, image: $image, resources: { gpus: 1, cpu: "2", memory: "16Gi" },
          expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: model, image, runtime },
      );
      ids.push(created.createRelease.release.id);
    }
    return ids as unknown as readonly [string, string];
  };
  const byRuntime: Record<string, readonly [string, string]> = {
    VLLM: vllm,
    TGI: await pair('TGI', [
      'ghcr.io/huggingface/text-generation-inference:3.0.1',
      'ghcr.io/huggingface/text-generation-inference:3.1.0',
    ]),
    LLAMA_CPP: await pair('LLAMA_CPP', [
      'ghcr.io/ggml-org/llama.cpp:server-cuda-b5000',
      'ghcr.io/ggml-org/llama.cpp:server-cuda',
    ]),
    SGLANG: await pair('SGLANG', ['lmsysorg/sglang:v0.4.8', 'lmsysorg/sglang:v0.4.9']),
    OLLAMA: await pair('OLLAMA', ['ollama/ollama:0.9.5', 'ollama/ollama:0.9.6'], ollamaModel),
  };
  const runtimes = (process.env.BENCH_RUNTIMES ?? Object.keys(byRuntime).join(','))
    .split(',')
    .filter((r) => r in byRuntime);

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

  // When each canary container first exited, from the simulator's own record of the exit (not
  // from a watch, which may deliver it after Backline has already rolled back).
  const exits = new Map<string, number>();
  const stopListening = sim.onContainerExit((exit) => {
    const match = /^(.+)-canary-/.exec(exit.pod);
    if (exit.namespace !== NS || !match?.[1] || exits.has(match[1])) return;
    exits.set(match[1], exit.wallAt);
    // From the exit on, the cluster runs in real time (the pull and start before it did not).
    sim.clock.acceleration = 1;
  });

  async function once(
    name: string,
    releases: readonly [string, string],
    fault: { type: 'crash-loop' | 'error-rate'; params?: Record<string, unknown> },
  ): Promise<{ rollingBack: number; stableOnly: number; by: string }> {
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
    const figures = await measure(name, Date.now());
    sim.clearFault(injected.id);
    return figures;
  }

  /**
   * From `t0` (wall-clock ms) to the rollout ROLLING_BACK, as the rollout's own transition is
   * dated (Backline's clock, the same wall clock), and to stable-only serving, as seen here.
   */
  async function measure(name: string, t0: number) {
    const d = await backline.services.deployments.get(NS, name);
    const rollout = d ? await backline.services.rollouts.latestFor(d.id) : null;
    if (!rollout) throw new Error(`${name} has no rollout`);
    const stableAt = await until(
      `${name} stable only`,
      async () => {
        const state = await rolloutState(name);
        if (state && !['PENDING', 'PROGRESSING', 'ROLLING_BACK', 'ROLLED_BACK'].includes(state))
          throw new Error(`${name} ended ${state}`);
        return (state === 'ROLLING_BACK' || state === 'ROLLED_BACK') && (await stableOnly(name))
          ? Date.now()
          : undefined;
      },
      120_000,
    );
    const events = await backline.services.rollouts.events(rollout.id);
    const rolledBack = events.find((e) => e.to === 'ROLLING_BACK');
    if (!rolledBack) throw new Error(`${name} has no ROLLING_BACK transition`);
    // Nothing comes before its cause on one clock: a rollback dated before it is a broken bench.
    if (rolledBack.at.getTime() < t0) throw new Error(`${name} rolled back before its cause`);
    const why = (await backline.services.rollouts.get(rollout.id))?.reason ?? '';
    return {
      rollingBack: rolledBack.at.getTime() - t0,
      stableOnly: stableAt - t0,
      by: why.slice(0, 60),
    };
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

  const results: Record<string, Figures> = {
    early: { rollingBack: [], stableOnly: [] },
    crash: { rollingBack: [], stableOnly: [] },
  };
  const record = (key: string, figures: { rollingBack: number; stableOnly: number }) => {
    results[key] ??= { rollingBack: [], stableOnly: [] };
    results[key].rollingBack.push(figures.rollingBack);
    results[key].stableOnly.push(figures.stableOnly);
  };
  const ms = (f: { rollingBack: number; stableOnly: number }) =>
    `${f.rollingBack.toFixed(0)} / ${f.stableOnly.toFixed(0)} ms`;
  for (let i = 0; i < runs; i++) {
    const names: string[] = [];
    const early = await onceBeforeReady(`early-${i}`);
    record('early', early);
    const crash = await once(`crash-${i}`, vllm, { type: 'crash-loop' });
    record('crash', crash);
    names.push(`early-${i}`, `crash-${i}`);
    let line = `${store} run ${i + 1}: crash before ready ${ms(early)}, crash after ready ${ms(crash)}`;
    for (const runtime of runtimes) {
      const name = `errors-${runtime.toLowerCase().replace('_', '-')}-${i}`;
      const errors = await once(name, byRuntime[runtime] as readonly [string, string], {
        type: 'error-rate',
        params: { percent: 40 },
      });
      record(`errors ${runtime}`, errors);
      names.push(name);
      line += `, ${runtime} error rate ${ms(errors)} (${errors.by})`;
    }
    process.stdout.write(`${line}\n`);
    // Fewer deployments sharing the simulated traffic in the next run.
    for (const name of names) {
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
  const label: Record<string, string> = {
    early: 'crash before ready',
    crash: 'crash after ready',
  };
  for (const [key, figures] of Object.entries(results)) {
    const what = label[key] ?? `${key.replace('errors ', '')} error rate 40 %`;
    process.stdout.write(
      row(`${what} → ROLLING_BACK`, figures.rollingBack) +
        row(`${what} → stable only`, figures.stableOnly),
    );
  }
  stopListening();
  await close();
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
