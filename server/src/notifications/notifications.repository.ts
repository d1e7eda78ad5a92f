import { nameTaken, type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type {
  ChannelRecord,
  ChannelType,
  DeliveryRecord,
  NotificationMessage,
} from './notifications.types.ts';

const channels = rowMapper<ChannelRecord>()(
  `id, name, type, url, email_to, enabled, is_fallback, consecutive_failures,
  disabled_reason, created_at, updated_at`,
  {
    emailTo: (r) => (r.email_to as string[] | null) ?? [],
    consecutiveFailures: (r) => Number(r.consecutive_failures),
  },
);
const CHANNEL_COLUMNS = channels.columns;

const deliveries = rowMapper<DeliveryRecord>()(
  `id, incident_id, channel_id, channel_type, channel_name, target, ordering_key,
  event, payload, idempotency_key, status, attempts, last_error, created_at, next_attempt_at,
  delivered_at`,
  { id: (r) => String(r.id), attempts: (r) => Number(r.attempts) },
);
const DELIVERY_COLUMNS = deliveries.columns;

export interface ChannelFields {
  name: string;
  type: ChannelType;
  url: string | null;
  emailTo: string[];
  isFallback: boolean;
}

export type NewDelivery = Pick<
  DeliveryRecord,
  'incidentId' | 'channelId' | 'channelType' | 'channelName' | 'target' | 'orderingKey'
> & { message: NotificationMessage; at: Date };

export const notificationsRepository = {
  async channels(db: Queryable): Promise<ChannelRecord[]> {
    const { rows } = await db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM notification_channels ORDER BY name`,
    );
    return rows.map(channels.from);
  },

  async channel(db: Queryable, id: string, lock = false): Promise<ChannelRecord | null> {
    const { rows } = await db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM notification_channels WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? channels.from(rows[0]) : null;
  },

  async channelsByIds(db: Queryable, ids: string[]): Promise<ChannelRecord[]> {
    if (!ids.length) return [];
    const { rows } = await db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM notification_channels WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(channels.from);
  },

  async fallbackChannels(db: Queryable): Promise<ChannelRecord[]> {
    const { rows } = await db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM notification_channels WHERE is_fallback AND enabled ORDER BY name`,
    );
    return rows.map(channels.from);
  },

  async secret(db: Queryable, id: string): Promise<string | null> {
    const { rows } = await db.query<{ secret: string | null }>(
      'SELECT secret FROM notification_channels WHERE id = $1',
      [id],
    );
    return rows[0]?.secret ?? null;
  },

  nameTaken(db: Queryable, name: string, exceptId?: string): Promise<boolean> {
    return nameTaken(db, 'notification_channels', name, exceptId);
  },

  async insertChannel(
    db: Queryable,
    c: ChannelFields & { secret: string | null },
  ): Promise<ChannelRecord> {
    const { rows } = await db.query(
      `INSERT INTO notification_channels (name, type, url, email_to, secret, is_fallback)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CHANNEL_COLUMNS}`,
      [c.name, c.type, c.url, c.emailTo, c.secret, c.isFallback],
    );
    return channels.from(rows[0] as StoredRow);
  },

  async updateChannel(
    db: Queryable,
    id: string,
    c: {
      name: string;
      url: string | null;
      emailTo: string[];
      isFallback: boolean;
      enabled: boolean;
      resetFailures: boolean;
    },
    at: Date,
  ): Promise<ChannelRecord> {
    const { rows } = await db.query(
      `UPDATE notification_channels SET name = $2, url = $3, email_to = $4, is_fallback = $5,
         enabled = $6, updated_at = $7,
         consecutive_failures = CASE WHEN $8 THEN 0 ELSE consecutive_failures END,
         disabled_reason = CASE WHEN $6 THEN NULL ELSE disabled_reason END
       WHERE id = $1 RETURNING ${CHANNEL_COLUMNS}`,
      [id, c.name, c.url, c.emailTo, c.isFallback, c.enabled, at, c.resetFailures],
    );
    return channels.from(rows[0] as StoredRow);
  },

  async deleteChannel(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM notification_channels WHERE id = $1', [id]);
  },

  /** Counts a failed attempt; returns the failures in a row. */
  async channelFailed(db: Queryable, id: string): Promise<number> {
    const { rows } = await db.query<{ consecutive_failures: number }>(
      `UPDATE notification_channels SET consecutive_failures = consecutive_failures + 1
       WHERE id = $1 RETURNING consecutive_failures`,
      [id],
    );
    return Number(rows[0]?.consecutive_failures ?? 0);
  },

  async channelSucceeded(db: Queryable, id: string): Promise<void> {
    await db.query(
      'UPDATE notification_channels SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0',
      [id],
    );
  },

  async disableChannel(db: Queryable, id: string, reason: string, at: Date): Promise<void> {
    await db.query(
      `UPDATE notification_channels SET enabled = false, disabled_reason = $2, updated_at = $3
       WHERE id = $1`,
      [id, reason, at],
    );
  },

  async enqueue(db: Queryable, d: NewDelivery): Promise<DeliveryRecord> {
    const { rows } = await db.query(
      `INSERT INTO notification_outbox (incident_id, channel_id, channel_type, channel_name, target,
         ordering_key, event, payload, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${DELIVERY_COLUMNS}`,
      [
        d.incidentId,
        d.channelId,
        d.channelType,
        d.channelName,
        d.target,
        d.orderingKey,
        d.message.event,
        JSON.stringify(d.message),
        d.at,
      ],
    );
    return deliveries.from(rows[0] as StoredRow);
  },

  /**
   * Pending messages due at `now`, each the oldest pending one of its ordering key, so a later
   * message for the same incident and channel waits for the earlier one.
   */
  async due(db: Queryable, now: Date, limit: number): Promise<DeliveryRecord[]> {
    const { rows } = await db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM notification_outbox o
       WHERE o.status = 'PENDING' AND o.next_attempt_at <= $1
         AND NOT EXISTS (SELECT 1 FROM notification_outbox e
           WHERE e.status = 'PENDING' AND e.ordering_key = o.ordering_key AND e.id < o.id)
       ORDER BY o.id LIMIT $2`,
      [now, limit],
    );
    return rows.map(deliveries.from);
  },

  /** When the next pending message falls due, if any. */
  async nextDue(db: Queryable): Promise<Date | null> {
    const { rows } = await db.query<{ at: Date | null }>(
      `SELECT min(next_attempt_at) AS at FROM notification_outbox WHERE status = 'PENDING'`,
    );
    return rows[0]?.at ?? null;
  },

  async pendingCount(db: Queryable): Promise<number> {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM notification_outbox WHERE status = 'PENDING'`,
    );
    return Number(rows[0]?.n ?? 0);
  },

  async markDelivered(db: Queryable, id: string, at: Date): Promise<boolean> {
    const { rowCount } = await db.query(
      `UPDATE notification_outbox SET status = 'DELIVERED', attempts = attempts + 1,
         delivered_at = $2, last_error = NULL, updated_at = $2
       WHERE id = $1 AND status = 'PENDING'`,
      [id, at],
    );
    return rowCount > 0;
  },

  /** Records a failed attempt: to retry at `retryAt`, or FAILED for good when it is null. */
  async markFailed(
    db: Queryable,
    id: string,
    error: string,
    at: Date,
    retryAt: Date | null,
  ): Promise<void> {
    await db.query(
      `UPDATE notification_outbox SET attempts = attempts + 1, last_error = $2, updated_at = $3,
         status = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
         next_attempt_at = coalesce($4::timestamptz, next_attempt_at)
       WHERE id = $1 AND status = 'PENDING'`,
      [id, error, at, retryAt],
    );
  },

  /** Gives up every pending message of a channel (it was disabled or deleted). */
  async failPendingOfChannel(db: Queryable, channelId: string, error: string, at: Date) {
    await db.query(
      `UPDATE notification_outbox SET status = 'FAILED', last_error = $2, updated_at = $3
       WHERE channel_id = $1 AND status = 'PENDING'`,
      [channelId, error, at],
    );
  },

  /** The channels and email addresses an incident's messages went to (or are going to). */
  async sentFor(
    db: Queryable,
    incidentId: string,
  ): Promise<{ channelIds: string[]; emails: string[] }> {
    const { rows } = await db.query<{ channel_id: string | null; target: string }>(
      `SELECT DISTINCT channel_id, CASE WHEN channel_id IS NULL THEN target END AS target
       FROM notification_outbox WHERE incident_id = $1 AND status <> 'FAILED'`,
      [incidentId],
    );
    return {
      channelIds: rows.flatMap((r) => (r.channel_id ? [r.channel_id] : [])),
      emails: rows.flatMap((r) => (r.channel_id ? [] : [r.target])),
    };
  },

  async forIncident(db: Queryable, incidentId: string): Promise<DeliveryRecord[]> {
    const { rows } = await db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM notification_outbox WHERE incident_id = $1 ORDER BY id`,
      [incidentId],
    );
    return rows.map(deliveries.from);
  },

  async delivery(db: Queryable, id: string): Promise<DeliveryRecord | null> {
    const { rows } = await db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM notification_outbox WHERE id = $1`,
      [id],
    );
    return rows[0] ? deliveries.from(rows[0]) : null;
  },
};
