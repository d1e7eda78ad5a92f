export const CHANNEL_TYPES = ['WEBHOOK', 'SLACK', 'EMAIL'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface ChannelRecord {
  id: string;
  name: string;
  type: ChannelType;
  url: string | null;
  emailTo: string[];
  enabled: boolean;
  isFallback: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type MessageEvent =
  | 'incident.triggered'
  | 'incident.escalated'
  | 'incident.fallback'
  | 'incident.acknowledged'
  | 'incident.resolved'
  | 'test';

export interface MessageIncident {
  id: string;
  number: number;
  title: string;
  status: string;
  severity: string;
  environment: string | null;
  deployment: { namespace: string; name: string } | null;
}

/** What every channel is sent, as JSON for webhooks, and rendered for Slack and email. */
export interface NotificationMessage {
  event: MessageEvent;
  /** One line for people: `INC-4 [SEV1] Model down — escalated to step 2`. */
  text: string;
  incident: MessageIncident | null;
  /** Who is being asked to respond. */
  onCall: { name: string; email: string }[];
  step?: number;
  round?: number;
  at: string;
}

/** Where one message goes: a channel, or a person's email address. */
export type Destination =
  | { kind: 'CHANNEL'; channel: ChannelRecord }
  | { kind: 'EMAIL'; address: string; name: string };

export interface DeliveryRecord {
  id: string;
  incidentId: string | null;
  channelId: string | null;
  channelType: ChannelType;
  channelName: string;
  target: string;
  orderingKey: string;
  event: MessageEvent;
  payload: NotificationMessage;
  idempotencyKey: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
}

/**
 * NOTIFY channel of the outbox: a transaction that writes outbox rows notifies it, which the
 * store delivers at the commit (to every replica on a PostgreSQL server), and the leader's
 * dispatcher starts at once.
 */
export const OUTBOX_CHANNEL = 'backline_outbox';
