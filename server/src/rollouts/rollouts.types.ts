import type { Strategy } from '../deployments/index.ts';
import type { Analysis } from './analysis.ts';
import type { RolloutState } from './rollout-machine.ts';
import type { RolloutMode } from './steps.ts';

export interface RolloutStepRecord {
  weightPercent: number;
  analysisSeconds: number;
  /** A shadow step's share of requests copied to the new release (absent: none). */
  mirrorPercent?: number | null;
  /** Requests the new release must serve in the window before its ratios count (absent: the default). */
  minimumRequests?: number;
  /** What a window that ends without enough evidence does (absent: PAUSE). */
  onInconclusive?: InconclusiveAction;
  startedAt: string | null;
  finishedAt: string | null;
}

export type InconclusiveAction = 'PAUSE' | 'ROLL_BACK';

export interface RolloutRecord {
  id: string;
  deploymentId: string;
  namespace: string;
  name: string;
  strategy: Strategy;
  /** By replicas, or by the weights of the deployment's Gateway route. */
  mode: RolloutMode;
  state: RolloutState;
  fromReleaseId: string | null;
  toReleaseId: string;
  currentStep: number;
  steps: RolloutStepRecord[];
  /** When the current step's new pods were all ready: the analysis window starts. */
  windowStartedAt: Date | null;
  stepDeadline: Date | null;
  windowCounters: unknown;
  everReady: string[];
  reason: string | null;
  failedAt: Date | null;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export interface RolloutEventRecord {
  rolloutId: string;
  at: Date;
  from: RolloutState | null;
  to: RolloutState;
  step: number | null;
  actor: string;
  message: string;
}

export interface AnalysisRecord extends Analysis {
  rolloutId: string;
  at: Date;
  step: number;
  source: string | null;
  sample: number | null;
}

export const ROLLOUT_TOPIC = 'rollout.changed';

export interface RolloutChanged {
  id: string;
  namespace: string;
  name: string;
}

/** The actor rollout events name for what the controller did by itself. */
export const CONTROLLER_ACTOR_NAME = 'backline';
