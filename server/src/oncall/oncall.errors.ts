import { AppError } from '../shared/errors.ts';

/** What can go wrong with schedules, overrides and escalation policies. */
export const ONCALL_ERROR_CODES = [
  'RECORD_NOT_FOUND',
  'NAME_TAKEN',
  'CHANNEL_IN_USE',
  /** Only those who can acknowledge an incident (SREs and admins) are put on call. */
  'CANNOT_BE_ON_CALL',
] as const;
export type OnCallErrorCode = (typeof ONCALL_ERROR_CODES)[number];

export class OnCallError extends AppError<OnCallErrorCode> {}
