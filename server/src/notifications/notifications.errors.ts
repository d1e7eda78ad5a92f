import { AppError } from '../shared/errors.ts';

/** What can go wrong with notification channels. */
export const NOTIFICATIONS_ERROR_CODES = [
  'CHANNEL_NOT_FOUND',
  'CHANNEL_NAME_TAKEN',
  'CHANNEL_IN_USE',
  'EMAIL_ADDRESS_MISSING',
] as const;
export type NotificationsErrorCode = (typeof NOTIFICATIONS_ERROR_CODES)[number];

export class NotificationsError extends AppError<NotificationsErrorCode> {}
