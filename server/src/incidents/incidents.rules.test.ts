import { describe, expect, it } from 'vitest';
import { canTransition, deriveSeverity, isOpen, TRANSITIONS } from './incidents.rules.ts';
import { INCIDENT_STATUSES } from './incidents.types.ts';

describe('incident transitions', () => {
  it('walks the lifecycle forward', () => {
    expect(canTransition('TRIGGERED', 'ACKNOWLEDGED')).toBe(true);
    expect(canTransition('ACKNOWLEDGED', 'MITIGATED')).toBe(true);
    expect(canTransition('MITIGATED', 'RESOLVED')).toBe(true);
    expect(canTransition('RESOLVED', 'CLOSED')).toBe(true);
  });

  it('refuses going back, skipping to CLOSED, and leaving a final status', () => {
    expect(canTransition('ACKNOWLEDGED', 'TRIGGERED')).toBe(false);
    expect(canTransition('TRIGGERED', 'CLOSED')).toBe(false);
    expect(canTransition('MITIGATED', 'CANCELED')).toBe(false);
    for (const final of ['CLOSED', 'MERGED', 'CANCELED'] as const) {
      expect(TRANSITIONS[final]).toEqual([]);
    }
  });

  it('names every status, and only open ones may merge', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...INCIDENT_STATUSES].sort());
    for (const status of INCIDENT_STATUSES) {
      expect(canTransition(status, 'MERGED')).toBe(isOpen(status));
    }
  });
});

describe('severity of a signal', () => {
  it.each([
    ['PROD', 'DOWN', 'SEV1'],
    ['PROD', 'DEGRADED', 'SEV2'],
    ['PROD', 'ROLLOUT_FAILED', 'SEV2'],
    ['PROD', 'SLO_BURN', 'SEV2'],
    ['PROD', 'ROLLED_BACK', 'SEV3'],
    ['STAGING', 'DOWN', 'SEV3'],
    ['DEV', 'DOWN', 'SEV4'],
    [undefined, 'DOWN', 'SEV2'],
    [undefined, 'DEGRADED', 'SEV3'],
  ] as const)('%s + %s → %s', (environment, impact, severity) => {
    expect(deriveSeverity({ environment, impact })).toBe(severity);
  });

  it.each([
    ['critical', undefined, 'SEV1'],
    ['critical', 'PROD', 'SEV1'],
    ['critical', 'STAGING', 'SEV2'],
    ['page', undefined, 'SEV1'],
    ['warning', 'PROD', 'SEV3'],
    ['info', undefined, 'SEV4'],
    [undefined, undefined, 'SEV3'],
    ['unheard-of', undefined, 'SEV3'],
  ] as const)('alert severity %s in %s → %s', (alertSeverity, environment, severity) => {
    expect(deriveSeverity({ impact: 'ALERT', alertSeverity, environment })).toBe(severity);
  });
});
