export { BACKOFF_BASE_MS, DISABLE_AFTER_FAILURES, MAX_ATTEMPTS, retryDelayMs } from './backoff.ts';
export { type DeliveryObserver, NotificationDispatcher } from './dispatcher.ts';
export { emailMessage, slackMessage } from './format.ts';
export {
  NOTIFICATIONS_ERROR_CODES,
  NotificationsError,
  type NotificationsErrorCode,
} from './notifications.errors.ts';
export { NotificationsService } from './notifications.service.ts';
export type {
  ChannelRecord,
  ChannelType,
  DeliveryRecord,
  Destination,
  MessageEvent,
  NotificationMessage,
} from './notifications.types.ts';
export { createSenders, type Senders, type SmtpSettings } from './senders.ts';
export { signPayload, verifyWebhook, webhookHeaders } from './signing.ts';
