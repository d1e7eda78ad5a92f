import { AppError } from '../shared/errors.ts';

/** What can go wrong with tickets. */
export const TICKETS_ERROR_CODES = [
  'TICKET_NOT_FOUND',
  'INCIDENT_NOT_FOUND',
  'USER_NOT_FOUND',
  'NOTHING_TO_CHANGE',
  'MERGE_INTO_SELF',
  'MERGE_TARGET_CLOSED',
  'TICKET_CLOSED',
  'NOT_LINKED',
  'ILLEGAL_TRANSITION',
] as const;
export type TicketsErrorCode = (typeof TICKETS_ERROR_CODES)[number];

export class TicketsError extends AppError<TicketsErrorCode> {}
