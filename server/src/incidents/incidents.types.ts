import type { Actor, ActorType } from '../audit/index.ts';
import type { Environment } from '../catalog/index.ts';
import type { Queryable } from '../store/index.ts';

export const INCIDENT_STATUSES = [
  'TRIGGERED',
  'ACKNOWLEDGED',
  'MITIGATED',
  'RESOLVED',
  'CLOSED',
  'MERGED',
  'CANCELED',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses in which an incident is still open: signals with its fingerprint join it. */
export const OPEN_STATUSES = ['TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED'] as const;

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INCIDENT_SOURCES = ['HEALTH', 'ROLLOUT', 'ALERTMANAGER', 'MANUAL'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export const IMPACTS = [
  'DOWN',
  'DEGRADED',
  'ROLLOUT_FAILED',
  'ROLLED_BACK',
  'SLO_BURN',
  'ALERT',
] as const;
export type Impact = (typeof IMPACTS)[number];

export const TIMELINE_KINDS = [
  'OPENED',
  'SIGNAL_JOINED',
  'SIGNAL_RESOLVED',
  'STATUS_CHANGED',
  'SEVERITY_CHANGED',
  'ASSIGNED',
  'NOTE',
  'MERGED',
  'ESCALATED',
  'NOTIFIED',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface DeploymentRef {
  namespace: string;
  name: string;
}

/** What health, rollouts and the Alertmanager receiver report; see IncidentsService.recordSignal. */
export interface Signal {
  source: IncidentSource;
  /** Signals with the same fingerprint belong to the same open incident. */
  fingerprint: string;
  title: string;
  summary: string;
  deployment?: DeploymentRef | undefined;
  environment?: Environment | undefined;
  impact: Impact;
  status: 'FIRING' | 'RESOLVED';
  /** The `severity` label of an Alertmanager alert (critical, warning, info). */
  alertSeverity?: string | undefined;
  details?: Record<string, unknown> | undefined;
  at?: Date | undefined;
}

export interface IncidentRecord {
  id: string;
  number: number;
  title: string;
  summary: string;
  status: IncidentStatus;
  severity: Severity;
  source: IncidentSource;
  fingerprint: string;
  environment: Environment | null;
  deployment: DeploymentRef | null;
  commanderId: string | null;
  assigneeId: string | null;
  mergedIntoId: string | null;
  cancelReason: string | null;
  triggeredAt: Date;
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  createdBy: string;
  updatedAt: Date;
}

export interface TimelineEntryRecord {
  id: string;
  incidentId: string;
  at: Date;
  kind: TimelineKind;
  actorType: ActorType;
  actorId: string | null;
  actor: string;
  message: string;
  details: Record<string, unknown>;
}

export interface SignalRecord {
  incidentId: string;
  fingerprint: string;
  source: IncidentSource;
  status: 'FIRING' | 'RESOLVED';
  firstAt: Date;
  lastAt: Date;
  count: number;
}

export interface IncidentFilter {
  status?: readonly IncidentStatus[] | null;
  severity?: readonly Severity[] | null;
  namespace?: string | null;
  name?: string | null;
  /** Words of the title or the deployment's name, or the incident's number (INC-12). */
  search?: string | null;
  first?: number | null;
}

export const INCIDENT_TOPIC = 'incident.changed';

export interface IncidentChanged {
  id: string;
}

/**
 * What happened to an incident, for other domains (escalation, notifications) to act on in the
 * same transaction as the change.
 */
export interface IncidentEvent {
  type: 'OPENED' | 'STATUS_CHANGED';
  incident: IncidentRecord;
  /** The status before a STATUS_CHANGED. */
  from?: IncidentStatus;
  at: Date;
  actor: Actor;
}

/** Runs inside the transaction of the incident change; throwing rolls the change back. */
export type IncidentHook = (tx: Queryable, event: IncidentEvent) => Promise<void>;

/** Refuses, by throwing inside the closing transaction, to close an incident. */
export type CloseCheck = (tx: Queryable, incident: IncidentRecord) => Promise<void>;
