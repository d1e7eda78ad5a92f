import { describe, expect, it } from 'vitest';
import { deriveComponentStatus, overallStatus } from './derive-status.ts';

const now = new Date('2026-03-01T12:00:00Z');
const base = { health: 'HEALTHY' as const, incidents: [], maintenance: null, now };

describe('status page component status', () => {
  it.each([
    ['HEALTHY', 'OPERATIONAL'],
    ['DEGRADED', 'DEGRADED'],
    ['DOWN', 'OUTAGE'],
    ['PROGRESSING', 'OPERATIONAL'],
    ['UNKNOWN', 'OPERATIONAL'],
    [null, 'OPERATIONAL'],
  ] as const)('health %s shows %s', (health, status) => {
    expect(deriveComponentStatus({ ...base, health })).toBe(status);
  });

  it('takes the worse of health and the incidents still hurting users', () => {
    const open = (severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4', status = 'TRIGGERED') => ({
      severity,
      status,
    });
    expect(deriveComponentStatus({ ...base, incidents: [open('SEV1')] })).toBe('OUTAGE');
    expect(deriveComponentStatus({ ...base, incidents: [open('SEV2', 'ACKNOWLEDGED')] })).toBe(
      'DEGRADED',
    );
    expect(deriveComponentStatus({ ...base, incidents: [open('SEV3')] })).toBe('DEGRADED');
    expect(deriveComponentStatus({ ...base, incidents: [open('SEV4')] })).toBe('OPERATIONAL');
    // Mitigated or resolved incidents no longer hurt anyone.
    expect(deriveComponentStatus({ ...base, incidents: [open('SEV1', 'MITIGATED')] })).toBe(
      'OPERATIONAL',
    );
    expect(deriveComponentStatus({ ...base, health: 'DOWN', incidents: [open('SEV3')] })).toBe(
      'OUTAGE',
    );
  });

  it('shows maintenance inside the window only, whatever health says', () => {
    const maintenance = {
      startsAt: new Date('2026-03-01T11:00:00Z'),
      endsAt: new Date('2026-03-01T13:00:00Z'),
      message: 'GPU driver upgrade',
    };
    expect(deriveComponentStatus({ ...base, health: 'DOWN', maintenance })).toBe('MAINTENANCE');
    expect(
      deriveComponentStatus({ ...base, maintenance, now: new Date('2026-03-01T13:00:00Z') }),
    ).toBe('OPERATIONAL');
    expect(
      deriveComponentStatus({ ...base, maintenance, now: new Date('2026-03-01T10:59:59Z') }),
    ).toBe('OPERATIONAL');
  });

  it('sums a page up by its worst component', () => {
    expect(overallStatus([])).toBe('OPERATIONAL');
    expect(overallStatus(['OPERATIONAL', 'MAINTENANCE'])).toBe('MAINTENANCE');
    expect(overallStatus(['MAINTENANCE', 'DEGRADED', 'OPERATIONAL'])).toBe('DEGRADED');
    expect(overallStatus(['DEGRADED', 'OUTAGE'])).toBe('OUTAGE');
  });
});
