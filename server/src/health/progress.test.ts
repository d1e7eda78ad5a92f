import { describe, expect, it } from 'vitest';
import type { LiveDeployment, LivePod } from '../kube/index.ts';
import { evaluate } from './health-state.ts';
import { finding } from './pod-rules.ts';
import { withinProgress } from './progress.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const ago = (s: number) => new Date(NOW.getTime() - s * 1000).toISOString();

function deployment(progressing: { status: string; reason: string } | null): LiveDeployment {
  return {
    name: 'chat',
    track: 'stable',
    releaseId: 'rel-1',
    generation: 1,
    observedGeneration: 1,
    desiredReplicas: 2,
    readyReplicas: 0,
    updatedReplicas: 2,
    availableReplicas: 0,
    conditions: progressing
      ? [{ ...progressing, type: 'Progressing', message: null, lastTransitionTime: ago(4) }]
      : [],
    raw: { spec: { progressDeadlineSeconds: 600 } },
  };
}

function pod(name: string, opts: { scheduled: boolean; startedSecondsAgo?: number }): LivePod {
  const running = opts.startedSecondsAgo !== undefined;
  return {
    name,
    phase: running ? 'Running' : 'Pending',
    ready: false,
    restarts: 0,
    node: opts.scheduled ? 'gpu-1' : null,
    gpus: 1,
    releaseId: 'rel-1',
    track: 'stable',
    createdAt: ago(5),
    containers: [],
    conditions: opts.scheduled
      ? [
          {
            type: 'PodScheduled',
            status: 'True',
            reason: null,
            message: null,
            lastTransitionTime: null,
          },
        ]
      : [],
    raw: {
      metadata: { name },
      spec: {
        containers: [{ name: 'server', startupProbe: { periodSeconds: 10, failureThreshold: 12 } }],
      },
      status: {
        phase: running ? 'Running' : 'Pending',
        conditions: opts.scheduled ? [{ type: 'PodScheduled', status: 'True' }] : [],
        containerStatuses: running
          ? [
              {
                name: 'server',
                ready: false,
                restartCount: 0,
                state: { running: { startedAt: ago(opts.startedSecondsAgo ?? 0) } },
              },
            ]
          : [],
      },
    },
  };
}

const verdict = (progressing: boolean) =>
  evaluate({
    desiredReplicas: 2,
    readyReplicas: 0,
    progressing,
    observed: true,
    findings: [],
    synthetic: null,
    metrics: null,
    slo: { errorRatio: null, ttftP95Ms: null },
  }).state;

describe('a deployment on its way up', () => {
  it('is PROGRESSING, not DOWN, on a first deploy while Kubernetes says it progresses', () => {
    const unavailable = finding('REPLICAS_UNAVAILABLE', 'CRITICAL', '0 of 2 available.', [], []);
    const up = withinProgress({
      deployment: deployment({ status: 'True', reason: 'ReplicaSetUpdated' }),
      pods: [pod('chat-a', { scheduled: false }), pod('chat-b', { scheduled: true })],
      findings: [unavailable],
      now: NOW,
    });
    expect(up).toBe(true);
    expect(verdict(up)).toBe('PROGRESSING');
  });

  it('is PROGRESSING while restarted pods load within their startup allowance', () => {
    // After a node reboot or Backline's own restart: the rollout is long complete.
    const complete = deployment({ status: 'True', reason: 'NewReplicaSetAvailable' });
    const onItsWay = (pods: LivePod[]) =>
      withinProgress({ deployment: complete, pods, findings: [], now: NOW });
    expect(onItsWay([pod('chat-a', { scheduled: true, startedSecondsAgo: 30 })])).toBe(true);
    // Its node rebooted: one restart, the last state lost with the node, loading again.
    const rebooted = pod('chat-a', { scheduled: true, startedSecondsAgo: 30 });
    const status = rebooted.raw.status as {
      containerStatuses: { restartCount: number; lastState?: unknown }[];
    };
    for (const c of status.containerStatuses) {
      c.restartCount = 1;
      c.lastState = { terminated: { reason: 'Unknown', exitCode: 255 } };
    }
    expect(onItsWay([{ ...rebooted, restarts: 1 }])).toBe(true);
    // A crash is no reboot: the same pod after an exit with an error is not on its way up.
    for (const c of status.containerStatuses) {
      c.lastState = { terminated: { reason: 'Error', exitCode: 1 } };
    }
    expect(onItsWay([{ ...rebooted, restarts: 1 }])).toBe(false);
    // Long past the startup allowance (120 s), it is not loading any more.
    expect(onItsWay([pod('chat-a', { scheduled: true, startedSecondsAgo: 900 })])).toBe(false);
  });

  it('is DOWN past its deadline or on a failure that will not heal', () => {
    const pods = [pod('chat-a', { scheduled: true, startedSecondsAgo: 30 })];
    expect(
      withinProgress({
        deployment: deployment({ status: 'False', reason: 'ProgressDeadlineExceeded' }),
        pods,
        findings: [],
        now: NOW,
      }),
    ).toBe(false);
    for (const cause of [
      'IMAGE_PULL_FAILED',
      'CRASH_LOOP',
      'OOM_WHILE_LOADING',
      'UNSCHEDULABLE',
      // Crashes the logs name more precisely than a crash loop do not heal either.
      'KV_CACHE_TOO_SMALL',
      'TOO_FEW_GPUS',
      'PROBE_WRONG_PATH',
    ] as const) {
      const up = withinProgress({
        deployment: deployment({ status: 'True', reason: 'ReplicaSetUpdated' }),
        pods,
        findings: [finding(cause, 'CRITICAL', cause, [], ['Pod/chat-a'])],
        now: NOW,
      });
      expect(up).toBe(false);
      expect(verdict(up)).toBe('DOWN');
    }
  });
});
