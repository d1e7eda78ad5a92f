import type { SlaState, TicketPriority, TicketStatus } from '../../generated/graphql';

export const TICKET_STATUSES: readonly TicketStatus[] = [
  'NEW',
  'OPEN',
  'PENDING_CUSTOMER',
  'PENDING_INCIDENT',
  'RESOLVED',
  'CLOSED',
  'MERGED',
];

export const TICKET_STATUS_STYLE: Record<TicketStatus, { label: string; color: string }> = {
  NEW: { label: 'New', color: 'blue' },
  OPEN: { label: 'Open', color: 'cyan' },
  PENDING_CUSTOMER: { label: 'Pending customer', color: 'grape' },
  PENDING_INCIDENT: { label: 'Pending incident', color: 'orange' },
  RESOLVED: { label: 'Resolved', color: 'green' },
  CLOSED: { label: 'Closed', color: 'gray' },
  MERGED: { label: 'Merged', color: 'gray' },
};

export const PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

export const PRIORITY_STYLE: Record<TicketPriority, { label: string; color: string }> = {
  URGENT: { label: 'Urgent', color: 'red' },
  HIGH: { label: 'High', color: 'orange' },
  NORMAL: { label: 'Normal', color: 'blue' },
  LOW: { label: 'Low', color: 'gray' },
};

/** At risk is amber, breached red. */
export const SLA_STYLE: Record<SlaState, { label: string; color: string }> = {
  ON_TRACK: { label: 'On track', color: 'teal' },
  AT_RISK: { label: 'At risk', color: 'yellow' },
  BREACHED: { label: 'Breached', color: 'red' },
  MET: { label: 'Met', color: 'green' },
};

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
  return (TICKET_STATUSES as readonly string[]).includes(value);
}

export function isPriority(value: string): value is TicketPriority {
  return (PRIORITIES as readonly string[]).includes(value);
}

export function ticketPath(id: string): string {
  return `/tickets/${id}`;
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
