import type { IncidentRecord, TimelineEntryRecord } from '../incidents/index.ts';
import type { TicketRecord } from './tickets.types.ts';

const IMPACT: Record<IncidentRecord['severity'], string> = {
  SEV1: 'a full outage of the affected service',
  SEV2: 'a serious degradation of the affected service (errors or slow responses)',
  SEV3: 'a partial degradation of the affected service',
  SEV4: 'a minor problem with limited effect',
};

function utc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Resolved: the rollback held." → "the rollback held."; "Resolved." → null. */
function noteOf(message: string): string | null {
  const match = /^[A-Z][a-z]+: (.+)$/s.exec(message.trim());
  return match ? (match[1] as string).trim() : null;
}

/**
 * A public reply for a ticket whose incident has resolved: what happened, its impact, the main
 * steps and the resolution. It draws only on the incident's title, severity, status changes and
 * the note given when it resolved; notes added to the incident's timeline stay internal.
 */
export function suggestedReply(
  ticket: Pick<TicketRecord, 'number' | 'requester'>,
  incident: IncidentRecord,
  timeline: readonly TimelineEntryRecord[],
): string {
  const steps = timeline.filter((e) => e.kind === 'OPENED' || e.kind === 'STATUS_CHANGED');
  const highlights = steps.map((e) => {
    const to = e.kind === 'OPENED' ? 'TRIGGERED' : String(e.details.to ?? '');
    const label: Record<string, string> = {
      TRIGGERED: 'We detected the problem and opened an incident',
      ACKNOWLEDGED: 'Our engineers acknowledged it and began working on it',
      MITIGATED: 'A mitigation was in place and service began to recover',
      RESOLVED: 'The incident was resolved',
      CLOSED: 'The incident was closed',
    };
    return `- ${utc(e.at)}: ${label[to] ?? `Status changed to ${to.toLowerCase()}`}.`;
  });
  const resolvedEntry = [...steps].reverse().find((e) => e.details.to === 'RESOLVED');
  // Only a person's note says how it was fixed; the automatic message says nothing to a customer.
  const resolution =
    (resolvedEntry && resolvedEntry.actorType !== 'SYSTEM' && noteOf(resolvedEntry.message)) ||
    'The underlying problem has been fixed and the service is working normally again.';
  const started = incident.triggeredAt;
  const ended = incident.resolvedAt ?? incident.closedAt;
  return [
    `Hello ${ticket.requester.name},`,
    '',
    `The problem behind your request T-${ticket.number} has been resolved. Thank you for your patience.`,
    '',
    `What we saw: ${incident.title}.`,
    '',
    `Impact: ${IMPACT[incident.severity]}, from ${utc(started)}${ended ? ` until ${utc(ended)}` : ''}.`,
    '',
    'What happened:',
    ...highlights,
    '',
    `Resolution: ${resolution}`,
    '',
    'Please let us know if you still see any problem; we will reopen this ticket straight away.',
  ].join('\n');
}
