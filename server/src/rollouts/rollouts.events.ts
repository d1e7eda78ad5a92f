import type { DeploymentRecord } from '../deployments/index.ts';
import type { Signal } from '../incidents/index.ts';
import type { RolloutRecord } from './rollouts.types.ts';
import type { TransitionOutcome } from './transition.types.ts';

/** What the rollouts domain tells the others, after the commit. */
export interface RolloutEvents {
  /** A rollout moved (a state-machine action committed). */
  'rollout.transitioned': TransitionOutcome;
  /**
   * The controller rolled a rollout back on its own. Told while it restores, and again by the
   * next process after a restart: a subscriber does nothing the second time.
   */
  'rollout.rolledBack': { rollout: RolloutRecord; deployment: DeploymentRecord; signal: Signal };
}
