/**
 * Incident intake and paging.
 *
 * 1. Alertmanager alerts ingested per second through POST /webhooks/alertmanager (payloads shaped
 *    like Alertmanager's version-4 webhook, two alerts each, fingerprints cycling so most alerts
 *    join an open incident and some open one), with a fallback channel configured so each new
 *    incident also writes its notification to the outbox.
 * 2. From a deployment going DOWN (its health signal recorded) to the first notification leaving
 *    the outbox and reaching a local webhook receiver, through the default escalation policy.
 *
 *   npm run bench:incidents                  # server at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test
 *   BENCH_PAYLOADS=2000 BENCH_RUNS=50 npm run bench:incidents
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fixturePath } from '../../test/support/fixtures.ts';
import { WebhookReceiver } from '../../test/support/receiver.ts';
import { createServerDatabase } from '../../test/support/stores.ts';
import { type RunningBackline, startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/logging/index.ts';
import { gql, percentile, signIn } from './support.ts';

const payloads = Number(process.env.BENCH_PAYLOADS ?? 1000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = 'bench-alertmanager-token';
const PASSWORD = 'bench-password-long';
// Alertmanager's own example payload, from the shared fixtures beside the repository.
const FIXTURE =
  process.env.BENCH_ALERTMANAGER_FIXTURE ??
  fixturePath('alertmanager', 'webhook-firing-grafana-oncall-example.json');

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

interface Started {
  backline: RunningBackline;
  cookie: string;
  store: string;
  close(): Promise<void>;
}

async function start(): Promise<Started> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-'));
  const database = (await serverReachable()) ? await createServerDatabase(serverUrl) : null;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BACKLINE_DATA_DIR: dir,
    BACKLINE_ADMIN_PASSWORD: PASSWORD,
    BACKLINE_SIMULATOR: 'off',
    BACKLINE_ALERTMANAGER_TOKEN: TOKEN,
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  const backline = await startBackline(config, { logger: createLogger('silent') });
  const cookie = await signIn(backline.url, PASSWORD);
  return {
    backline,
    cookie,
    store: database ? 'PostgreSQL server' : 'PGlite',
    async close() {
      await backline.close();
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function channel(s: Started, name: string, url: string, isFallback: boolean) {
  const data = await gql<{ createNotificationChannel: { channel: { id: string } } }>(
    s.backline.url,
    s.cookie,
    `mutation($input: CreateNotificationChannelInput!) {
      createNotificationChannel(input: $input) { channel { id } } }`,
    { input: { name, type: 'WEBHOOK', url, isFallback } },
  );
  return data.createNotificationChannel.channel.id;
}

async function ingest(): Promise<void> {
  const s = await start();
  const receiver = await WebhookReceiver.start();
  try {
    await channel(s, 'Fallback', `${receiver.url}/fallback`, true);
    const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
      alerts: { fingerprint: string; labels: Record<string, string> }[];
    };
    const distinct = 200;
    const body = (i: number) =>
      JSON.stringify({
        ...fixture,
        alerts: fixture.alerts.map((a, j) => ({
          ...a,
          fingerprint: `${a.fingerprint}${(i * 2 + j) % distinct}`,
          labels: { ...a.labels, instance: `node-${(i * 2 + j) % distinct}:9100` },
        })),
      });
    const post = async (i: number) => {
      const response = await fetch(`${s.backline.url}/webhooks/alertmanager`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: body(i),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    };
    // Warm up the server (connections, JIT) before timing.
    for (let i = 0; i < 20; i++) await post(payloads + i);
    let next = 0;
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < payloads) {
          const i = next++;
          const t = performance.now();
          await post(i);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const alerts = payloads * fixture.alerts.length;
    print(
      `alertmanager intake (${s.store}, ${concurrency} concurrent senders): ${payloads} payloads, ` +
        `${alerts} alerts in ${seconds.toFixed(2)} s = ${Math.round(alerts / seconds)} alerts/s; ` +
        `per request p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
    );
  } finally {
    await receiver.close();
    await s.close();
  }
}

async function downToNotified(): Promise<void> {
  const s = await start();
  const receiver = await WebhookReceiver.start();
  try {
    const pager = await channel(s, 'Pager', `${receiver.url}/pager`, false);
    await gql(
      s.backline.url,
      s.cookie,
      `mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }`,
      {
        input: {
          name: 'Default',
          isDefault: true,
          steps: [{ timeoutMinutes: 5, targets: [{ type: 'CHANNEL', id: pager }] }],
        },
      },
    );
    const delays: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const name = `chat-${i}`;
      const arrived = new Promise<number>((resolve) => {
        const timer = setInterval(() => {
          const hit = receiver
            .at('/pager')
            .find(
              (r) =>
                (r.json.incident as { deployment?: { name: string } } | null)?.deployment?.name ===
                name,
            );
          if (hit) {
            clearInterval(timer);
            resolve(hit.at);
          }
        }, 1);
      });
      const started = Date.now();
      // What the health monitor does when a deployment goes DOWN.
      await s.backline.services.incidents.recordSignal({
        source: 'HEALTH',
        fingerprint: `health:ml-prod/${name}`,
        title: `ml-prod/${name} is down`,
        summary: 'No replica is ready.',
        deployment: { namespace: 'ml-prod', name },
        environment: 'PROD',
        impact: 'DOWN',
        status: 'FIRING',
      });
      const at = await arrived;
      // The first runs warm up the paths; they are not counted.
      if (i >= 3) delays.push(at - started);
    }
    print(
      `DOWN signal to first notification at a webhook receiver (${s.store}, ${runs} runs): ` +
        `p50 ${percentile(delays, 50)} ms, p95 ${percentile(delays, 95)} ms, max ${Math.max(...delays)} ms`,
    );
  } finally {
    await receiver.close();
    await s.close();
  }
}

print(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
await ingest();
await downToNotified();
process.exit(0);
