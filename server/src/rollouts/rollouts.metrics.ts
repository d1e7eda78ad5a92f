import { Counter, Histogram, type Registry } from 'prom-client';
import type { TransitionOutcome } from './transition.types.ts';

/**
 * `backline_rollouts_total{deployment_namespace,strategy,outcome}` counts finished rollouts;
 * `backline_rollout_rollback_start_seconds{deployment_namespace}` is the time from a failed
 * analysis to the rollback being under way.
 */
export function registerRolloutMetrics(registry: Registry) {
  const finished = new Counter({
    name: 'backline_rollouts_total',
    help: 'Finished rollouts by outcome (SUCCEEDED, ROLLED_BACK, FAILED).',
    labelNames: ['deployment_namespace', 'strategy', 'outcome'],
    registers: [registry],
  });
  const rollbackStart = new Histogram({
    name: 'backline_rollout_rollback_start_seconds',
    help: 'Time from a failed rollout analysis to the automatic rollback being under way.',
    labelNames: ['deployment_namespace'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  return {
    observe({ rollout, previous }: TransitionOutcome, now: Date): void {
      if (rollout.state === previous.state) return;
      if (
        rollout.state === 'SUCCEEDED' ||
        rollout.state === 'ROLLED_BACK' ||
        rollout.state === 'FAILED'
      ) {
        finished.inc({
          deployment_namespace: rollout.namespace,
          strategy: rollout.strategy,
          outcome: rollout.state,
        });
      }
      if (rollout.state === 'ROLLING_BACK' && rollout.failedAt) {
        rollbackStart.observe(
          { deployment_namespace: rollout.namespace },
          Math.max(0, (now.getTime() - rollout.failedAt.getTime()) / 1000),
        );
      }
    },
  };
}
