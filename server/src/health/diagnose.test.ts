import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixturePath } from '../../../test/support/fixtures.ts';
import { diagnose } from './diagnose.ts';
import type { DiagnosisInput, KubeLike } from './diagnosis.types.ts';
import { evaluate } from './health-state.ts';
import { pastTerminations } from './pod-rules.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const FIXTURES = fixturePath('k8s-status');

/** A recorded object, with `@now-5m`-style placeholders turned into times before NOW. */
function fixture(name: string): KubeLike {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8').replace(
    /'?@now-(\d+)([smh])'?/g,
    (_m, n: string, unit: string) => {
      const ms = Number(n) * { s: 1000, m: 60_000, h: 3_600_000 }[unit as 's' | 'm' | 'h'];
      return `'${new Date(NOW.getTime() - ms).toISOString()}'`;
    },
  );
  return parse(text) as KubeLike;
}

function input(partial: Partial<DiagnosisInput>): DiagnosisInput {
  return { deployments: [], pods: [], events: [], now: NOW, ...partial };
}

describe('diagnosis of recorded real-world statuses', () => {
  it.each([
    ['pod_crashloopbackoff.yaml', 'CRASH_LOOP', /keeps crashing \(3 restarts; last exit code 1/],
    ['pod_imagepullbackoff.yaml', 'IMAGE_PULL_FAILED', /cannot be pulled/],
    ['pod_never-ready.yaml', 'NOT_READY', /readiness probe fails/],
    ['pod_oomkilled.yaml', 'OOM_KILLED', /more memory than its limit \(9 restarts\)/],
    ['pod_running_not-ready.yaml', 'NOT_READY', /readiness probe fails/],
    ['pod_start-error.yaml', 'START_ERROR', /could not start the container/],
    ['pod_terminated_error.yaml', 'CONTAINER_ERROR', /exited with code 1/],
  ])('%s → %s', (file, cause, summary) => {
    const [first] = diagnose(input({ pods: [fixture(file)] }));
    expect(first?.cause).toBe(cause);
    expect(first?.summary).toMatch(summary);
    expect(first?.runbook.length).toBeGreaterThan(0);
    expect(first?.evidence.length).toBeGreaterThan(0);
  });

  it('quotes the exact status fields as evidence', () => {
    const [pull] = diagnose(input({ pods: [fixture('pod_imagepullbackoff.yaml')] }));
    expect(pull?.evidence[0]).toEqual({
      source:
        'Pod/guestbook-ui-errimagepullbackoff-66cfffb669-45w2j status.containerStatuses[0].state.waiting',
      value:
        'ImagePullBackOff: Back-off pulling image "gcr.io/heptio-images/ks-guestbook-demo:0.3"',
    });
    const [start] = diagnose(input({ pods: [fixture('pod_start-error.yaml')] }));
    expect(start?.evidence[0]?.value).toMatch(
      /^StartError, exit code 128: failed to create containerd task/,
    );
  });

  it('calls an OOM of a model server that was never ready an OOM while loading', () => {
    const [oom] = diagnose(input({ runtime: 'VLLM', pods: [fixture('pod_oomkilled.yaml')] }));
    expect(oom?.cause).toBe('OOM_WHILE_LOADING');
    expect(oom?.runbook.join(' ')).toMatch(/max model length|GPU memory utilisation/);
  });

  it('reads a stuck rollout from the Deployment, critical only when nothing is available', () => {
    const [served] = diagnose(
      input({ deployments: [fixture('deployment_progress-deadline-exceeded.yaml')] }),
    );
    expect(served).toMatchObject({ cause: 'PROGRESS_DEADLINE_EXCEEDED', severity: 'WARNING' });
    expect(served?.summary).toMatch(
      /ReplicaSet "guestbook-ui-75dd4d49d5" has timed out progressing\. The old pods still serve\./,
    );
    const [down] = diagnose(
      input({
        deployments: [fixture('deployment_progress-deadline-exceeded_min-unavailable.yaml')],
      }),
    );
    expect(down).toMatchObject({ cause: 'PROGRESS_DEADLINE_EXCEEDED', severity: 'CRITICAL' });
  });
});

function pod(
  name: string,
  status: Record<string, unknown>,
  spec: Record<string, unknown> = {},
): KubeLike {
  return { kind: 'Pod', metadata: { name }, spec, status };
}

const crashLooping = (name: string) =>
  pod(name, {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'server',
        ready: false,
        restartCount: 4,
        state: {
          waiting: {
            reason: 'CrashLoopBackOff',
            message: 'back-off 1m20s restarting failed container',
          },
        },
        lastState: { terminated: { reason: 'Error', exitCode: 1 } },
      },
    ],
  });

describe('model-server causes', () => {
  it('sees no free GPU in the scheduler message', () => {
    const pending = pod('chat-1', {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
        },
      ],
    });
    const [first] = diagnose(input({ pods: [pending] }));
    expect(first).toMatchObject({ cause: 'NO_GPU_CAPACITY', severity: 'CRITICAL' });
    expect(first?.evidence[0]?.value).toBe(
      'Unschedulable: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    );
  });

  it('names a gated model from the Hugging Face 401 in the crashed container’s log', () => {
    const logs = {
      'chat-2': [
        'INFO 11-27 09:00:01 [api_server.py:1287] vLLM API server version 0.9.2',
        'huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-6745)',
        'Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.',
      ],
    };
    const [first] = diagnose(input({ runtime: 'VLLM', pods: [crashLooping('chat-2')], logs }));
    expect(first?.cause).toBe('GATED_MODEL');
    expect(first?.evidence[0]).toEqual({
      source: 'Pod/chat-2 logs (previous)',
      value: logs['chat-2'][2],
    });
    expect(first?.runbook.join(' ')).toMatch(/HF_TOKEN/);
  });

  it('names CUDA out of memory from the log even when the exit looks like a plain error', () => {
    const logs = {
      'chat-3': [
        'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 22.05 GiB',
      ],
    };
    expect(
      diagnose(input({ runtime: 'VLLM', pods: [crashLooping('chat-3')], logs }))[0]?.cause,
    ).toBe('CUDA_OUT_OF_MEMORY');
  });

  it('sees weights still downloading when the startup probe gave up', () => {
    const events = [
      {
        type: 'Warning',
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.0.0.5:8000/health": dial tcp 10.0.0.5:8000: connect: connection refused',
        involvedObject: { kind: 'Pod', name: 'chat-4' },
      },
      {
        type: 'Normal',
        reason: 'Killing',
        message: 'Container server failed startup probe, will be restarted',
        involvedObject: { kind: 'Pod', name: 'chat-4' },
      },
    ];
    const logs = {
      'chat-4': [
        'INFO Starting to load model Qwen/Qwen2.5-72B-Instruct...',
        'model-00012-of-00037.safetensors:  41%|████      | 1.63G/3.96G [00:41<00:58, 39.9MB/s]',
      ],
    };
    const [first] = diagnose(
      input({ runtime: 'VLLM', pods: [crashLooping('chat-4')], events, logs }),
    );
    expect(first?.cause).toBe('STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING');
  });

  it('does not call a model that is loading inside its startup allowance unhealthy', () => {
    // Its startup probe allows 10 s × 30 = 300 s.
    const runningFor = (name: string, ms: number) =>
      pod(
        name,
        {
          phase: 'Running',
          containerStatuses: [
            {
              name: 'server',
              ready: false,
              restartCount: 0,
              state: { running: { startedAt: new Date(NOW.getTime() - ms).toISOString() } },
            },
          ],
        },
        {
          containers: [
            { name: 'server', startupProbe: { periodSeconds: 10, failureThreshold: 30 } },
          ],
        },
      );
    const loading = runningFor('chat-5', 120_000);
    expect(diagnose(input({ runtime: 'VLLM', pods: [loading] }))).toEqual([]);
    const stuck = runningFor('chat-6', 600_000);
    expect(diagnose(input({ runtime: 'VLLM', pods: [stuck] }))[0]?.cause).toBe('NOT_READY');
  });

  it('treats a pod whose image is still being pulled as starting, unless an event says it is stuck', () => {
    const creating = pod('chat-9', {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'True' }],
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason: 'ContainerCreating' } },
        },
      ],
    });
    expect(diagnose(input({ runtime: 'VLLM', pods: [creating] }))).toEqual([]);
    const events = [
      {
        type: 'Warning',
        reason: 'FailedMount',
        message: 'MountVolume.SetUp failed for volume "hf-token" : secret "hf" not found',
        involvedObject: { kind: 'Pod', name: 'chat-9' },
      },
    ];
    expect(diagnose(input({ runtime: 'VLLM', pods: [creating], events }))[0]?.cause).toBe(
      'VOLUME_MOUNT_FAILED',
    );
  });

  it('calls a container that is back up between crashes a crash loop, not a fresh start', () => {
    const between = pod(
      'chat-10',
      {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'server',
            ready: false,
            restartCount: 3,
            state: { running: { startedAt: new Date(NOW.getTime() - 5_000).toISOString() } },
            lastState: { terminated: { reason: 'Error', exitCode: 1 } },
          },
        ],
      },
      {
        containers: [{ name: 'server', startupProbe: { periodSeconds: 10, failureThreshold: 30 } }],
      },
    );
    const [first] = diagnose(input({ runtime: 'VLLM', pods: [between] }));
    expect(first).toMatchObject({ cause: 'CRASH_LOOP', severity: 'CRITICAL' });
  });

  it('says honestly when it does not know', () => {
    const odd = pod('chat-7', {
      phase: 'Unknown',
      conditions: [{ type: 'Ready', status: 'False' }],
    });
    const [first] = diagnose(input({ pods: [odd] }));
    expect(first).toMatchObject({ cause: 'UNKNOWN', objects: ['Pod/chat-7'] });
    expect(first?.summary).toMatch(/cannot tell why/);
  });

  it('finds nothing wrong with a healthy pod', () => {
    const healthy = pod('chat-8', {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [
        {
          name: 'server',
          ready: true,
          restartCount: 0,
          state: { running: { startedAt: NOW.toISOString() } },
        },
      ],
    });
    expect(diagnose(input({ pods: [healthy] }))).toEqual([]);
  });
});

const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const DAY = 86_400_000;

/** A Ready model-server pod whose container ran out of memory once, `finishedAgo` ms ago. */
function servingAfterOom(name: string, finishedAgo: number, restarts = 1): KubeLike {
  return pod(name, {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [
      {
        name: 'server',
        ready: true,
        restartCount: restarts,
        state: { running: { startedAt: ago(finishedAgo - 5_000) } },
        lastState: {
          terminated: {
            reason: 'OOMKilled',
            exitCode: 137,
            startedAt: ago(finishedAgo + DAY),
            finishedAt: ago(finishedAgo),
          },
        },
      },
    ],
  });
}

describe('history is not an emergency', () => {
  it('shows an old OOM kill of a ready, serving pod as history with its age, not as a finding', () => {
    const input1 = input({ runtime: 'VLLM', pods: [servingAfterOom('chat-1', 3 * DAY)] });
    expect(diagnose(input1)).toEqual([]);
    expect(pastTerminations(input1)).toEqual([
      {
        source: 'Pod/chat-1 status.containerStatuses[0].lastState.terminated',
        value: expect.stringMatching(
          /^OOMKilled \(exit code 137\) 3 days ago at .*; 1 restart in all/,
        ),
      },
    ]);
  });

  it('gets no finding and stays healthy for a healthy but noisy pod', () => {
    const noisy = servingAfterOom('chat-2', 2 * DAY, 7);
    const findings = diagnose(
      input({
        runtime: 'VLLM',
        pods: [noisy],
        events: [
          {
            type: 'Warning',
            reason: 'Unhealthy',
            message:
              'Readiness probe failed: Get "http://10.0.0.5:8000/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            involvedObject: { kind: 'Pod', name: 'chat-2' },
          },
        ],
        // Warnings a healthy vLLM prints; not read as causes because the pod serves.
        logs: {
          'chat-2': [
            'WARNING 11-27 09:00:00 [scheduler.py:1560] Sequence group 42 is preempted by PreemptionMode.RECOMPUTE mode because there is not enough KV cache space.',
            'NCCL WARN Could not enable P2P between dev 0 and dev 1',
          ],
        },
        signals: {
          desiredReplicas: 1,
          readyReplicas: 1,
          synthetic: {
            checked: 1,
            failed: 0,
            outcomes: [{ pod: 'chat-2', outcome: 'ok', status: 200, ms: 850 }],
          },
          syntheticTimeoutMs: 5000,
          // High but normal load: a busy cache, a short queue, errors and latency within the SLOs.
          metrics: {
            requestRate: 42,
            errorRatio: 0.002,
            ttftP95: 0.9,
            e2eP95: 8,
            queueDepth: 3,
            kvCacheUsage: 0.88,
          },
          slo: { errorRatio: 0.01, ttftP95Ms: 1500 },
          state: 'HEALTHY',
          reasons: [],
        },
      }),
    );
    expect(findings).toEqual([]);
    expect(
      evaluate({
        desiredReplicas: 1,
        readyReplicas: 1,
        progressing: false,
        observed: true,
        findings,
        synthetic: { checked: 1, failed: 0 },
        metrics: null,
        slo: { errorRatio: 0.01, ttftP95Ms: 1500 },
      }).state,
    ).toBe('HEALTHY');
  });

  it('warns, never more, when a serving pod was killed again within the hour', () => {
    const [first, ...rest] = diagnose(
      input({ runtime: 'VLLM', pods: [servingAfterOom('chat-3', 10 * 60_000, 3)] }),
    );
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ cause: 'REPEATED_RESTARTS', severity: 'WARNING' });
    expect(first?.summary).toMatch(/restarted 3 times, the last 10 min ago \(OOMKilled\)/);
  });

  it('keeps a crash loop that has been fixed as history: its exits came before it ever served', () => {
    const recovered = pod(
      'chat-4',
      {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [
          {
            name: 'server',
            ready: true,
            restartCount: 6,
            state: { running: { startedAt: ago(120_000) } },
            lastState: {
              terminated: {
                reason: 'Error',
                exitCode: 1,
                startedAt: ago(303_000),
                finishedAt: ago(300_000),
              },
            },
          },
        ],
      },
      {
        containers: [{ name: 'server', startupProbe: { periodSeconds: 10, failureThreshold: 30 } }],
      },
    );
    const observed = input({ runtime: 'VLLM', pods: [recovered] });
    expect(diagnose(observed)).toEqual([]);
    expect(pastTerminations(observed)[0]?.value).toMatch(/^Error \(exit code 1\) 5 min ago/);
  });
});

describe('a cause for every down or degraded verdict', () => {
  const serving = pod('chat-4', {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [
      { name: 'server', ready: true, restartCount: 0, state: { running: { startedAt: ago(DAY) } } },
    ],
  });
  const signals = (over: Partial<NonNullable<DiagnosisInput['signals']>>) =>
    input({
      runtime: 'VLLM',
      pods: [serving],
      signals: {
        desiredReplicas: 1,
        readyReplicas: 1,
        synthetic: null,
        syntheticTimeoutMs: 5000,
        metrics: null,
        slo: { errorRatio: 0.01, ttftP95Ms: 2000 },
        state: 'DOWN',
        reasons: [],
        ...over,
      },
    });

  /** The test prompt to chat-4 was answered with HTTP 500 and `detail`. */
  const failedWith500 = (detail: string) => ({
    checked: 1,
    failed: 1,
    outcomes: [{ pod: 'chat-4', outcome: 'error' as const, status: 500, detail }],
  });

  it('calls a pod that passes its health check but never answers the prompt a hung engine', () => {
    const [first] = diagnose(
      signals({
        synthetic: {
          checked: 1,
          failed: 1,
          outcomes: [{ pod: 'chat-4', outcome: 'timeout', ms: 5000 }],
        },
      }),
    );
    expect(first).toMatchObject({
      cause: 'ENGINE_HUNG',
      severity: 'CRITICAL',
      objects: ['Pod/chat-4'],
    });
    expect(first?.evidence[0]).toEqual({
      source: 'test prompt to Pod/chat-4',
      value: 'no answer within 5000 ms',
    });
  });

  it('calls 500s an error spike, not a hung engine', () => {
    const found = diagnose(
      signals({
        synthetic: failedWith500('{"error":"Internal Server Error"}'),
        metrics: {
          requestRate: 12,
          errorRatio: 0.62,
          ttftP95: null,
          e2eP95: null,
          queueDepth: 0,
          kvCacheUsage: 0.2,
        },
      }),
    );
    expect(found.map((f) => f.cause)).toEqual(['ERROR_SPIKE']);
    expect(found[0]?.summary).toMatch(/62\.0 % of requests fail, above the SLO of 1\.0 %/);
    expect(found[0]?.evidence.map((e) => e.value)).toContain(
      'HTTP 500: {"error":"Internal Server Error"}',
    );
  });

  it('reads a cause from the error answer itself (Ollama’s memory check)', () => {
    const [first] = diagnose(
      signals({
        synthetic: failedWith500(
          '{"error":"model requires more system memory (8.4 GiB) than is available (5.6 GiB)"}',
        ),
      }),
    );
    expect(first?.cause).toBe('HOST_MEMORY_TOO_SMALL');
  });

  it('names a latency breach with its load, and a saturated KV cache', () => {
    const found = diagnose(
      signals({
        state: 'DEGRADED',
        metrics: {
          requestRate: 80,
          errorRatio: 0,
          ttftP95: 4.2,
          e2eP95: 20,
          queueDepth: 17,
          kvCacheUsage: 0.99,
        },
      }),
    );
    expect(found.map((f) => f.cause)).toEqual(['LATENCY_SLO_BREACH', 'KV_CACHE_SATURATED']);
    expect(found[0]?.evidence[0]?.value).toBe('4200 ms (SLO 2000 ms)');
  });

  it('names no ready endpoints when no pod is ready and nothing else explains it', () => {
    const notReady = pod('chat-5', {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount: 0,
          state: { running: { startedAt: ago(DAY) } },
        },
      ],
    });
    const found = diagnose({
      ...signals({ readyReplicas: 0 }),
      pods: [notReady],
    });
    expect(found[0]).toMatchObject({ cause: 'NO_READY_ENDPOINTS', severity: 'CRITICAL' });
    expect(found.map((f) => f.cause)).toContain('NOT_READY');
  });

  it('never leaves a down deployment without a finding', () => {
    const [first] = diagnose(signals({ reasons: ['Something the rules do not know yet.'] }));
    expect(first).toMatchObject({ cause: 'UNKNOWN', severity: 'CRITICAL' });
    expect(first?.evidence).toEqual([
      { source: 'health evaluation', value: 'Something the rules do not know yet.' },
    ]);
  });
});
