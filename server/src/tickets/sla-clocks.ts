import { type Calendar, type ClockState, readClock } from './business-calendar.ts';
import { PAUSED_BY } from './tickets.rules.ts';
import type {
  PauseRecord,
  SlaClockKind,
  SlaClockReading,
  SlaPolicyRecord,
  TicketRecord,
  TicketSla,
} from './tickets.types.ts';

const RANK: Record<ClockState, number> = { MET: 0, ON_TRACK: 1, AT_RISK: 2, BREACHED: 3 };

/**
 * A ticket's SLA clocks at `now`:
 * - FIRST_RESPONSE from creation until the first public reply by an agent;
 * - NEXT_UPDATE from the latest public agent reply, while the ticket is active;
 * - RESOLUTION from creation until it is resolved.
 * Each clock skips the pauses that stop it (see PAUSED_BY). A CLOSED or MERGED ticket is read
 * as it was when it ended.
 */
export function ticketSla(input: {
  ticket: TicketRecord;
  policy: SlaPolicyRecord;
  calendar: Calendar;
  pauses: readonly PauseRecord[];
  now: Date;
  riskFraction: number;
}): TicketSla {
  const { ticket, policy } = input;
  const ended = ticket.status === 'CLOSED' || ticket.status === 'MERGED';
  const now = ended && ticket.closedAt ? ticket.closedAt : input.now;
  const read = (
    kind: SlaClockKind,
    startedAt: Date,
    minutes: number,
    stoppedAt: Date | null,
  ): SlaClockReading => {
    const pauses = input.pauses
      .filter((p) => PAUSED_BY[kind].includes(p.status))
      .map((p) => ({ from: p.from, to: p.to }));
    const reading = readClock({
      calendar: input.calendar,
      startedAt,
      targetMs: minutes * 60_000,
      stoppedAt,
      pauses,
      now,
      riskFraction: input.riskFraction,
    });
    return { kind, targetMinutes: minutes, startedAt, ...reading };
  };
  const clocks: SlaClockReading[] = [
    read('FIRST_RESPONSE', ticket.createdAt, policy.firstResponseMinutes, ticket.firstRespondedAt),
  ];
  const active = !ended && ticket.status !== 'RESOLVED';
  if (active && ticket.firstRespondedAt && ticket.lastPublicReplyAt) {
    clocks.push(read('NEXT_UPDATE', ticket.lastPublicReplyAt, policy.nextUpdateMinutes, null));
  }
  const resolvedAt = active ? null : (ticket.resolvedAt ?? ticket.closedAt ?? now);
  clocks.push(read('RESOLUTION', ticket.createdAt, policy.resolutionMinutes, resolvedAt));

  let state: ClockState | null = null;
  for (const clock of clocks) {
    if (!state || RANK[clock.state] > RANK[state]) state = clock.state;
  }
  const running = clocks.filter((c) => c.state !== 'MET' && !c.paused && c.dueAt && active);
  const dueAt = running.reduce<Date | null>(
    (soonest, c) => (c.dueAt && (!soonest || c.dueAt < soonest) ? c.dueAt : soonest),
    null,
  );
  return {
    state,
    dueAt,
    paused: active && clocks.some((c) => c.paused),
    clocks,
  };
}
