import type { IncidentStatus, Severity } from '../../generated/graphql';
import { isOneOf, stateOptions, stateStyles, statesOf } from '../../ui/stateStyle';

export const SEVERITY_STYLE: Record<Severity, { label: string; color: string; hint: string }> = {
  SEV1: { label: 'SEV1', color: 'red', hint: 'Production down' },
  SEV2: { label: 'SEV2', color: 'orange', hint: 'Major degradation' },
  SEV3: { label: 'SEV3', color: 'yellow', hint: 'Minor impact' },
  SEV4: { label: 'SEV4', color: 'gray', hint: 'No user impact' },
};

export const SEVERITIES = statesOf(SEVERITY_STYLE);

/** "SEV2 · Major degradation". */
export const SEVERITY_OPTIONS = stateOptions(
  SEVERITY_STYLE,
  (severity, { label }) => `${label} · ${SEVERITY_STYLE[severity].hint}`,
);

export const STATUS_STYLE = stateStyles<IncidentStatus>({
  TRIGGERED: 'red',
  ACKNOWLEDGED: 'orange',
  MITIGATED: 'blue',
  RESOLVED: 'green',
  CLOSED: 'gray',
  MERGED: 'gray',
  CANCELED: 'gray',
});

export const STATUSES = statesOf(STATUS_STYLE);

export function isSeverity(value: string | null | undefined): value is Severity {
  return isOneOf(SEVERITIES, value);
}

export function isIncidentStatus(value: string | null | undefined): value is IncidentStatus {
  return isOneOf(STATUSES, value);
}

export function isOpen(status: IncidentStatus): boolean {
  return status === 'TRIGGERED' || status === 'ACKNOWLEDGED' || status === 'MITIGATED';
}

export type IncidentAction = 'acknowledge' | 'mitigate' | 'resolve' | 'close' | 'cancel';

/** The moves the server allows from each status (see the incidents domain's rules). */
const ACTIONS: Record<IncidentStatus, readonly IncidentAction[]> = {
  TRIGGERED: ['acknowledge', 'mitigate', 'resolve', 'cancel'],
  ACKNOWLEDGED: ['mitigate', 'resolve', 'cancel'],
  MITIGATED: ['resolve'],
  RESOLVED: ['close'],
  CLOSED: [],
  MERGED: [],
  CANCELED: [],
};

export function allowedActions(status: IncidentStatus): readonly IncidentAction[] {
  return ACTIONS[status];
}
