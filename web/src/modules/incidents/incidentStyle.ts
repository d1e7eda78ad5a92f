import type { IncidentStatus, Severity } from '../../generated/graphql';

export const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

export const SEVERITY_STYLE: Record<Severity, { label: string; color: string; hint: string }> = {
  SEV1: { label: 'SEV1', color: 'red', hint: 'Production down' },
  SEV2: { label: 'SEV2', color: 'orange', hint: 'Major degradation' },
  SEV3: { label: 'SEV3', color: 'yellow', hint: 'Minor impact' },
  SEV4: { label: 'SEV4', color: 'gray', hint: 'No user impact' },
};

export const STATUSES: readonly IncidentStatus[] = [
  'TRIGGERED',
  'ACKNOWLEDGED',
  'MITIGATED',
  'RESOLVED',
  'CLOSED',
  'MERGED',
  'CANCELED',
];

export const STATUS_STYLE: Record<IncidentStatus, { label: string; color: string }> = {
  TRIGGERED: { label: 'Triggered', color: 'red' },
  ACKNOWLEDGED: { label: 'Acknowledged', color: 'orange' },
  MITIGATED: { label: 'Mitigated', color: 'blue' },
  RESOLVED: { label: 'Resolved', color: 'green' },
  CLOSED: { label: 'Closed', color: 'gray' },
  MERGED: { label: 'Merged', color: 'gray' },
  CANCELED: { label: 'Canceled', color: 'gray' },
};

export function isSeverity(value: string | null | undefined): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isIncidentStatus(value: string | null | undefined): value is IncidentStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
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

export function incidentPath(id: string): string {
  return `/incidents/${encodeURIComponent(id)}`;
}
