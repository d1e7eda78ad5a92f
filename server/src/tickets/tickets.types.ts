import type { ActorType } from '../audit/index.ts';
import type { ClockState, WeeklyWindow } from './business-calendar.ts';

export const TICKET_STATUSES = [
  'NEW',
  'OPEN',
  'PENDING_CUSTOMER',
  'PENDING_INCIDENT',
  'RESOLVED',
  'CLOSED',
  'MERGED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const VISIBILITIES = ['PUBLIC', 'INTERNAL'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type AuthorType = 'CUSTOMER' | 'AGENT' | 'SYSTEM';
export type TicketSource = 'CONSOLE' | 'INBOUND';

export const SLA_CLOCKS = ['FIRST_RESPONSE', 'NEXT_UPDATE', 'RESOLUTION'] as const;
export type SlaClockKind = (typeof SLA_CLOCKS)[number];

export const TICKET_VIEWS = ['ALL', 'MINE', 'UNASSIGNED', 'BREACHING'] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];

export interface Requester {
  name: string;
  email: string;
  organisation: string | null;
}

export interface TicketRecord {
  id: string;
  number: number;
  subject: string;
  description: string;
  priority: Priority;
  status: TicketStatus;
  requester: Requester;
  assigneeId: string | null;
  group: string | null;
  tags: string[];
  source: TicketSource;
  incidentId: string | null;
  mergedIntoId: string | null;
  suggestedReply: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstRespondedAt: Date | null;
  lastPublicReplyAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  createdBy: string;
}

export interface MessageRecord {
  id: string;
  ticketId: string;
  at: Date;
  visibility: Visibility;
  authorType: AuthorType;
  authorId: string | null;
  authorName: string;
  body: string;
}

export interface PauseRecord {
  status: 'PENDING_CUSTOMER' | 'PENDING_INCIDENT' | 'RESOLVED';
  from: Date;
  to: Date | null;
}

export interface CalendarRecord {
  id: string;
  name: string;
  timeZone: string;
  alwaysOpen: boolean;
  hours: WeeklyWindow[];
  holidays: string[];
}

export interface SlaPolicyRecord {
  priority: Priority;
  calendarId: string;
  firstResponseMinutes: number;
  nextUpdateMinutes: number;
  resolutionMinutes: number;
}

export interface SlaClockReading {
  kind: SlaClockKind;
  targetMinutes: number;
  startedAt: Date;
  state: ClockState;
  elapsedMs: number;
  remainingMs: number;
  dueAt: Date | null;
  paused: boolean;
}

export interface TicketSla {
  /** The worst state of the clocks still running (or breached); null when none applies. */
  state: ClockState | null;
  /** The soonest due time of the running clocks. */
  dueAt: Date | null;
  paused: boolean;
  clocks: SlaClockReading[];
}

export interface TicketFilter {
  view?: TicketView | null;
  viewerId?: string | null;
  status?: readonly TicketStatus[] | null;
  priority?: readonly Priority[] | null;
  search?: string | null;
  incidentId?: string | null;
  first?: number | null;
}

export const TICKET_TOPIC = 'ticket.changed';

export interface TicketChanged {
  id: string;
}

export interface ActorRef {
  type: ActorType;
  id: string | null;
  name: string;
}

/** `T-1042`. */
export function ticketRef(ticket: Pick<TicketRecord, 'number'>): string {
  return `T-${ticket.number}`;
}
