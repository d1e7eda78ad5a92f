import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../test/support/fixtures.ts';
import { diagnose } from './diagnose.ts';
import type { EventLike, KubeLike } from './diagnosis.types.ts';
import { causeFromLogs } from './log-signatures.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const LOGS = fixturePath('logs');
const EVENTS = fixturePath('k8s-events');

const causes = readdirSync(LOGS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const logFiles = causes.flatMap((cause) =>
  readdirSync(path.join(LOGS, cause)).map((file) => [cause, file] as const),
);

function lines(cause: string, file: string): string[] {
  return readFileSync(path.join(LOGS, cause, file), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** A model server pod in CrashLoopBackOff, as the kubelet reports one. */
function crashLooping(name: string, args: string[] = [], gpus = 1): KubeLike {
  return {
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [
        {
          name: 'server',
          args,
          resources: { limits: { memory: '32Gi', 'nvidia.com/gpu': String(gpus) } },
          livenessProbe: {
            httpGet: { path: '/healthz', port: 8000 },
            periodSeconds: 30,
            timeoutSeconds: 10,
            failureThreshold: 5,
          },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 5,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: 'back-off 2m40s restarting failed container=server pod=chat-0',
            },
          },
          lastState: {
            terminated: {
              reason: 'Error',
              exitCode: 1,
              finishedAt: new Date(NOW.getTime() - 60_000).toISOString(),
            },
          },
        },
      ],
    },
  };
}

describe('real log lines of each failure class, several versions each', () => {
  it('has at least two versions of every class', () => {
    for (const cause of causes) {
      expect(
        readdirSync(path.join(LOGS, cause)).length,
        `${cause} needs two versions`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(logFiles)('%s ← %s', (cause, file) => {
    const text = lines(cause, file);
    expect(causeFromLogs(text)?.cause).toBe(cause);
    const [first] = diagnose({
      runtime: file.startsWith('tgi')
        ? 'TGI'
        : file.startsWith('ollama')
          ? 'OLLAMA'
          : file.startsWith('llama')
            ? 'LLAMA_CPP'
            : file.startsWith('sglang')
              ? 'SGLANG'
              : 'VLLM',
      deployments: [],
      pods: [crashLooping('chat-0')],
      events: [],
      logs: { 'chat-0': text },
      now: NOW,
    });
    expect(first?.cause).toBe(cause);
    expect(first?.severity).toBe('CRITICAL');
    // The line that names the cause is the first piece of evidence.
    expect(text.map((l) => l.trim())).toContain(first?.evidence[0]?.value);
    expect(first?.runbook.length).toBeGreaterThan(0);
  });
});

describe('Kubernetes events of several versions', () => {
  const files = readdirSync(EVENTS).filter((f) => f.endsWith('.json'));
  it.each(files)('%s', (file) => {
    const recorded = JSON.parse(readFileSync(path.join(EVENTS, file), 'utf8')) as {
      expected: string;
      events: EventLike[];
    };
    const events = recorded.events.map((e) => ({
      ...e,
      involvedObject: { kind: 'Pod', name: 'chat-0' },
    }));
    const pod: KubeLike =
      recorded.expected.includes('SCHEDUL') || recorded.expected === 'NO_GPU_CAPACITY'
        ? {
            kind: 'Pod',
            metadata: { name: 'chat-0' },
            spec: {
              containers: [{ name: 'server', resources: { limits: { 'nvidia.com/gpu': '1' } } }],
            },
            status: {
              phase: 'Pending',
              conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
            },
          }
        : crashLooping('chat-0');
    const [first] = diagnose({ deployments: [], pods: [pod], events, now: NOW });
    expect(first?.cause).toBe(recorded.expected);
    expect(
      first?.evidence.some(
        (e) =>
          e.value === recorded.events.at(-1)?.message ||
          recorded.events.some((r) => r.message === e.value),
      ),
    ).toBe(true);
  });

  it('names the probe’s path and delay in a wrong-path finding', () => {
    const events: EventLike[] = [
      {
        type: 'Warning',
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 404',
        involvedObject: { kind: 'Pod', name: 'chat-0' },
      },
    ];
    const [first] = diagnose({ deployments: [], pods: [crashLooping('chat-0')], events, now: NOW });
    expect(first?.cause).toBe('PROBE_WRONG_PATH');
    expect(first?.evidence.map((e) => e.value).join('\n')).toMatch(
      /path \/healthz, port 8000, initialDelaySeconds 0/,
    );
    expect(first?.runbook.join(' ')).toMatch(/httpGet\.path/);
  });
});

describe('knobs named from the pod’s own arguments', () => {
  it('shows --max-model-len and --gpu-memory-utilization for a KV cache too small', () => {
    const [first] = diagnose({
      runtime: 'VLLM',
      deployments: [],
      pods: [crashLooping('chat-0', ['--max-model-len', '32768', '--gpu-memory-utilization=0.85'])],
      events: [],
      logs: { 'chat-0': lines('KV_CACHE_TOO_SMALL', 'vllm-0.6.3.log') },
      now: NOW,
    });
    expect(first?.evidence).toContainEqual({
      source: 'Pod/chat-0 spec.containers[0].args --max-model-len',
      value: '32768',
    });
    expect(first?.evidence).toContainEqual({
      source: 'Pod/chat-0 spec.containers[0].args --gpu-memory-utilization',
      value: '0.85',
    });
    expect(first?.runbook.join(' ')).toMatch(/--max-model-len.*--gpu-memory-utilization/s);
  });

  it('sees a tensor-parallel size larger than the GPUs requested, even without a log line', () => {
    const [first] = diagnose({
      runtime: 'VLLM',
      deployments: [],
      pods: [crashLooping('chat-0', ['--tensor-parallel-size', '4'], 2)],
      events: [],
      now: NOW,
    });
    expect(first).toMatchObject({ cause: 'TOO_FEW_GPUS', severity: 'CRITICAL' });
    expect(first?.summary).toMatch(/over 4 GPUs, but the pod gets 2/);
    expect(first?.runbook.join(' ')).toMatch(/--tensor-parallel-size/);
  });

  it('tells a repository that does not exist from one that is gated, though both answer 401', () => {
    const diagnosed = (cause: string, file: string) =>
      diagnose({
        deployments: [],
        pods: [crashLooping('chat-0')],
        events: [],
        logs: { 'chat-0': lines(cause, file) },
        now: NOW,
      })[0];
    const missing = diagnosed('MODEL_NOT_FOUND', 'vllm-0.8-hub-0.30.log');
    const gated = diagnosed('GATED_MODEL', 'vllm-0.4-hub-0.22.log');
    expect(missing?.cause).toBe('MODEL_NOT_FOUND');
    expect(missing?.runbook.join(' ')).toMatch(/repository name/);
    expect(gated?.cause).toBe('GATED_MODEL');
    expect(gated?.runbook.join(' ')).toMatch(/HF_TOKEN/);
  });
});
