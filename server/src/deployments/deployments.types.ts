import type { Environment } from '../catalog/index.ts';

export const STRATEGIES = ['CANARY', 'ROLLING', 'RECREATE'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface DeploymentRecord {
  id: string;
  namespace: string;
  name: string;
  environment: Environment;
  releaseId: string;
  replicas: number;
  strategy: Strategy;
  sloErrorRatio: number | null;
  sloTtftP95Ms: number | null;
  generation: number;
  appliedGeneration: number;
  lastAppliedAt: Date | null;
  lastApplyError: string | null;
  deleting: boolean;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
}

export interface RevisionRecord {
  deploymentId: string;
  revision: number;
  releaseId: string;
  createdAt: Date;
  createdBy: string;
  reason: string | null;
}

export const DEPLOYMENT_TOPIC = 'deployment.changed';
/** Desired state changed: the leader's reconciler, on whichever replica, applies it. */
export const DESIRED_STATE_TOPIC = 'deployment.desired';

export interface DeploymentChanged {
  namespace: string;
  name: string;
}
