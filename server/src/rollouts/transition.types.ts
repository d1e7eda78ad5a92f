import type { Actor } from '../audit/index.ts';
import type { DeploymentRecord, DesiredChanges } from '../deployments/index.ts';
import type { Analysis } from './analysis.ts';
import type { RolloutAction } from './rollout-machine.ts';
import type { RolloutChanges } from './rollouts.repository.ts';
import type { RolloutRecord } from './rollouts.types.ts';

/** One move of a rollout, as the controller or a person plans it from what is stored now. */
export interface RolloutPlan {
  /** The state-machine action; null for bookkeeping that changes no state (no event). */
  action: RolloutAction | null;
  message: string;
  rollout?: RolloutChanges;
  deployment?: DesiredChanges;
  revision?: { releaseId: string; reason: string };
  analysis?: Analysis[];
  audit?: { action: string; details?: Record<string, unknown> };
}

export interface TransitionOutcome {
  rollout: RolloutRecord;
  deployment: DeploymentRecord;
  plan: RolloutPlan;
  previous: RolloutRecord;
  actor: Actor;
}
