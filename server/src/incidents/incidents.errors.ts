import { AppError } from '../shared/errors.ts';

/** What can go wrong with incidents. */
export const INCIDENTS_ERROR_CODES = [
  'INCIDENT_NOT_FOUND',
  'USER_NOT_FOUND',
  'MERGE_INTO_SELF',
  'MERGE_TARGET_CLOSED',
  'SEVERITY_UNCHANGED',
  'NOBODY_NAMED',
  'SIGNAL_CONTENDED',
  'ILLEGAL_TRANSITION',
] as const;
export type IncidentsErrorCode = (typeof INCIDENTS_ERROR_CODES)[number];

export class IncidentsError extends AppError<IncidentsErrorCode> {}
