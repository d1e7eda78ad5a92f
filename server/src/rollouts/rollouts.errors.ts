import { AppError } from '../shared/errors.ts';

/** What can go wrong with rollouts. */
export const ROLLOUTS_ERROR_CODES = [
  'ROLLOUT_NOT_FOUND',
  'ROLLOUT_UNDER_WAY',
  'ILLEGAL_TRANSITION',
  'CHANGED_MEANWHILE',
  /** A shadow step asked of a deployment with no Gateway to copy requests through. */
  'NEEDS_GATEWAY',
] as const;
export type RolloutsErrorCode = (typeof ROLLOUTS_ERROR_CODES)[number];

export class RolloutsError extends AppError<RolloutsErrorCode> {}
