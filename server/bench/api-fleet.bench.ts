/**
 * The fleet-scale case of bench:api: Backline with 1,000 model deployments of 5 replicas (5,000
 * pods), 10,000 incidents, 5,000 tickets and 100,000 audit entries, all made through Backline's
 * own services (so every write has its audit entry), the deployments applied by its reconciler to
 * the simulated cluster.
 *
 * The fleet is seeded through a Backline in this process; then Backline is started again on that
 * store as `npm start` runs it, in a process of its own (as is the simulator), and measured there.
 * It reports, for the console's list queries:
 * latency one at a time (p50/p95 of BENCH_SAMPLES requests) and under autocannon at
 * BENCH_CONNECTIONS connections; how long each console list page takes in Chromium from
 * navigation to its first rows; and that process's resident memory, watching the fleet and at its
 * peak.
 *
 *   npm run bench:api:fleet
 *   BENCH_FLEET_DEPLOYMENTS=100 BENCH_FLEET_INCIDENTS=1000 npm run bench:api:fleet   # smaller
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { type DocumentNode, print } from 'graphql';
import { chromium } from 'playwright-core';
import { createServerDatabase } from '../../test/support/stores.ts';
import {
  AuditLogDocument,
  DeploymentSummaryFieldsFragmentDoc,
  DeploymentsPageDocument,
  IncidentsDocument,
  TicketsDocument,
} from '../../web/src/generated/graphql.ts';
import { SYSTEM_ACTOR } from '../src/audit/index.ts';
import { startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/logging/index.ts';
import { UnitOfWork } from '../src/store/index.ts';
import { BENCH_PASSWORD, benchModel, gql, machineLine, percentile, signIn } from './support.ts';

const size = {
  deployments: Number(process.env.BENCH_FLEET_DEPLOYMENTS ?? 1000),
  replicas: Number(process.env.BENCH_FLEET_REPLICAS ?? 5),
  incidents: Number(process.env.BENCH_FLEET_INCIDENTS ?? 10_000),
  tickets: Number(process.env.BENCH_FLEET_TICKETS ?? 5000),
  audit: Number(process.env.BENCH_FLEET_AUDIT ?? 100_000),
};
const samples = Number(process.env.BENCH_SAMPLES ?? 20);
const settleSeconds = Number(process.env.BENCH_SETTLE_SECONDS ?? 60);
/** How long to wait for the deployments to be READY before measuring with what is. */
const readyMinutes = Number(process.env.BENCH_READY_MINUTES ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 5);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const stores = (process.env.BENCH_STORES ?? 'pglite,postgres')
  .split(',')
  .filter((s) => s === 'pglite' || (s === 'postgres' && serverUrl));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NAMESPACES = ['ml-prod', 'ml-staging'] as const;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const LOAD_SCRIPT = path.join(HERE, 'api-load.ts');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

/** Runs `work(i)` for i in 0..n-1, `parallel` at a time. */
async function each(n: number, parallel: number, work: (i: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < n) await work(next++);
    }),
  );
}

/** The simulator in a process of its own, with GPU nodes enough for the fleet. */
async function startSimulatorProcess(
  dir: string,
): Promise<{ kubeconfig: string; child: ChildProcess }> {
  // The simulated fleet alternates 8-GPU and 4-GPU nodes.
  const nodes = Math.ceil((size.deployments * size.replicas) / 6) + 4;
  const kubeconfig = path.join(dir, 'kubeconfig');
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'server/simulator/src/cli.ts'),
      '--fleet',
      'empty',
      '--nodes',
      String(nodes),
      '--acceleration',
      '30',
      '--rps',
      '1',
      '--port',
      '0',
      '--kubeconfig',
      kubeconfig,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Kubeconfig:')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${code}`)));
  });
  return { kubeconfig, child };
}

interface ListShape {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const SHAPES: ListShape[] = [
  {
    name: 'deployments list (all)',
    // The whole list, as the console read it before it paged: every deployment's summary.
    query: [
      'query Deployments { deployments { ...DeploymentSummaryFields } managedNamespaces }',
      print(DeploymentSummaryFieldsFragmentDoc as DocumentNode),
    ].join('\n'),
    variables: {},
  },
  {
    name: 'deployments, first page',
    query: print(DeploymentsPageDocument as DocumentNode),
    variables: { namespace: null, environment: null, search: null },
  },
  {
    name: 'incidents, first page',
    query: print(IncidentsDocument as DocumentNode),
    variables: { status: null, severity: null },
  },
  {
    name: 'ticket queue, first page',
    query: print(TicketsDocument as DocumentNode),
    variables: { view: 'ALL', status: null, priority: null, search: null },
  },
  {
    name: 'audit log, first page',
    query: print(AuditLogDocument as DocumentNode),
    variables: { filter: {}, first: 50 },
  },
];

async function timed(url: string, token: string, shape: ListShape): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${shape.name}: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

async function underLoad(url: string, token: string, shape: ListShape) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    LOAD_SCRIPT,
    JSON.stringify({
      url: `${url}/graphql`,
      connections,
      durationSeconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: shape.query, variables: shape.variables }),
    }),
  ]);
  return JSON.parse(stdout) as { requestsPerSecond: number; p95: number | null; failed: number };
}

interface PageTiming {
  page: string;
  /** A full page load: the console's code, the session, then the list. */
  loadMs: number;
  /** From the navigation link in the console (the code already loaded) to the list's rows. */
  navigateMs: number;
  rows: number;
}

/** How long each console list page takes to show its first rows, in Chromium. */
async function consolePages(url: string): Promise<PageTiming[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ baseURL: url })).newPage();
    await page.goto('/login');
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email').fill('admin@backline.local');
    await form.getByRole('textbox', { name: 'Password' }).fill(BENCH_PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const out: PageTiming[] = [];
    for (const [path, link, rows] of [
      ['/incidents', 'Incidents', '[data-testid^="incident-row-"]'],
      ['/tickets', 'Tickets', '[data-testid^="ticket-row-"]'],
      ['/deployments', 'Deployments', '[data-testid^="deployment-row-"]'],
      ['/audit', 'Audit', '[data-testid="audit-row"]'],
    ] as const) {
      // A load with the code in the browser's cache, as a returning user has it.
      await page.goto('/costs');
      let started = performance.now();
      await page.goto(path);
      await page.locator(rows).first().waitFor({ timeout: 60_000 });
      const loadMs = performance.now() - started;
      await nav.getByRole('link', { name: /^Costs( |$)/ }).click();
      await page.waitForURL('**/costs');
      started = performance.now();
      await nav.getByRole('link', { name: new RegExp(`^${link}( |$)`) }).click();
      await page.locator(rows).first().waitFor({ timeout: 60_000 });
      const navigateMs = performance.now() - started;
      out.push({ page: path, loadMs, navigateMs, rows: await page.locator(rows).count() });
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory now and at most so far of a process, from /proc. */
async function residentOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** Where the process's memory is, from its own metrics: the JS heap, and what lies outside it. */
async function heapOf(url: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return `JS heap ${mib(value('nodejs_heap_size_used_bytes'))} used of ${mib(value('nodejs_heap_size_total_bytes'))}, ${mib(value('nodejs_external_memory_bytes'))} outside it (buffers, the embedded store's WebAssembly memory)`;
}

/** Backline as `npm start` runs it, in a process of its own, on `env`; its URL once ready. */
async function startBacklineProcess(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--liftoff-only', path.join(ROOT, 'server/src/main.ts')], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Backline exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (performance.now() > deadline) throw new Error('Backline did not get ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, child };
}

async function seed(env: Record<string, string>, core: CoreV1Api): Promise<void> {
  const backline = await startBackline(loadConfig({ ...env, PORT: '0' }), {
    logger: createLogger('silent'),
  });
  try {
    const cookie = await signIn(backline.url, BENCH_PASSWORD);
    // A kept-alive connection the server closed while the seeding worked in process fails the
    // next request once: that one is sent again.
    const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
      gql<T>(backline.url, cookie, query, variables).catch((error: unknown) => {
        if (error instanceof TypeError) return gql<T>(backline.url, cookie, query, variables);
        throw error;
      });
    let started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
    const modelId = await benchModel(backline.url, cookie);
    const release = (
      await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
          resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: modelId },
      )
    ).createRelease.release.id;
    await each(size.deployments, 4, (i) =>
      call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: NAMESPACES[i % 2],
            name: `model-${i}`,
            environment: i % 2 === 0 ? 'PROD' : 'STAGING',
            releaseId: release,
            replicas: size.replicas,
            strategy: 'ROLLING',
          },
        },
      ),
    );
    say(
      `- ${size.deployments} deployments of ${size.replicas} replicas deployed in ${seconds()} s`,
    );
    started = performance.now();
    const { incidents, tickets, audit } = backline.services;
    const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
    await each(size.incidents, 4, async (i) => {
      const declared = await incidents.declare(SYSTEM_ACTOR, {
        title: `Elevated error ratio on model-${i % size.deployments} (${i})`,
        severity: severities[i % 4],
        deployment: { namespace: NAMESPACES[i % 2], name: `model-${i % size.deployments}` },
      });
      if (i % 2 === 0) await incidents.resolve(SYSTEM_ACTOR, { id: declared.id });
    });
    say(`- ${size.incidents} incidents (half resolved) in ${seconds()} s`);
    started = performance.now();
    const priorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
    await each(size.tickets, 4, (i) =>
      tickets.create(SYSTEM_ACTOR, {
        subject: `Completions time out for our team (${i})`,
        description: 'Since this morning about one request in ten times out.',
        priority: priorities[i % 4],
        requester: { name: `Customer ${i}`, email: `customer${i}@example.com` },
      }),
    );
    say(`- ${size.tickets} tickets in ${seconds()} s`);
    started = performance.now();
    const units = new UnitOfWork(backline.db);
    const have = (await audit.list({}, 1)).totalCount;
    const missing = Math.max(0, size.audit - have);
    for (let done = 0; done < missing; done += 500) {
      await units.run(async (work) => {
        for (let i = done; i < Math.min(missing, done + 500); i++)
          await audit.record(work, SYSTEM_ACTOR, {
            action: 'bench.fleet',
            targetType: 'bench',
            targetId: String(i),
            details: { i },
          });
      });
    }
    say(`- audit log filled to ${size.audit} entries (${missing} appended) in ${seconds()} s`);
    started = performance.now();
    let ready = 0;
    const deadline = performance.now() + readyMinutes * 60_000;
    while (performance.now() < deadline) {
      const { deployments } = await call<{ deployments: { phase: string }[] }>(
        '{ deployments { phase } }',
      );
      ready = deployments.filter((d) => d.phase === 'READY').length;
      if (ready === size.deployments) break;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const pods = (await core.listPodForAllNamespaces()).items.length;
    say(
      `- ${ready} of ${size.deployments} deployments READY, ${pods} pods, after ${seconds()} s more`,
    );
  } finally {
    await backline.close();
  }
}

async function bench(store: 'pglite' | 'postgres'): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-fleet-'));
  const sim = await startSimulatorProcess(dir);
  const admin = new KubeConfig();
  admin.loadFromFile(sim.kubeconfig);
  const core = admin.makeApiClient(CoreV1Api);
  for (const name of NAMESPACES) await core.createNamespace({ body: { metadata: { name } } });
  const database = store === 'postgres' && serverUrl ? await createServerDatabase(serverUrl) : null;
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    BACKLINE_DATA_DIR: dir,
    BACKLINE_ADMIN_PASSWORD: BENCH_PASSWORD,
    BACKLINE_CONSOLE_DIR: path.join(ROOT, 'web/dist'),
    BACKLINE_SIMULATOR: 'off',
    KUBECONFIG: sim.kubeconfig,
    BACKLINE_NAMESPACES: NAMESPACES.join(','),
    BACKLINE_LEADER_ELECTION: 'off',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  let backline: { url: string; child: ChildProcess } | null = null;
  try {
    const label = store === 'pglite' ? 'PGlite' : 'PostgreSQL server';
    say(`\n${label}: seeding through Backline's services`);
    await seed(env, core);
    // Measured as it runs in production: a process of its own, started on the seeded store.
    backline = await startBacklineProcess(env);
    const { url, child } = backline;
    const pid = child.pid as number;
    // Watching the fleet (health, reconciling) for a while before the figures.
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const settled = await residentOf(pid);
    const settledHeap = await heapOf(url);
    const cookie = await signIn(url, BENCH_PASSWORD);
    const token = (
      await gql<{ createApiToken: { secret: string } }>(
        url,
        cookie,
        'mutation { createApiToken(input: { name: "bench", role: ADMIN, expiresInDays: 1 }) { secret } }',
      )
    ).createApiToken.secret;
    say(
      '\n| query | p50 one at a time | p95 one at a time | req/s at 50 connections | p95 at 50 connections |',
    );
    say('| --- | --- | --- | --- | --- |');
    for (const shape of SHAPES) {
      await timed(url, token, shape);
      const times: number[] = [];
      for (let i = 0; i < samples; i++) times.push(await timed(url, token, shape));
      const loaded = await underLoad(url, token, shape);
      // No answer within the load's duration leaves no latency (null from JSON).
      const p95 =
        loaded.p95 === null ? `none in ${durationSeconds} s` : `${loaded.p95.toFixed(0)} ms`;
      say(
        `| ${shape.name} | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms | ${loaded.requestsPerSecond.toFixed(0)} | ${p95} |${loaded.failed ? ` ${loaded.failed} failed` : ''}`,
      );
    }
    if (existsSync(CHROMIUM)) {
      say(
        "\n| console page | full page load to first rows | from the console's navigation | rows shown |",
      );
      say('| --- | --- | --- | --- |');
      for (const row of await consolePages(url))
        say(
          `| ${row.page} | ${row.loadMs.toFixed(0)} ms | ${row.navigateMs.toFixed(0)} ms | ${row.rows} |`,
        );
    } else say(`\n(no Chromium at ${CHROMIUM}: console pages not timed)`);
    const after = await residentOf(pid);
    say(
      `\nBackline's resident memory: ${mib(settled.rss)} watching the seeded fleet, ${mib(after.rss)} after the load, ${mib(after.peak)} at most`,
    );
    say(`Watching: ${settledHeap}. After the load: ${await heapOf(url)}.`);
  } finally {
    backline?.child.kill('SIGTERM');
    sim.child.kill('SIGTERM');
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

say(machineLine());
for (const store of stores) await bench(store as 'pglite' | 'postgres');
process.exit(0);
