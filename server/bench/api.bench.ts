/**
 * The GraphQL API under load, beside a bare Apollo Server 5 on Express 5 serving the same query
 * shapes from memory: the ceiling of the framework Backline is built on.
 *
 * Backline runs against the simulated cluster with a seeded fleet (deployments with running
 * pods, incidents, tickets) and is called with an API token, as scripts and dashboards do. The
 * baseline serves Backline's own schema, with resolvers that return the very data Backline
 * answered (taken from Backline once, before the load), so both send the same bytes for the same
 * documents; it has no authentication, no store and no access checks. The documents are the
 * console's own (web/src/generated): the dashboard's overview shape (deployments with their
 * release, and the 20 latest incidents, from the console's summary fragments), the fleet summary
 * the console's overview reads now, the deployments list, a deployment page, the incidents list
 * and the ticket queue.
 *
 * Each query is loaded by autocannon (in a process of its own) at BENCH_CONNECTIONS connections
 * for BENCH_DURATION seconds, Backline and the baseline alternating, BENCH_ROUNDS times; the
 * figures are the median round's. Then a fan-out: one incident change to BENCH_SUBSCRIBERS
 * graphql-ws subscribers of the console's incidents subscription, timed until the last has it.
 *
 * On PGlite, and on the PostgreSQL server at BENCH_DATABASE_URL or TEST_DATABASE_URL (a fresh
 * database, dropped afterwards) when one is set.
 *
 *   npm run bench:api
 *   BENCH_DURATION=10 BENCH_ROUNDS=3 BENCH_STORES=pglite npm run bench:api
 */
import { execFile } from 'node:child_process';
import { EventEmitter, on } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { type RunningSimulator, startSimulator } from '@backline/simulator';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import express from 'express';
import { type DocumentNode, type GraphQLResolveInfo, print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useServer as serveOverWebSocket } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { createServerDatabase } from '../../test/support/stores.ts';
import {
  DeploymentDocument,
  DeploymentSummaryFieldsFragmentDoc,
  DeploymentsPageDocument,
  FleetSummaryDocument,
  IncidentSummaryFieldsFragmentDoc,
  IncidentsChangedDocument,
  IncidentsDocument,
  TicketsDocument,
} from '../../web/src/generated/graphql.ts';
import { SYSTEM_ACTOR } from '../src/audit/index.ts';
import { type RunningBackline, startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { loadTypeDefs } from '../src/graphql/schema.ts';
import { createLogger } from '../src/logging/index.ts';
import { benchModel, gql, machineLine, percentile, signIn } from './support.ts';

const durationSeconds = Number(process.env.BENCH_DURATION ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const fanouts = Number(process.env.BENCH_FANOUTS ?? 10);
const fleet = {
  deployments: Number(process.env.BENCH_DEPLOYMENTS ?? 20),
  incidents: Number(process.env.BENCH_INCIDENTS ?? 200),
  tickets: Number(process.env.BENCH_TICKETS ?? 200),
};
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const stores = (process.env.BENCH_STORES ?? 'pglite,postgres')
  .split(',')
  .filter((s) => s === 'pglite' || (s === 'postgres' && serverUrl));
/** Which queries to load (names below), all by default. */
const only = process.env.BENCH_QUERIES?.split(',');

const PASSWORD = 'bench-password-long';
const NAMESPACES = ['ml-prod', 'ml-staging'] as const;
const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-load.ts');

// Everything runs in this one process, so a stalled event loop can let a server close an idle
// keep-alive connection just as fetch reuses it; such a request never reached the server and is
// sent again.
const fetchOnce = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(input, init);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== 'ECONNRESET' || attempt === 3) throw error;
    }
  }
};

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

interface Shape {
  name: string;
  /** The operation's name in the document, which the baseline answers by. */
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

function shapes(deployment: { namespace: string; name: string }): Shape[] {
  const all: Omit<Shape, 'operation'>[] = [
    {
      name: 'overview',
      // The overview's deployments (the console's summary fragment) and the 20 latest incidents.
      query: [
        'query Overview { deployments { ...DeploymentSummaryFields } incidents(first: 20) { ...IncidentSummaryFields } }',
        print(DeploymentSummaryFieldsFragmentDoc as DocumentNode),
        print(IncidentSummaryFieldsFragmentDoc as DocumentNode),
      ].join('\n'),
      variables: {},
    },
    {
      name: 'fleet summary',
      // What the console's overview shows of the fleet since it stopped loading every deployment.
      query: print(FleetSummaryDocument as DocumentNode),
      variables: {},
    },
    {
      name: 'deployments list',
      query: print(DeploymentsPageDocument as DocumentNode),
      variables: { namespace: null, environment: null, search: null },
    },
    {
      name: 'deployment page',
      query: print(DeploymentDocument as DocumentNode),
      variables: deployment,
    },
    {
      name: 'incidents list',
      query: print(IncidentsDocument as DocumentNode),
      variables: { status: null, severity: null },
    },
    {
      name: 'ticket queue',
      query: print(TicketsDocument as DocumentNode),
      variables: { view: 'ALL', status: null, priority: null, search: null },
    },
  ];
  return all
    .filter((s) => !only || only.includes(s.name))
    .map((s) => ({ ...s, operation: /query (\w+)/.exec(s.query)?.[1] ?? '' }));
}

interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failed: number;
}

async function load(url: string, headers: Record<string, string>, shape: Shape) {
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const { stdout } = await promisify(execFile)(process.execPath, [
    LOAD_SCRIPT,
    JSON.stringify({
      url: `${url}/graphql`,
      connections,
      durationSeconds,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: shape.query, variables: shape.variables }),
    }),
  ]);
  lag.disable();
  process.stderr.write(
    `${shape.name} at ${url}: ${stdout.trim()}; event loop delay max ${(lag.max / 1e6).toFixed(0)} ms\n`,
  );
  return JSON.parse(stdout) as LoadFigures;
}

/** Seeds the fleet: releases of three models deployed over two namespaces, incidents, tickets. */
async function seed(backline: RunningBackline, cookie: string): Promise<void> {
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(backline.url, cookie, query, variables);
  const releases: string[] = [];
  const modelIds = [await benchModel(backline.url, cookie)];
  for (const name of ['bench-coder', 'bench-chat']) {
    const created = await call<{ registerModel: { model: { id: string } } }>(
      `mutation($n: String!) { registerModel(input: { name: $n, family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
        revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
      { n: name },
    );
    modelIds.push(created.registerModel.model.id);
  }
  for (const modelId of modelIds) {
    for (const image of ['vllm/vllm-openai:v0.9.2', 'vllm/vllm-openai:v0.10.1']) {
      const created = await call<{ createRelease: { release: { id: string } } }>(
        `mutation($m: ID!, $image: String!) { createRelease(input: { modelId: $m, runtime: VLLM, image: $image,
          resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
        { m: modelId, image },
      );
      releases.push(created.createRelease.release.id);
    }
  }
  for (let i = 0; i < fleet.deployments; i++) {
    const namespace = NAMESPACES[i % 2] ?? 'ml-prod';
    await call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace,
          name: `model-${i}`,
          environment: namespace === 'ml-prod' ? 'PROD' : 'STAGING',
          releaseId: releases[i % releases.length],
          replicas: 1 + (i % 3),
          strategy: i % 4 === 0 ? 'CANARY' : 'ROLLING',
        },
      },
    );
  }
  const { incidents, tickets } = backline.services;
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
  for (let i = 0; i < fleet.incidents; i++) {
    const namespace = NAMESPACES[i % 2] ?? 'ml-prod';
    const declared = await incidents.declare(SYSTEM_ACTOR, {
      title: `Elevated error ratio on model-${i % fleet.deployments} (${i})`,
      summary: 'Requests fail above the SLO.',
      severity: severities[i % 4],
      ...(i % 2 === 0
        ? { deployment: { namespace, name: `model-${i % fleet.deployments}` } }
        : { environment: 'PROD' }),
    });
    if (i % 3 === 0) await incidents.acknowledge(SYSTEM_ACTOR, { id: declared.id });
  }
  const priorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
  for (let i = 0; i < fleet.tickets; i++) {
    await tickets.create(SYSTEM_ACTOR, {
      subject: `Completions time out for our team (${i})`,
      description: 'Since this morning about one request in ten times out after 30 seconds.',
      priority: priorities[i % 4],
      requester: { name: `Customer ${i}`, email: `customer${i}@example.com`, organisation: 'Acme' },
      group: i % 2 === 0 ? 'platform' : 'models',
      tags: ['latency'],
    });
  }
}

async function waitUntilServing(backline: RunningBackline, cookie: string): Promise<number> {
  const deadline = performance.now() + 180_000;
  let ready = 0;
  while (performance.now() < deadline) {
    const { deployments } = await gql<{ deployments: { phase: string }[] }>(
      backline.url,
      cookie,
      '{ deployments { phase } }',
    );
    ready = deployments.filter((d) => d.phase === 'READY').length;
    if (ready === fleet.deployments) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return ready;
}

interface Baseline {
  url: string;
  publish(incident: unknown): void;
  close(): Promise<void>;
}

/**
 * Apollo Server 5 on Express 5 with graphql-ws beside it, serving Backline's schema from memory:
 * the answers Backline gave, returned as they are.
 */
async function startBaseline(answers: Record<string, Record<string, unknown>>): Promise<Baseline> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  // Each root field answers what Backline answered to the same operation.
  const answer =
    (field: string) => (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) =>
      answers[info.operation.name?.value ?? '']?.[field];
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: {
      Query: Object.fromEntries(
        [
          'deployments',
          'deploymentsConnection',
          'fleetSummary',
          'managedNamespaces',
          'deployment',
          'incidents',
          'incidentsConnection',
          'ticketsConnection',
        ].map((f) => [f, answer(f)]),
      ),
      Subscription: {
        incidentChanged: {
          subscribe: async function* () {
            for await (const [incident] of on(events, 'incident')) yield incident;
          },
          resolve: (incident: unknown) => incident,
        },
      },
    },
  });
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const ws = serveOverWebSocket({ schema }, wsServer);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publish: (incident) => events.emit('incident', incident),
    async close() {
      await ws.dispose();
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise((resolve) => (httpServer as Server).close(resolve));
    },
  };
}

/** `count` graphql-ws clients subscribed to the console's incidents subscription. */
async function subscribe(url: string, count: number, token: string | null) {
  const clients: ReturnType<typeof createClient>[] = [];
  const listeners = new Set<(title: string) => void>();
  const query = print(IncidentsChangedDocument as DocumentNode);
  let acknowledged = 0;
  const allAcknowledged = new Promise<void>((resolve, reject) => {
    for (let i = 0; i < count; i++) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        lazy: false,
        retryAttempts: 0,
        on: {
          connected: () => {
            if (++acknowledged === count) resolve();
          },
          error: reject,
        },
      });
      client.subscribe(
        { query },
        {
          next: (value) => {
            const title = (value.data as { incidentChanged: { title: string } } | null)
              ?.incidentChanged.title;
            if (title) for (const listener of listeners) listener(title);
          },
          error: reject,
          complete: () => {},
        },
      );
      clients.push(client);
    }
  });
  await allAcknowledged;
  // The subscribe messages follow connection_ack; give the servers a moment to register them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    /** Resolves when all `count` subscribers have received the incident titled so, with the time. */
    until(title: string): Promise<number> {
      return new Promise((resolve) => {
        let got = 0;
        const listener = (seen: string) => {
          if (seen !== title || ++got < count) return;
          listeners.delete(listener);
          resolve(performance.now());
        };
        listeners.add(listener);
      });
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

interface Row {
  name: string;
  /** Store queries while Backline answered one request alone (its background work included). */
  queries: number;
  backline: LoadFigures;
  baseline: LoadFigures;
}

function median(values: LoadFigures[]): LoadFigures {
  const sorted = [...values].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LoadFigures;
}

function table(rows: Row[], fanout: { backline: number[]; baseline: number[]; declare: number[] }) {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');
  say(
    '| query | store queries | Backline req/s | p50 / p95 / p99 ms | baseline req/s | p50 / p95 / p99 ms | req/s ratio |',
  );
  say('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const b = row.backline;
    const a = row.baseline;
    say(
      `| ${row.name} | ${row.queries} | ${f(b.requestsPerSecond)} | ${f(b.p50)} / ${f(b.p95)} / ${f(b.p99)} | ` +
        `${f(a.requestsPerSecond)} | ${f(a.p50)} / ${f(a.p95)} / ${f(a.p99)} | ` +
        `${(b.requestsPerSecond / a.requestsPerSecond).toFixed(2)}× |`,
    );
  }
  if (fanout.backline.length) {
    const p = (v: number[], q: number) => percentile(v, q).toFixed(1);
    say(
      `fan-out of one incident change to ${subscribers} subscribers (${fanout.backline.length} events): ` +
        `Backline p50 ${p(fanout.backline, 50)} ms, max ${Math.max(...fanout.backline).toFixed(1)} ms ` +
        `(of which the declaring call p50 ${p(fanout.declare, 50)} ms); ` +
        `baseline p50 ${p(fanout.baseline, 50)} ms, max ${Math.max(...fanout.baseline).toFixed(1)} ms; ` +
        `ratio of p50 ${(percentile(fanout.backline, 50) / percentile(fanout.baseline, 50)).toFixed(1)}×`,
    );
  }
}

async function bench(store: 'pglite' | 'postgres'): Promise<void> {
  const nodes = Math.ceil((fleet.deployments * 2) / 7) + 2;
  const sim: RunningSimulator = await startSimulator({
    fleet: 'empty',
    nodes,
    acceleration: 30,
    trafficRps: 2,
  });
  const admin = new KubeConfig();
  admin.loadFromString(sim.kubeconfig());
  const core = admin.makeApiClient(CoreV1Api);
  for (const name of NAMESPACES) await core.createNamespace({ body: { metadata: { name } } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-'));
  await sim.writeKubeconfig(path.join(dir, 'kubeconfig'));
  const database = store === 'postgres' && serverUrl ? await createServerDatabase(serverUrl) : null;
  const backline = await startBackline(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      BACKLINE_DATA_DIR: dir,
      BACKLINE_ADMIN_PASSWORD: PASSWORD,
      KUBECONFIG: path.join(dir, 'kubeconfig'),
      BACKLINE_NAMESPACES: NAMESPACES.join(','),
      BACKLINE_LEADER_ELECTION: 'off',
      // As Backline is deployed (the image and the chart set it): graphql-js and Apollo skip
      // their development checks. The baseline runs in the same process, so under it too.
      NODE_ENV: 'production',
      ...(database ? { DATABASE_URL: database.url } : {}),
    }),
    { logger: createLogger('silent') },
  );
  let baseline: Baseline | null = null;
  try {
    const cookie = await signIn(backline.url, PASSWORD);
    const seedStarted = performance.now();
    process.stderr.write(`seeding the fleet on ${store}\n`);
    await seed(backline, cookie);
    process.stderr.write('waiting for the deployments to serve\n');
    const ready = await waitUntilServing(backline, cookie);
    // From here the cluster runs in real time, as a real one does.
    sim.clock.acceleration = 1;
    const token = (
      await gql<{ createApiToken: { secret: string } }>(
        backline.url,
        cookie,
        'mutation { createApiToken(input: { name: "bench", role: ADMIN, expiresInDays: 1 }) { secret } }',
      )
    ).createApiToken.secret;
    const label = store === 'pglite' ? 'PGlite' : 'PostgreSQL server';
    say(
      `\n${label}: ${fleet.deployments} deployments (${ready} ready), ${fleet.incidents} incidents, ` +
        `${fleet.tickets} tickets, seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; ` +
        `${connections} connections, ${durationSeconds} s per load, ${rounds} rounds`,
    );

    const auth = { authorization: `Bearer ${token}` };
    const cases = shapes({ namespace: 'ml-prod', name: 'model-0' });
    const answers: Record<string, Record<string, unknown>> = {};
    const queries: Record<string, number> = {};
    const query = backline.db.query.bind(backline.db);
    let counted = 0;
    backline.db.query = ((...args: Parameters<typeof query>) => {
      counted++;
      return query(...args);
    }) as typeof query;
    for (const shape of cases) {
      counted = 0;
      const response = await fetch(`${backline.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: shape.query, variables: shape.variables }),
      });
      const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
      if (body.errors) throw new Error(`${shape.name}: ${JSON.stringify(body.errors)}`);
      answers[shape.operation] = body.data;
      queries[shape.name] = counted;
    }
    baseline = await startBaseline(answers);
    // Both must send the same answer for the same document.
    for (const shape of cases) {
      const response = await fetch(`${baseline.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: shape.query, variables: shape.variables }),
      });
      const body = (await response.json()) as { data: unknown };
      if (JSON.stringify(body.data) !== JSON.stringify(answers[shape.operation])) {
        throw new Error(`the baseline answers ${shape.name} differently from Backline`);
      }
    }

    const rows: Row[] = [];
    for (const shape of cases) {
      const figures: { backline: LoadFigures[]; baseline: LoadFigures[] } = {
        backline: [],
        baseline: [],
      };
      for (let round = 0; round < rounds; round++) {
        figures.backline.push(await load(backline.url, auth, shape));
        figures.baseline.push(await load(baseline.url, {}, shape));
      }
      const failed = [...figures.backline, ...figures.baseline].reduce((n, f) => n + f.failed, 0);
      if (failed) throw new Error(`${shape.name}: ${failed} requests failed under load`);
      rows.push({
        name: shape.name,
        queries: queries[shape.name] ?? Number.NaN,
        backline: median(figures.backline),
        baseline: median(figures.baseline),
      });
    }

    const fanout = { backline: [] as number[], baseline: [] as number[], declare: [] as number[] };
    if (fanouts > 0 && subscribers > 0) {
      const incident = (
        answers.Incidents?.incidentsConnection as { nodes: { id: string }[] } | undefined
      )?.nodes[0];
      const backlineSubscribers = await subscribe(backline.url, subscribers, token);
      const baselineSubscribers = await subscribe(baseline.url, subscribers, null);
      try {
        for (let i = 0; i < fanouts + 1; i++) {
          const title = `Fan-out ${i}`;
          const received = backlineSubscribers.until(title);
          let started = performance.now();
          await backline.services.incidents.declare(SYSTEM_ACTOR, {
            title,
            severity: 'SEV3',
            environment: 'PROD',
          });
          const declaredAt = performance.now();
          const all = await received;
          // The first event warms the paths up; it is not counted.
          if (i > 0) {
            fanout.backline.push(all - started);
            fanout.declare.push(declaredAt - started);
          }
          if (!incident) continue;
          const payload = { ...incident, title };
          const arrived = baselineSubscribers.until(title);
          started = performance.now();
          baseline.publish(payload);
          const done = await arrived;
          if (i > 0) fanout.baseline.push(done - started);
        }
      } finally {
        await backlineSubscribers.close();
        await baselineSubscribers.close();
      }
    }
    table(rows, fanout);
    say(
      `resident memory after the run: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB (Backline, baseline and simulator in one process)`,
    );
  } finally {
    await baseline?.close();
    await backline.close();
    await sim.stop();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

say(machineLine());
for (const store of stores) await bench(store as 'pglite' | 'postgres');
say(
  `load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
process.exit(0);
