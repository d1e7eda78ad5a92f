import type { Subscriber } from '../events/index.ts';
import type { ClusterEvents } from '../kube/index.ts';
import type { Clock } from '../shared/clock.ts';
import type { RolloutController } from './rollouts.controller.ts';
import type { RolloutEvents } from './rollouts.events.ts';
import type { registerRolloutMetrics } from './rollouts.metrics.ts';

/** Outcomes and time to rollback as metrics, as rollouts move. */
export function observeRollouts(
  events: Subscriber<RolloutEvents>,
  deps: { metrics: ReturnType<typeof registerRolloutMetrics>; clock: Clock },
): void {
  events.on('rollout.transitioned', (outcome) => deps.metrics.observe(outcome, deps.clock.now()));
}

/** A crashing canary must be seen at once, not at the next tick. */
export function rolloutReactions(
  events: Subscriber<ClusterEvents>,
  deps: { controller: RolloutController },
): void {
  events.on('workload.changed', () => deps.controller.kick());
}
