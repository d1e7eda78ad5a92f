import type { DeploymentPhase, Environment, RolloutStrategy } from '../../generated/graphql';
import { isOneOf, sentenceCase, stateStyles } from '../../ui/stateStyle';

export const PHASE_STYLE = stateStyles<DeploymentPhase>({
  READY: 'green',
  PROGRESSING: 'blue',
  PENDING: 'gray',
  FAILED: 'red',
  DELETING: 'orange',
});

export const ENVIRONMENTS: readonly Environment[] = ['DEV', 'STAGING', 'PROD'];

/** Each name in sentence case: "Dev", "Staging", "Prod". */
function labels<K extends string>(names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, sentenceCase(name)])) as Record<K, string>;
}

export const ENVIRONMENT_LABELS = labels(ENVIRONMENTS);

export const ENVIRONMENT_OPTIONS = ENVIRONMENTS.map((e) => ({
  value: e,
  label: ENVIRONMENT_LABELS[e],
}));

export const STRATEGY_LABELS = labels<RolloutStrategy>(['ROLLING', 'RECREATE', 'CANARY']);

export function isEnvironment(value: string | null | undefined): value is Environment {
  return isOneOf(ENVIRONMENTS, value);
}

/** "rel-1a2b3c4d5e6f7a8b" → "1a2b3c4d". */
export function shortReleaseId(id: string): string {
  return id.replace(/^rel-/, '').slice(0, 8);
}
