import type { DeploymentPhase, Environment, RolloutStrategy } from '../../generated/graphql';

export const PHASES: readonly DeploymentPhase[] = [
  'READY',
  'PROGRESSING',
  'PENDING',
  'FAILED',
  'DELETING',
];

export const PHASE_STYLE: Record<DeploymentPhase, { label: string; color: string }> = {
  READY: { label: 'Ready', color: 'green' },
  PROGRESSING: { label: 'Progressing', color: 'blue' },
  PENDING: { label: 'Pending', color: 'gray' },
  FAILED: { label: 'Failed', color: 'red' },
  DELETING: { label: 'Deleting', color: 'orange' },
};

export const ENVIRONMENTS: readonly Environment[] = ['DEV', 'STAGING', 'PROD'];

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  DEV: 'Dev',
  STAGING: 'Staging',
  PROD: 'Prod',
};

export function isEnvironment(value: string | null | undefined): value is Environment {
  return typeof value === 'string' && (ENVIRONMENTS as readonly string[]).includes(value);
}

export const STRATEGY_LABELS: Record<RolloutStrategy, string> = {
  ROLLING: 'Rolling',
  RECREATE: 'Recreate',
  CANARY: 'Canary',
};

/** "rel-1a2b3c4d5e6f7a8b" → "1a2b3c4d". */
export function shortReleaseId(id: string): string {
  return id.replace(/^rel-/, '').slice(0, 8);
}
