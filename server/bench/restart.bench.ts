/**
 * Time to READY after Backline restarts on its embedded cluster, in real time.
 *
 * Each run starts `node server/src/main.ts` with no kubeconfig (the embedded simulated cluster,
 * kept in BACKLINE_DATA_DIR), deploys one replica of a small vLLM model and waits until it is
 * READY and HEALTHY; then stops the process (SIGTERM, or SIGKILL as a crash would) and starts it
 * again on the same folder. From the second start it measures the time until Backline serves,
 * until the deployment is READY again (its pod restarted as after a node reboot and loaded its
 * model on the simulated clock, at 1×) and until its health is HEALTHY. On PGlite.
 *
 *   npm run bench:restart          (BENCH_RUNS, default 3)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBacklineProcess } from '../../test/support/process.ts';
import { benchModel, gql, percentile, signIn } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'bench-restart-password';

function start(dataDir: string) {
  return startBacklineProcess({
    LOG_LEVEL: 'info',
    BACKLINE_DATA_DIR: dataDir,
    BACKLINE_SIMULATOR: 'on',
    BACKLINE_ADMIN_PASSWORD: PASSWORD,
    BACKLINE_HEALTH_INTERVAL: '1s',
  });
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function state(url: string, cookie: string): Promise<{ phase: string; health: string }> {
  const data = await gql<{
    deployment: { phase: string; health: { state: string } } | null;
  }>(
    url,
    cookie,
    '{ deployment(namespace: "ml-prod", name: "bench-chat") { phase health { state } } }',
  );
  return { phase: data.deployment?.phase ?? 'NONE', health: data.deployment?.health.state ?? '' };
}

interface Figures {
  serving: number[];
  ready: number[];
  healthy: number[];
}

async function run(signal: 'SIGTERM' | 'SIGKILL', figures: Figures): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-restart-'));
  try {
    const first = await start(dataDir);
    let cookie = await signIn(first.url, PASSWORD);
    const modelId = await benchModel(first.url, cookie);
    const release = await gql<{ createRelease: { release: { id: string } } }>(
      first.url,
      cookie,
      `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: modelId },
    );
    await gql(
      first.url,
      cookie,
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'bench-chat',
          environment: 'PROD',
          releaseId: release.createRelease.release.id,
          replicas: 1,
        },
      },
    );
    await until(
      'the first deploy to be HEALTHY',
      async () => ((await state(first.url, cookie)).health === 'HEALTHY' ? true : undefined),
      180_000,
    );
    first.child.kill(signal);
    await first.exit;

    const t0 = performance.now();
    const second = await start(dataDir);
    figures.serving.push(performance.now() - t0);
    cookie = await signIn(second.url, PASSWORD);
    await until(
      'READY again',
      async () => ((await state(second.url, cookie)).phase === 'READY' ? true : undefined),
      180_000,
    );
    figures.ready.push(performance.now() - t0);
    await until(
      'HEALTHY again',
      async () => ((await state(second.url, cookie)).health === 'HEALTHY' ? true : undefined),
      180_000,
    );
    figures.healthy.push(performance.now() - t0);
    second.child.kill('SIGTERM');
    await second.exit;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const seconds = (values: number[]) =>
  `${(percentile(values, 50) / 1000).toFixed(2)} / ${(Math.max(...values) / 1000).toFixed(2)} s`;

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  const figures: Figures = { serving: [], ready: [], healthy: [] };
  for (let i = 0; i < runs; i++) await run(signal, figures);
  process.stdout.write(
    `${signal} (${runs} runs, median / max): serving ${seconds(figures.serving)}, READY ${seconds(figures.ready)}, HEALTHY ${seconds(figures.healthy)}\n`,
  );
}
