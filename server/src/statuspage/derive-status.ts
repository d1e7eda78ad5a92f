import type { HealthState } from '../health/index.ts';
import type { Severity } from '../incidents/index.ts';
import type { ComponentStatus, MaintenanceRecord } from './statuspage.types.ts';

/** Incident statuses that still hurt users: a MITIGATED incident no longer does. */
export const IMPACTING_STATUSES = ['TRIGGERED', 'ACKNOWLEDGED'] as const;

const RANK: Record<ComponentStatus, number> = {
  OPERATIONAL: 0,
  MAINTENANCE: 1,
  DEGRADED: 2,
  OUTAGE: 3,
};

/**
 * What the status page shows for one component. Inside a maintenance window it is MAINTENANCE,
 * whatever health says (the work is expected to disturb it). Otherwise the worse of its health
 * (DOWN is an outage, DEGRADED degraded) and its impacting incidents (SEV1 is an outage, SEV2 and
 * SEV3 degraded; SEV4 does not show). A deployment not evaluated yet, or rolling out, is operational.
 */
export function deriveComponentStatus(input: {
  health: HealthState | null;
  incidents: readonly { severity: Severity; status: string }[];
  maintenance: MaintenanceRecord | null;
  now: Date;
}): ComponentStatus {
  const { maintenance, now } = input;
  if (maintenance && maintenance.startsAt <= now && now < maintenance.endsAt) return 'MAINTENANCE';
  let status: ComponentStatus = 'OPERATIONAL';
  if (input.health === 'DOWN') status = 'OUTAGE';
  else if (input.health === 'DEGRADED') status = 'DEGRADED';
  for (const incident of input.incidents) {
    if (!(IMPACTING_STATUSES as readonly string[]).includes(incident.status)) continue;
    const s: ComponentStatus =
      incident.severity === 'SEV1'
        ? 'OUTAGE'
        : incident.severity === 'SEV4'
          ? 'OPERATIONAL'
          : 'DEGRADED';
    status = worst(status, s);
  }
  return status;
}

export function worst(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return RANK[b] > RANK[a] ? b : a;
}

/** The page's overall status: the worst of its components. */
export function overallStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  return statuses.reduce<ComponentStatus>(worst, 'OPERATIONAL');
}
