import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.ts';
import type { KubeLike } from './diagnosis.types.ts';
import { loadingWithinAllowance } from './pod-rules.ts';

const NOW = new Date('2026-12-06T12:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

/** A model server pod whose container was lost with its node and is loading again. */
function pod(last: { exitCode: number; reason: string }, runningFor: number): KubeLike {
  return {
    kind: 'Pod',
    metadata: { name: 'chat-7d9f-abcde' },
    spec: {
      containers: [
        {
          name: 'vllm',
          startupProbe: {
            httpGet: { path: '/health', port: 8000 },
            periodSeconds: 10,
            failureThreshold: 12,
          },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Ready', status: 'False' },
      ],
      containerStatuses: [
        {
          name: 'vllm',
          ready: false,
          restartCount: 1,
          state: { running: { startedAt: ago(runningFor) } },
          lastState: { terminated: { ...last, finishedAt: ago(runningFor + 1) } },
        },
      ],
    },
  };
}

describe('a container lost with its node (a reboot)', () => {
  it('is loading again, not crash looping, within its startup allowance', () => {
    const rebooted = pod({ exitCode: 255, reason: 'Unknown' }, 20);
    expect(diagnose({ deployments: [], pods: [rebooted], events: [], now: NOW })).toEqual([]);
    expect(loadingWithinAllowance(rebooted, NOW)).toBe(true);
  });

  it('is still a crash loop when the last run ended in an error', () => {
    const crashed = pod({ exitCode: 1, reason: 'Error' }, 20);
    const [finding] = diagnose({ deployments: [], pods: [crashed], events: [], now: NOW });
    expect(finding?.cause).toBe('CRASH_LOOP');
    expect(loadingWithinAllowance(crashed, NOW)).toBe(false);
  });
});
