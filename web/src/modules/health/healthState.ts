import type { HealthRange, HealthState } from '../../generated/graphql';

export const HEALTH_STATES: readonly HealthState[] = [
  'HEALTHY',
  'DEGRADED',
  'DOWN',
  'PROGRESSING',
  'UNKNOWN',
];

export const HEALTH_STYLE: Record<HealthState, { label: string; color: string }> = {
  HEALTHY: { label: 'Healthy', color: 'green' },
  DEGRADED: { label: 'Degraded', color: 'yellow' },
  DOWN: { label: 'Down', color: 'red' },
  PROGRESSING: { label: 'Progressing', color: 'blue' },
  UNKNOWN: { label: 'Unknown', color: 'gray' },
};

export const HEALTH_RANGES: readonly { value: HealthRange; label: string }[] = [
  { value: 'HOUR', label: '1 h' },
  { value: 'SIX_HOURS', label: '6 h' },
  { value: 'DAY', label: '24 h' },
  { value: 'WEEK', label: '7 d' },
];

export function isHealthRange(value: string): value is HealthRange {
  return HEALTH_RANGES.some((r) => r.value === value);
}
