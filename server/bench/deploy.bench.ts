/**
 * Deploy latency and informer ingestion against the simulated cluster.
 *
 * 1. From the deployRelease mutation to READY reaching a GraphQL subscriber, on this
 *    process's one clock. (How much of it is Backline's own time is not reported: the
 *    cluster's "available" and Backline's READY arrive on two different watch streams, whose
 *    delivery delays differ, so their difference can even be negative.)
 * 2. Informer ingestion: 5,000 managed pods listed and cached by the workload watcher,
 *    with the time to first sync and the heap it holds.
 *
 *   npm run bench:deploy
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSimulator } from '@backline/simulator';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { WorkloadWatcher } from '../src/kube/index.ts';
import { createLogger } from '../src/logging/index.ts';
import { benchModel, gql, percentile, signIn } from './support.ts';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const podCount = Number(process.env.BENCH_PODS ?? 5000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function deployLatency(): Promise<void> {
  // Accelerated: image pulls and model loading take simulated minutes; Backline's own time is what is measured.
  const sim = await startSimulator({ fleet: 'empty', nodes: 4, acceleration: 30 });
  const admin = new KubeConfig();
  admin.loadFromString(sim.kubeconfig());
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: 'bench' } } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-'));
  await sim.writeKubeconfig(path.join(dir, 'kubeconfig'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BACKLINE_DATA_DIR: dir,
    BACKLINE_ADMIN_PASSWORD: 'bench-password-long',
    KUBECONFIG: path.join(dir, 'kubeconfig'),
    BACKLINE_NAMESPACES: 'bench',
  });
  const backline = await startBackline(config, { logger: createLogger('silent') });
  const cookie = await signIn(backline.url, 'bench-password-long');
  const modelId = await benchModel(backline.url, cookie);

  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const ws = createClient({
    url: `${backline.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WithCookie,
  });
  const readyAt = new Map<string, number>();
  ws.subscribe(
    { query: 'subscription { deploymentChanged(namespace: "bench") { name phase } }' },
    {
      next: (value) => {
        const d = (value.data as { deploymentChanged: { name: string; phase: string } })
          .deploymentChanged;
        if (d.phase === 'READY' && !readyAt.has(d.name)) readyAt.set(d.name, performance.now());
      },
      error: () => {},
      complete: () => {},
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));

  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const release = await gql<{ createRelease: { release: { id: string } } }>(
      backline.url,
      cookie,
      `mutation($m: ID!, $mem: String!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
        resources: { gpus: 1, cpu: "1", memory: $mem }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: modelId, mem: `${8 + i}Gi` },
    );
    const name = `bench-${i}`;
    const started = performance.now();
    await gql(
      backline.url,
      cookie,
      `mutation($r: ID!, $n: String!) { deployRelease(input: { namespace: "bench", name: $n, environment: DEV, releaseId: $r, replicas: 1 }) { deployment { id } } }`,
      {
        r: release.createRelease.release.id,
        n: name,
      },
    );
    const deadline = performance.now() + 120_000;
    while (!readyAt.has(name) && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const ready = readyAt.get(name);
    if (ready === undefined) throw new Error(`${name} did not become ready`);
    total.push(ready - started);
  }
  await ws.dispose();
  await backline.close();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
  const f = (v: number) => `${Math.round(v)} ms`;
  process.stdout.write(
    `| deploy → READY at a subscriber (simulated cluster at 30× speed) | ${runs} | ${f(percentile(total, 50))} | ${f(percentile(total, 95))} |\n`,
  );
}

async function informerIngestion(): Promise<void> {
  const sim = await startSimulator({ fleet: 'empty', nodes: 1, eventHistoryLimit: podCount * 4 });
  const kc = new KubeConfig();
  kc.loadFromString(sim.kubeconfig());
  const core = kc.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: 'ingest' } } });
  const batch = 50;
  for (let i = 0; i < podCount; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, podCount - i) }, (_, j) =>
        core.createNamespacedPod({
          namespace: 'ingest',
          body: {
            metadata: {
              name: `p-${i + j}`,
              labels: {
                'app.kubernetes.io/managed-by': 'backline',
                'backline.dev/deployment': `d-${(i + j) % 100}`,
              },
            },
            // Unschedulable on purpose: the pods exist, nothing runs.
            spec: {
              nodeSelector: { nowhere: 'true' },
              containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10' }],
            },
          },
        }),
      ),
    );
  }
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const watcher = new WorkloadWatcher(kc, { namespaces: ['ingest'], onChange: () => {} });
  await watcher.start();
  const seconds = (performance.now() - started) / 1000;
  const seen = Array.from(
    { length: 100 },
    (_, d) => watcher.workload('ingest', `d-${d}`).pods.length,
  ).reduce((a, b) => a + b, 0);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  await watcher.stop();
  await sim.stop();
  if (seen !== podCount) throw new Error(`watcher saw ${seen} of ${podCount} pods`);
  process.stdout.write(
    `\n| informer ingestion | pods | first sync | pods/s | heap held by the cache |\n|---|---|---|---|---|\n` +
      `| list + watch of managed pods | ${podCount} | ${seconds.toFixed(2)} s | ${Math.round(podCount / seconds)} | ${Math.round((heapAfter - heapBefore) / 2 ** 20)} MiB |\n`,
  );
}

process.stdout.write(
  `Deploy benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write('| measure | runs | median | p95 |\n|---|---|---|---|\n');
await deployLatency();
await informerIngestion();
