import type { DeploymentPhase, Environment } from '../../generated/graphql';
import { isOneOf, sentenceCase, stateStyles } from '../../ui/stateStyle';

export const PHASE_STYLE = stateStyles<DeploymentPhase>({
  READY: 'green',
  PROGRESSING: 'blue',
  PENDING: 'gray',
  FAILED: 'red',
  DELETING: 'orange',
});

export const ENVIRONMENTS: readonly Environment[] = ['DEV', 'STAGING', 'PROD'];

/** "Dev", "Staging", "Prod". */
export const environmentLabel: (environment: Environment) => string = sentenceCase;

export const ENVIRONMENT_OPTIONS = ENVIRONMENTS.map((e) => ({
  value: e,
  label: environmentLabel(e),
}));

export function isEnvironment(value: string | null | undefined): value is Environment {
  return isOneOf(ENVIRONMENTS, value);
}

/** "rel-1a2b3c4d5e6f7a8b" → "1a2b3c4d". */
export function shortReleaseId(id: string): string {
  return id.replace(/^rel-/, '').slice(0, 8);
}
