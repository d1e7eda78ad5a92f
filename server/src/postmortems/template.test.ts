import { describe, expect, it } from 'vitest';
import type { IncidentRecord, TimelineEntryRecord } from '../incidents/index.ts';
import { describeImpact, formatDuration, postmortemTemplate, prefillTimeline } from './template.ts';

const T0 = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const INCIDENT: IncidentRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  number: 7,
  title: 'chat is down',
  summary: 'No replica of ml-prod/chat is ready.',
  status: 'RESOLVED',
  severity: 'SEV1',
  source: 'HEALTH',
  fingerprint: 'health:ml-prod/chat',
  environment: 'PROD',
  deployment: { namespace: 'ml-prod', name: 'chat' },
  commanderId: null,
  assigneeId: null,
  mergedIntoId: null,
  cancelReason: null,
  triggeredAt: T0,
  acknowledgedAt: at(4),
  mitigatedAt: at(30),
  resolvedAt: at(125),
  closedAt: null,
  createdBy: 'system',
  updatedAt: at(125),
};

let seq = 0;
function entry(
  minutes: number,
  kind: TimelineEntryRecord['kind'],
  message: string,
  extra: Partial<TimelineEntryRecord> = {},
): TimelineEntryRecord {
  return {
    id: String(++seq),
    incidentId: INCIDENT.id,
    at: at(minutes),
    kind,
    actorType: 'SYSTEM',
    actorId: null,
    actor: 'system',
    message,
    details: {},
    ...extra,
  };
}

describe('postmortem template', () => {
  it('pre-fills the timeline from the incident, naming people and folding repeated signals', () => {
    const fp = { details: { fingerprint: 'alertmanager:abc' } };
    const timeline = prefillTimeline([
      entry(0, 'OPENED', 'No replica of ml-prod/chat is ready.'),
      entry(1, 'SIGNAL_JOINED', 'HighErrorRate firing', fp),
      entry(2, 'SIGNAL_JOINED', 'HighErrorRate firing', fp),
      entry(3, 'SIGNAL_JOINED', 'HighErrorRate firing', fp),
      entry(4, 'STATUS_CHANGED', 'Acknowledged: looking', {
        actorType: 'USER',
        actor: 'Ada Lovelace',
      }),
      entry(125, 'STATUS_CHANGED', 'Resolved: every signal of the incident has resolved.'),
    ]);
    expect(timeline).toEqual([
      { at: at(0), text: 'No replica of ml-prod/chat is ready.' },
      { at: at(1), text: 'HighErrorRate firing (3 times)' },
      { at: at(4), text: 'Acknowledged: looking (Ada Lovelace)' },
      { at: at(125), text: 'Resolved: every signal of the incident has resolved.' },
    ]);
  });

  it('pre-fills summary and impact, and leaves the analysis to people', () => {
    const template = postmortemTemplate(INCIDENT, [entry(0, 'OPENED', 'opened')]);
    expect(template).toMatchObject({
      summary: 'No replica of ml-prod/chat is ready.',
      impact: 'SEV1 affecting ml-prod/chat in PROD, for 2 h 5 min.',
      rootCause: '',
      contributingFactors: '',
    });
    expect(template.timeline).toHaveLength(1);
  });

  it('describes the impact of an incident without a deployment or an end', () => {
    expect(
      describeImpact({
        ...INCIDENT,
        deployment: null,
        environment: null,
        mitigatedAt: null,
        resolvedAt: null,
      }),
    ).toBe('SEV1 affecting no single deployment.');
  });

  it('formats durations for people', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
  });
});
