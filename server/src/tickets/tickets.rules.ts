import type { IncidentStatus } from '../incidents/index.ts';
import type { PauseRecord, SlaClockKind, TicketStatus } from './tickets.types.ts';

/** Where each status may go next. MERGED is reached only by merging; CLOSED and MERGED are final. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: ['OPEN', 'PENDING_CUSTOMER', 'PENDING_INCIDENT', 'RESOLVED', 'MERGED'],
  OPEN: ['PENDING_CUSTOMER', 'PENDING_INCIDENT', 'RESOLVED', 'MERGED'],
  PENDING_CUSTOMER: ['OPEN', 'PENDING_INCIDENT', 'RESOLVED', 'MERGED'],
  PENDING_INCIDENT: ['OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'MERGED'],
  RESOLVED: ['OPEN', 'CLOSED'],
  CLOSED: [],
  MERGED: [],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the ticket is still being worked on. */
export function isActive(status: TicketStatus): boolean {
  return status !== 'RESOLVED' && status !== 'CLOSED' && status !== 'MERGED';
}

/** The statuses that stop the clock while the ticket waits in them. */
export const PAUSING: readonly PauseRecord['status'][] = [
  'PENDING_CUSTOMER',
  'PENDING_INCIDENT',
  'RESOLVED',
];

export function isPausing(status: TicketStatus): status is PauseRecord['status'] {
  return (PAUSING as readonly string[]).includes(status);
}

/**
 * Which waits stop which clock. Waiting for the customer stops every clock: the next move is
 * theirs. Waiting for an incident stops only the resolution clock: the fix is out of the agent's
 * hands, but the customer is still owed a first response and regular updates while it lasts.
 * RESOLVED stops everything until the ticket is reopened.
 */
export const PAUSED_BY: Readonly<Record<SlaClockKind, readonly PauseRecord['status'][]>> = {
  FIRST_RESPONSE: ['PENDING_CUSTOMER', 'RESOLVED'],
  NEXT_UPDATE: ['PENDING_CUSTOMER', 'RESOLVED'],
  RESOLUTION: ['PENDING_CUSTOMER', 'PENDING_INCIDENT', 'RESOLVED'],
};

/** The status an agent's public reply leaves the ticket in: a NEW ticket becomes OPEN. */
export function statusAfterAgentReply(status: TicketStatus): TicketStatus {
  return status === 'NEW' ? 'OPEN' : status;
}

/** A customer writing back reopens the conversation, including a RESOLVED ticket. */
export function statusAfterCustomerReply(status: TicketStatus): TicketStatus {
  return status === 'PENDING_CUSTOMER' || status === 'RESOLVED' ? 'OPEN' : status;
}

/**
 * What happens to a ticket waiting in PENDING_INCIDENT when its incident changes:
 * - still open (TRIGGERED, ACKNOWLEDGED, MITIGATED): it keeps waiting;
 * - RESOLVED or CLOSED: back to OPEN with a suggested reply about what happened;
 * - CANCELED: back to OPEN, without a suggested reply (it was not an incident);
 * - MERGED: it follows the incident it was merged into.
 */
export type IncidentOutcome = 'WAIT' | 'REOPEN_WITH_SUMMARY' | 'REOPEN' | 'FOLLOW_MERGE';

export function onIncidentStatus(status: IncidentStatus): IncidentOutcome {
  switch (status) {
    case 'RESOLVED':
    case 'CLOSED':
      return 'REOPEN_WITH_SUMMARY';
    case 'CANCELED':
      return 'REOPEN';
    case 'MERGED':
      return 'FOLLOW_MERGE';
    default:
      return 'WAIT';
  }
}

/** Linking to an incident: an open one makes an active ticket wait for it; a finished one does not. */
export function statusOnLink(ticket: TicketStatus, incidentOpen: boolean): TicketStatus {
  return incidentOpen && isActive(ticket) ? 'PENDING_INCIDENT' : ticket;
}

/** Auto-close: RESOLVED for at least `afterMs`. */
export function dueForClose(
  status: TicketStatus,
  resolvedAt: Date | null,
  now: Date,
  afterMs: number,
): boolean {
  return (
    status === 'RESOLVED' && resolvedAt !== null && now.getTime() - resolvedAt.getTime() >= afterMs
  );
}
