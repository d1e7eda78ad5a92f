import type { HealthRange, HealthState } from '../../generated/graphql';
import { stateStyles, statesOf } from '../../ui/stateStyle';

export const HEALTH_STYLE = stateStyles<HealthState>({
  HEALTHY: 'green',
  DEGRADED: 'yellow',
  DOWN: 'red',
  PROGRESSING: 'blue',
  UNKNOWN: 'gray',
});

export const HEALTH_STATES = statesOf(HEALTH_STYLE);

export const HEALTH_RANGES: readonly { value: HealthRange; label: string }[] = [
  { value: 'HOUR', label: '1 h' },
  { value: 'SIX_HOURS', label: '6 h' },
  { value: 'DAY', label: '24 h' },
  { value: 'WEEK', label: '7 d' },
];

export function isHealthRange(value: string): value is HealthRange {
  return HEALTH_RANGES.some((r) => r.value === value);
}
