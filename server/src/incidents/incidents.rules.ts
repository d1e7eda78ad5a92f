import type { Environment } from '../catalog/index.ts';
import type { Impact, IncidentStatus, Severity } from './incidents.types.ts';

/** Where each status may go next. Terminal statuses go nowhere. */
export const TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  TRIGGERED: ['ACKNOWLEDGED', 'MITIGATED', 'RESOLVED', 'MERGED', 'CANCELED'],
  ACKNOWLEDGED: ['MITIGATED', 'RESOLVED', 'MERGED', 'CANCELED'],
  MITIGATED: ['RESOLVED', 'MERGED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
  MERGED: [],
  CANCELED: [],
};

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isOpen(status: IncidentStatus): boolean {
  return status === 'TRIGGERED' || status === 'ACKNOWLEDGED' || status === 'MITIGATED';
}

/** SEV1 is the most severe. */
export function moreSevere(a: Severity, b: Severity): boolean {
  return a < b;
}

/**
 * The severity of an incident a signal opens.
 *
 * Health and rollout signals, by environment and impact:
 * - PROD: DOWN → SEV1; DEGRADED, ROLLOUT_FAILED, SLO_BURN → SEV2; ROLLED_BACK → SEV3
 *   (the rollback already mitigated it).
 * - STAGING → SEV3; DEV → SEV4, whatever the impact.
 * - Environment unknown: DOWN → SEV2, anything else → SEV3.
 *
 * Alertmanager alerts (impact ALERT), by their `severity` label:
 * - critical (or page) → SEV1, or SEV2 when the environment is known and is not PROD;
 * - warning (or warn) → SEV3; info (or none) → SEV4;
 * - no or another label → SEV3.
 */
export function deriveSeverity(input: {
  impact: Impact;
  environment?: Environment | undefined;
  alertSeverity?: string | undefined;
}): Severity {
  const { impact, environment } = input;
  if (impact === 'ALERT') {
    switch ((input.alertSeverity ?? '').toLowerCase()) {
      case 'critical':
      case 'page':
        return environment && environment !== 'PROD' ? 'SEV2' : 'SEV1';
      case 'warning':
      case 'warn':
        return 'SEV3';
      case 'info':
      case 'none':
        return 'SEV4';
      default:
        return 'SEV3';
    }
  }
  if (environment === 'DEV') return 'SEV4';
  if (environment === 'STAGING') return 'SEV3';
  if (environment === 'PROD') {
    if (impact === 'DOWN') return 'SEV1';
    if (impact === 'ROLLED_BACK') return 'SEV3';
    return 'SEV2';
  }
  return impact === 'DOWN' ? 'SEV2' : 'SEV3';
}
