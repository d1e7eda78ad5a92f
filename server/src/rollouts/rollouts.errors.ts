import { AppError } from '../shared/errors.ts';

/** What can go wrong with rollouts. */
export const ROLLOUTS_ERROR_CODES = [
  'ROLLOUT_NOT_FOUND',
  'ROLLOUT_UNDER_WAY',
  'ILLEGAL_TRANSITION',
  'CHANGED_MEANWHILE',
] as const;
export type RolloutsErrorCode = (typeof ROLLOUTS_ERROR_CODES)[number];

export class RolloutsError extends AppError<RolloutsErrorCode> {}
