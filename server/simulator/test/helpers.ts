import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiException, type V1Deployment } from '@kubernetes/client-node';
import { vi } from 'vitest';
import type { RunningSimulator } from '../src/index.ts';

/** The metav1.Status body of a failed client-node call. */
export async function statusOf(
  call: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ApiException) {
      const raw: unknown = err.body;
      const body =
        typeof raw === 'string'
          ? (JSON.parse(raw) as Record<string, unknown>)
          : (raw as Record<string, unknown>);
      return { code: err.code, body };
    }
    throw err;
  }
  throw new Error('expected the call to fail');
}

/** Polls until `check` returns a value (not undefined), or fails after the deadline. */
export function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 50 },
  );
}

/** Recorded responses of a real API server (fixtures/README.md says where each comes from). */
export function fixturePath(...parts: string[]): string {
  return join(import.meta.dirname, 'fixtures', ...parts);
}

const run = promisify(execFile);

/** The kubectl binary, when this machine has one. */
export const KUBECTL = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));

export interface Kubectl {
  /** Runs kubectl against the simulator and returns its standard output; rejects on a non-zero exit. */
  (...args: string[]): Promise<string>;
  /** Runs kubectl with `input` on its standard input; resolves to its output and then its warnings (stderr). */
  withInput(input: string, ...args: string[]): Promise<string>;
  dir: string;
  cleanup(): Promise<void>;
}

/** kubectl with its own kubeconfig, cache and HOME in a temporary folder, talking to `sim`. */
export async function kubectlFor(sim: RunningSimulator): Promise<Kubectl> {
  const binary = KUBECTL;
  if (!binary) throw new Error('kubectl is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'sim-kubectl-'));
  await sim.writeKubeconfig(join(dir, 'kubeconfig'));
  const base = ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache')];
  const options = { timeout: 60_000, env: { ...process.env, HOME: dir } };
  const kubectl = (async (...args: string[]) =>
    (await run(binary, [...base, ...args], options)).stdout) as Kubectl;
  kubectl.withInput = (input, ...args) =>
    new Promise((resolve, reject) => {
      const child = execFile(binary, [...base, ...args], options, (err, stdout, stderr) => {
        if (err) reject(new Error(`kubectl ${args.join(' ')}: ${stderr || err.message}`));
        else resolve(`${stdout}${stderr}`);
      });
      child.stdin?.end(input);
    });
  kubectl.dir = dir;
  kubectl.cleanup = () => rm(dir, { recursive: true, force: true });
  return kubectl;
}

/** A vLLM Deployment of one GPU per replica, with the probes a real one has. */
export function vllmDeployment(
  name: string,
  replicas: number,
  extra: Partial<V1Deployment['spec']> = {},
  memory = '48Gi',
  image = 'vllm/vllm-openai:v0.9.2',
): V1Deployment {
  return {
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
          containers: [
            {
              name: 'vllm',
              image,
              args: ['--model', 'Qwen/Qwen2.5-0.5B-Instruct'],
              ports: [{ containerPort: 8000 }],
              resources: {
                requests: { 'nvidia.com/gpu': '1', memory: '1Gi' },
                limits: { 'nvidia.com/gpu': '1', memory },
              },
              startupProbe: {
                httpGet: { path: '/health', port: 8000 },
                periodSeconds: 5,
                failureThreshold: 60,
              },
              readinessProbe: { httpGet: { path: '/health', port: 8000 }, periodSeconds: 5 },
            },
          ],
        },
      },
      ...extra,
    },
  };
}
