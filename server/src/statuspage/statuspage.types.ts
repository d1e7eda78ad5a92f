import type { HealthState } from '../health/index.ts';
import type { Severity } from '../incidents/index.ts';

export const COMPONENT_STATUSES = ['OPERATIONAL', 'DEGRADED', 'OUTAGE', 'MAINTENANCE'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const PUBLIC_UPDATE_STATUSES = [
  'INVESTIGATING',
  'IDENTIFIED',
  'MONITORING',
  'RESOLVED',
] as const;
export type PublicUpdateStatus = (typeof PUBLIC_UPDATE_STATUSES)[number];

export interface MaintenanceRecord {
  startsAt: Date;
  endsAt: Date;
  message: string;
}

export interface PublicUpdateRecord {
  id: string;
  incidentId: string;
  status: PublicUpdateStatus;
  body: string;
  at: Date;
  createdBy: string;
}

/** A deployment's status page settings, with what status derivation needs. */
export interface ComponentRow {
  deploymentId: string;
  namespace: string;
  name: string;
  displayName: string | null;
  health: HealthState | null;
  maintenance: MaintenanceRecord | null;
}

export interface ComponentIncident {
  id: string;
  deploymentId: string;
  severity: Severity;
  status: string;
  triggeredAt: Date;
  /** When it resolved (or was closed, merged or canceled without resolving); null while open. */
  endedAt: Date | null;
}

/** The whole public page: only what may be shown to anyone. */
export interface PublicStatus {
  updatedAt: string;
  status: Lowercase<ComponentStatus>;
  components: {
    name: string;
    status: Lowercase<ComponentStatus>;
    maintenance: { startsAt: string; endsAt: string; message: string } | null;
  }[];
  incidents: {
    components: string[];
    status: Lowercase<PublicUpdateStatus>;
    startedAt: string;
    updates: { status: Lowercase<PublicUpdateStatus>; body: string; at: string }[];
  }[];
}
