/** What the benches share: percentiles, GraphQL as the bootstrap admin, Backline started. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunningSimulator } from '@backline/simulator';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startBackline } from '../src/backline.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/logging/index.ts';

/** The bootstrap admin's password in every bench. */
export const BENCH_PASSWORD = 'bench-password-long';

/** The machine a bench runs on, and how busy it is: the first line of its figures. */
export function machineLine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load}`;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function gql<T>(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs the bootstrap admin in with `password`; the session cookie to send back. */
export async function signIn(url: string, password: string): Promise<string> {
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($p: String!) { login(email: "admin@backline.local", password: $p) { viewer { role } } }',
      variables: { p: password },
    }),
  });
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Registers the small model the benches deploy; its id. */
export async function benchModel(url: string, cookie: string): Promise<string> {
  const model = await gql<{ registerModel: { model: { id: string } } }>(
    url,
    cookie,
    `mutation { registerModel(input: { name: "bench", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
  );
  return model.registerModel.model.id;
}

/** Polls `check` every `everyMs` until it gives a value; throws after `timeoutMs`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 20,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Backline started by a bench against a running simulator, signed in as the bootstrap admin. */
export interface BenchBackline {
  backline: Awaited<ReturnType<typeof startBackline>>;
  admin: KubeConfig;
  cookie: string;
  call: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Stops Backline and the simulator, and removes the data folder. */
  close(): Promise<void>;
}

/**
 * Creates `namespaces` in the simulator, starts Backline on them (the embedded store in a
 * temporary folder, or `databaseUrl`), with `env` over the defaults, and signs in.
 */
export async function startBenchBackline(options: {
  sim: RunningSimulator;
  namespaces: string[];
  /** Created too, but not managed by Backline (a Gateway's, say). */
  otherNamespaces?: string[];
  databaseUrl?: string | undefined;
  env?: Record<string, string>;
}): Promise<BenchBackline> {
  const { sim } = options;
  const admin = new KubeConfig();
  admin.loadFromString(sim.kubeconfig());
  const core = admin.makeApiClient(CoreV1Api);
  for (const name of [...options.namespaces, ...(options.otherNamespaces ?? [])])
    await core.createNamespace({ body: { metadata: { name } } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backline-bench-'));
  await sim.writeKubeconfig(path.join(dir, 'kubeconfig'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BACKLINE_DATA_DIR: dir,
    BACKLINE_ADMIN_PASSWORD: BENCH_PASSWORD,
    KUBECONFIG: path.join(dir, 'kubeconfig'),
    BACKLINE_NAMESPACES: options.namespaces.join(','),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const backline = await startBackline(config, { logger: createLogger('silent') });
  const cookie = await signIn(backline.url, BENCH_PASSWORD);
  return {
    backline,
    admin,
    cookie,
    call: <T>(query: string, variables: Record<string, unknown> = {}) =>
      gql<T>(backline.url, cookie, query, variables),
    async close() {
      await backline.close();
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
