import { describe, expect, it } from 'vitest';
import { computeIncidentStats, type IncidentTimes } from './incident-stats.ts';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const s = (seconds: number) => new Date(T0 + seconds * 1000);

function incident(
  name: string,
  ack: number | null,
  resolved: number | null,
  triggered = 0,
): IncidentTimes {
  return {
    namespace: 'ml-prod',
    name,
    triggeredAt: s(triggered),
    acknowledgedAt: ack === null ? null : s(ack),
    resolvedAt: resolved === null ? null : s(resolved),
  };
}

describe('MTTA and MTTR', () => {
  it('averages time to acknowledge and to resolve per deployment', () => {
    const stats = computeIncidentStats(
      [
        incident('chat', 60, 600),
        incident('chat', 180, 1800, 100),
        // Resolved by itself, never acknowledged: counts towards MTTR only.
        incident('chat', null, 300),
        // Still open: counts, but in neither mean.
        incident('chat', null, null),
        incident('embed', 30, null),
      ],
      30,
    );
    expect(stats).toEqual([
      {
        deployment: { namespace: 'ml-prod', name: 'chat' },
        windowDays: 30,
        incidents: 4,
        acknowledged: 2,
        resolved: 3,
        mttaSeconds: (60 + 80) / 2,
        mttrSeconds: (600 + 1700 + 300) / 3,
      },
      {
        deployment: { namespace: 'ml-prod', name: 'embed' },
        windowDays: 30,
        incidents: 1,
        acknowledged: 1,
        resolved: 0,
        mttaSeconds: 30,
        mttrSeconds: null,
      },
    ]);
  });

  it('gives nothing for no incidents', () => {
    expect(computeIncidentStats([], 30)).toEqual([]);
  });
});
