import { describe, expect, it } from 'vitest';
import type { IncidentRecord, TimelineEntryRecord } from '../incidents/index.ts';
import { suggestedReply } from './suggested-reply.ts';

const incident = {
  id: 'i1',
  number: 12,
  title: 'Chat completions time out',
  severity: 'SEV2',
  status: 'RESOLVED',
  triggeredAt: new Date('2026-11-27T09:00:00Z'),
  resolvedAt: new Date('2026-11-27T10:15:00Z'),
  closedAt: null,
} as IncidentRecord;

function entry(
  kind: TimelineEntryRecord['kind'],
  at: string,
  message: string,
  details: Record<string, unknown> = {},
  actorType: TimelineEntryRecord['actorType'] = 'USER',
): TimelineEntryRecord {
  return {
    id: at,
    incidentId: 'i1',
    at: new Date(at),
    kind,
    actorType,
    actorId: null,
    actor: 'sre@example.com',
    message,
    details,
  };
}

const ticket = {
  number: 1042,
  requester: { name: 'Grace', email: 'g@example.com', organisation: null },
};

describe('suggestedReply', () => {
  it('summarises title, impact, the status steps and the resolution note, leaving notes out', () => {
    const text = suggestedReply(ticket, incident, [
      entry('OPENED', '2026-11-27T09:00:00Z', 'Declared.', {}, 'SYSTEM'),
      entry('NOTE', '2026-11-27T09:05:00Z', 'internal: node gpu-7 looks bad'),
      entry('STATUS_CHANGED', '2026-11-27T09:10:00Z', 'Acknowledged.', { to: 'ACKNOWLEDGED' }),
      entry('STATUS_CHANGED', '2026-11-27T10:15:00Z', 'Resolved: the faulty node was drained', {
        to: 'RESOLVED',
      }),
    ]);
    expect(text).toContain('Hello Grace,');
    expect(text).toContain('T-1042');
    expect(text).toContain('What we saw: Chat completions time out.');
    expect(text).toContain('from 2026-11-27 09:00 UTC until 2026-11-27 10:15 UTC');
    expect(text).toContain('- 2026-11-27 09:10 UTC: Our engineers acknowledged it');
    expect(text).toContain('Resolution: the faulty node was drained');
    expect(text).not.toContain('gpu-7');
  });

  it('uses a plain resolution when the incident resolved by itself', () => {
    const text = suggestedReply(ticket, incident, [
      entry(
        'STATUS_CHANGED',
        '2026-11-27T10:15:00Z',
        'Resolved: every signal of the incident has resolved.',
        { to: 'RESOLVED' },
        'SYSTEM',
      ),
    ]);
    expect(text).toContain('Resolution: The underlying problem has been fixed');
    expect(text).not.toContain('every signal');
  });
});
