import { AppError } from '../shared/errors.ts';

/** What can go wrong with postmortems. */
export const POSTMORTEMS_ERROR_CODES = [
  'INCIDENT_NOT_FOUND',
  'POSTMORTEM_NOT_FOUND',
  'ACTION_ITEM_NOT_FOUND',
  'USER_NOT_FOUND',
  'POSTMORTEM_EXISTS',
  'POSTMORTEM_PUBLISHED',
  'NOT_READY_TO_PUBLISH',
  'CLOSE_NEEDS_POSTMORTEM',
] as const;
export type PostmortemsErrorCode = (typeof POSTMORTEMS_ERROR_CODES)[number];

export class PostmortemsError extends AppError<PostmortemsErrorCode> {}
