import { describe, expect, it } from 'vitest';
import type { Calendar } from './business-calendar.ts';
import { ticketSla } from './sla-clocks.ts';
import type { PauseRecord, SlaPolicyRecord, TicketRecord } from './tickets.types.ts';

const MINUTE = 60_000;
const ALWAYS: Calendar = { timeZone: 'UTC', alwaysOpen: true, hours: [], holidays: [] };
const POLICY: SlaPolicyRecord = {
  priority: 'URGENT',
  calendarId: 'always',
  firstResponseMinutes: 30,
  nextUpdateMinutes: 60,
  resolutionMinutes: 240,
};
const at = (minutes: number) => new Date(Date.parse('2026-11-27T09:00:00Z') + minutes * MINUTE);

function ticket(overrides: Partial<TicketRecord> = {}): TicketRecord {
  return {
    id: 't1',
    number: 1001,
    subject: 'Slow answers',
    description: 'Since this morning',
    priority: 'URGENT',
    status: 'OPEN',
    requester: { name: 'Grace', email: 'grace@example.com', organisation: null },
    assigneeId: null,
    group: null,
    tags: [],
    source: 'CONSOLE',
    incidentId: null,
    mergedIntoId: null,
    suggestedReply: null,
    createdAt: at(0),
    updatedAt: at(0),
    firstRespondedAt: null,
    lastPublicReplyAt: null,
    resolvedAt: null,
    closedAt: null,
    createdBy: 'test',
    ...overrides,
  };
}

function read(t: TicketRecord, pauses: PauseRecord[], now: number) {
  return ticketSla({
    ticket: t,
    policy: POLICY,
    calendar: ALWAYS,
    pauses,
    now: at(now),
    riskFraction: 0.25,
  });
}
const clock = (sla: ReturnType<typeof read>, kind: string) =>
  sla.clocks.find((c) => c.kind === kind);

describe('ticketSla', () => {
  it('runs first response and resolution from creation; next update only after a reply', () => {
    const fresh = read(ticket(), [], 10);
    expect(fresh.clocks.map((c) => c.kind)).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(fresh.dueAt).toEqual(at(30));
    const answered = read(ticket({ firstRespondedAt: at(5), lastPublicReplyAt: at(5) }), [], 10);
    expect(clock(answered, 'FIRST_RESPONSE')?.state).toBe('MET');
    expect(clock(answered, 'NEXT_UPDATE')?.dueAt).toEqual(at(65));
    expect(answered.dueAt).toEqual(at(65));
  });

  it('stops only the resolution clock while waiting on an incident', () => {
    const pauses: PauseRecord[] = [{ status: 'PENDING_INCIDENT', from: at(10), to: null }];
    const sla = read(ticket({ status: 'PENDING_INCIDENT' }), pauses, 100);
    expect(clock(sla, 'RESOLUTION')).toMatchObject({
      paused: true,
      elapsedMs: 10 * MINUTE,
      dueAt: null,
    });
    expect(clock(sla, 'FIRST_RESPONSE')).toMatchObject({ paused: false, state: 'BREACHED' });
    expect(sla.state).toBe('BREACHED');
    expect(sla.paused).toBe(true);
  });

  it('stops every clock while waiting for the customer', () => {
    const t = ticket({
      status: 'PENDING_CUSTOMER',
      firstRespondedAt: at(5),
      lastPublicReplyAt: at(5),
    });
    const sla = read(t, [{ status: 'PENDING_CUSTOMER', from: at(10), to: null }], 600);
    expect(clock(sla, 'NEXT_UPDATE')).toMatchObject({ paused: true, elapsedMs: 5 * MINUTE });
    expect(clock(sla, 'RESOLUTION')).toMatchObject({ paused: true, elapsedMs: 10 * MINUTE });
    expect(sla.state).toBe('ON_TRACK');
    expect(sla.dueAt).toBeNull();
  });

  it('reads a resolved ticket as of its resolution, and a closed one as of closing', () => {
    const resolved = ticket({ status: 'RESOLVED', resolvedAt: at(120), firstRespondedAt: at(5) });
    const sla = read(resolved, [{ status: 'RESOLVED', from: at(120), to: null }], 10_000);
    expect(clock(sla, 'RESOLUTION')).toMatchObject({ state: 'MET', elapsedMs: 120 * MINUTE });
    expect(sla.clocks.map((c) => c.kind)).not.toContain('NEXT_UPDATE');
    const late = ticket({ status: 'CLOSED', resolvedAt: at(300), closedAt: at(5_000) });
    expect(clock(read(late, [], 90_000), 'RESOLUTION')?.state).toBe('BREACHED');
  });
});
