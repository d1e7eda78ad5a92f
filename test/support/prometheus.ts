import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { waitFor } from './wait.ts';

/**
 * The real Prometheus and Alertmanager (Debian's `prometheus` and `prometheus-alertmanager`
 * packages), started on free ports with the configuration a test writes, and stopped after.
 */

export const BINARIES = ['prometheus', 'promtool', 'prometheus-alertmanager', 'amtool'] as const;

/** Which of the binaries this machine lacks (the suites that need them are skipped, saying so). */
export function missingBinaries(names: readonly string[] = BINARIES): string[] {
  return names.filter(
    (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status !== 0,
  );
}

/** Why a suite is skipped, or null when it can run. */
export function skipReason(names: readonly string[] = BINARIES): string | null {
  const missing = missingBinaries(names);
  return missing.length
    ? `${missing.join(', ')} not installed (apt-get install -y prometheus prometheus-alertmanager)`
    : null;
}

/** A port nobody listens on now (the process started next binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Daemon {
  url: string;
  dir: string;
  /** What the process wrote to stdout and stderr, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function startDaemon(
  name: string,
  command: string,
  args: (dir: string, port: number) => string[],
  files: (dir: string) => Record<string, string>,
  wantedPort?: number,
): Promise<Daemon> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `backline-${name}-`));
  for (const [file, text] of Object.entries(files(dir))) {
    await writeFile(path.join(dir, file), text);
  }
  const port = wantedPort ?? (await freePort());
  const child: ChildProcess = spawn(command, args(dir, port), {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      `${name} ready`,
      async () => {
        if (exited) throw new Error(`${name} exited:\n${output}`);
        try {
          return (await fetch(`${url}/-/ready`)).ok ? true : undefined;
        } catch {
          return undefined;
        }
      },
      30_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dir, output: () => output, stop };
}

export interface PrometheusOptions {
  /** prometheus.yml as an object; `rule_files` may name files given in `files`. */
  config: Record<string, unknown>;
  /** Other files beside prometheus.yml (rule files, credentials), by name. */
  files?: Record<string, string>;
  /** The port to listen on (e.g. one handed to Backline beforehand); a free one otherwise. */
  port?: number;
}

export interface RunningPrometheus extends Daemon {
  /** An instant query through the HTTP API; throws when Prometheus refuses it. */
  query(expr: string): Promise<InstantSample[]>;
  /** The state of every alert the rules produced (GET /api/v1/alerts). */
  alerts(): Promise<{ labels: Record<string, string>; state: string }[]>;
  /** The scrape targets and their health (GET /api/v1/targets). */
  targets(): Promise<ScrapeTarget[]>;
}

export interface InstantSample {
  metric: Record<string, string>;
  value: number;
}

export interface ScrapeTarget {
  labels: Record<string, string>;
  scrapeUrl: string;
  health: string;
  lastError: string;
}

async function api<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(`Prometheus: ${body.error ?? response.status}`);
  return body.data;
}

export async function startPrometheus(options: PrometheusOptions): Promise<RunningPrometheus> {
  const daemon = await startDaemon(
    'prometheus',
    'prometheus',
    (dir, port) => [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // Tell Alertmanager at once, and again every second while an alert fires.
      '--rules.alert.resend-delay=1s',
      '--log.level=warn',
    ],
    () => ({ 'prometheus.yml': stringify(options.config), ...options.files }),
    options.port,
  );
  return {
    ...daemon,
    async query(expr) {
      const data = await api<{
        resultType: string;
        result: { metric: Record<string, string>; value: [number, string] }[];
      }>(`${daemon.url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
      if (data.resultType !== 'vector') throw new Error(`${expr} gave a ${data.resultType}`);
      return data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    async alerts() {
      return (
        await api<{ alerts: { labels: Record<string, string>; state: string }[] }>(
          `${daemon.url}/api/v1/alerts`,
        )
      ).alerts;
    },
    async targets() {
      return (await api<{ activeTargets: ScrapeTarget[] }>(`${daemon.url}/api/v1/targets`))
        .activeTargets;
    },
  };
}

export interface AlertmanagerOptions {
  /** alertmanager.yml as an object. */
  config: Record<string, unknown>;
}

export type RunningAlertmanager = Daemon;

export async function startAlertmanager(
  options: AlertmanagerOptions,
): Promise<RunningAlertmanager> {
  return startDaemon(
    'alertmanager',
    'prometheus-alertmanager',
    (dir, port) => [
      `--config.file=${path.join(dir, 'alertmanager.yml')}`,
      `--storage.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // One instance: no gossip port to collide with another test's.
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    () => ({ 'alertmanager.yml': stringify(options.config) }),
  );
}
