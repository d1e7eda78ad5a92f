import type { SlaState, TicketPriority, TicketStatus } from '../../generated/graphql';
import { isOneOf, stateStyles, statesOf } from '../../ui/stateStyle';

export const TICKET_STATUS_STYLE = stateStyles<TicketStatus>({
  NEW: 'blue',
  OPEN: 'cyan',
  PENDING_CUSTOMER: 'grape',
  PENDING_INCIDENT: 'orange',
  RESOLVED: 'green',
  CLOSED: 'gray',
  MERGED: 'gray',
});

export const TICKET_STATUSES = statesOf(TICKET_STATUS_STYLE);

export const PRIORITY_STYLE = stateStyles<TicketPriority>({
  URGENT: 'red',
  HIGH: 'orange',
  NORMAL: 'blue',
  LOW: 'gray',
});

export const PRIORITIES = statesOf(PRIORITY_STYLE);

/** At risk is amber, breached red. */
export const SLA_STYLE = stateStyles<SlaState>({
  ON_TRACK: 'teal',
  AT_RISK: 'yellow',
  BREACHED: 'red',
  MET: 'green',
});

export const CLOCK_LABEL = {
  FIRST_RESPONSE: 'First response',
  NEXT_UPDATE: 'Next update',
  RESOLUTION: 'Resolution',
} as const;

/** The statuses an agent sets by hand; PENDING_INCIDENT comes with a link, MERGED with a merge. */
export const MANUAL_MOVES: Record<TicketStatus, readonly TicketStatus[]> = {
  NEW: ['OPEN', 'PENDING_CUSTOMER', 'RESOLVED'],
  OPEN: ['PENDING_CUSTOMER', 'RESOLVED'],
  PENDING_CUSTOMER: ['OPEN', 'RESOLVED'],
  PENDING_INCIDENT: ['OPEN', 'PENDING_CUSTOMER', 'RESOLVED'],
  RESOLVED: ['OPEN', 'CLOSED'],
  CLOSED: [],
  MERGED: [],
};

export function isActive(status: TicketStatus): boolean {
  return status !== 'RESOLVED' && status !== 'CLOSED' && status !== 'MERGED';
}

export function isTicketStatus(value: string): value is TicketStatus {
  return isOneOf(TICKET_STATUSES, value);
}

export function isPriority(value: string): value is TicketPriority {
  return isOneOf(PRIORITIES, value);
}

/** "2h 05m", "3d 4h", "45m" for a span of milliseconds. */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${String(mins).padStart(2, '0')}m`;
  return `${mins}m`;
}
