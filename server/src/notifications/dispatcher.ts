import { type AuditService, SYSTEM_ACTOR } from '../audit/index.ts';
import type { EventBus } from '../events/index.ts';
import { INCIDENT_TOPIC, type IncidentRecords } from '../incidents/index.ts';
import type { Logger } from '../logging/index.ts';
import type { Clock } from '../shared/clock.ts';
import { SerialRunner } from '../shared/serial-runner.ts';
import { type Db, UnitOfWork } from '../store/index.ts';
import { DISABLE_AFTER_FAILURES, retryDelayMs } from './backoff.ts';
import { notificationsRepository as repo } from './notifications.repository.ts';
import { type ChannelType, type DeliveryRecord, OUTBOX_CHANNEL } from './notifications.types.ts';
import type { Senders, SendTarget } from './senders.ts';

export type DeliveryObserver = (
  channelType: ChannelType,
  outcome: 'delivered' | 'retry' | 'failed',
  seconds: number,
) => void;

export interface DispatcherOptions {
  db: Db;
  audit: AuditService;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
  senders: Senders;
  /** Incidents' timelines, which tell of each delivery. */
  incidents: Pick<IncidentRecords, 'appendTimeline'>;
  /** How often to look for messages due when nothing kicks it. */
  pollMs?: number;
  /** Messages (of different incidents or channels) delivered at the same time. */
  concurrency?: number;
  observe?: DeliveryObserver;
}

/**
 * Delivers the outbox. It runs on the leader only; messages with the same ordering key (one
 * incident on one channel) go one after the other. A message is marked delivered after the
 * receiver accepted it: a crash in between sends it again with the same Idempotency-Key.
 */
export class NotificationDispatcher {
  readonly #o: Required<Omit<DispatcherOptions, 'observe'>> & { observe?: DeliveryObserver };
  readonly #units: UnitOfWork;
  readonly #runner: SerialRunner;
  #listening: Promise<(() => Promise<void>) | undefined> | null = null;

  constructor(options: DispatcherOptions) {
    this.#o = { pollMs: 1000, concurrency: 8, ...options };
    this.#units = new UnitOfWork(this.#o.db);
    this.#runner = new SerialRunner(() =>
      this.#drain().catch((err: unknown) =>
        this.#o.logger.error({ err }, 'delivering notifications failed'),
      ),
    );
  }

  start(): void {
    if (!this.#runner.stopped) return;
    // A commit that wrote outbox rows notifies the channel: deliver at once, not at the next poll.
    this.#listening = Promise.resolve(
      this.#o.db.listen?.(OUTBOX_CHANNEL, () => this.kick(), {
        onListening: () => this.kick(),
        onError: (err) => this.#o.logger.warn({ err }, 'listening for the outbox failed'),
      }),
    ).catch((err: unknown) => {
      this.#o.logger.warn({ err }, 'could not listen for the outbox; polling only');
      return undefined;
    });
    this.#runner.start(this.#o.pollMs);
  }

  async stop(): Promise<void> {
    const stopping = this.#runner.stop();
    const unlisten = await this.#listening;
    this.#listening = null;
    await unlisten?.();
    await stopping;
  }

  /** Looks for due messages now (again right after the current pass, if one is running). */
  kick(): void {
    this.#runner.kick();
  }

  /** Delivers every due message, pass after pass, until a pass finds nothing. */
  async #drain(): Promise<void> {
    for (;;) {
      const due = await repo.due(this.#o.db, this.#o.clock.now(), this.#o.concurrency * 4);
      if (!due.length || this.#runner.stopped) return;
      const queue = [...due];
      await Promise.all(
        Array.from({ length: Math.min(this.#o.concurrency, queue.length) }, async () => {
          for (let d = queue.shift(); d; d = queue.shift()) {
            // One message's trouble must not hold up the others; it is tried again next pass.
            await this.#deliver(d).catch((err: unknown) =>
              this.#o.logger.error({ err, deliveryId: d?.id }, 'could not record a delivery'),
            );
          }
        }),
      );
    }
  }

  async #deliver(delivery: DeliveryRecord): Promise<void> {
    const { db, clock, senders } = this.#o;
    let target: SendTarget = { url: null, secret: null, to: [delivery.target] };
    let refusal: string | null = null;
    if (delivery.channelId) {
      const channel = await repo.channel(db, delivery.channelId);
      if (!channel) refusal = 'the channel was deleted';
      else if (!channel.enabled && delivery.event !== 'test') refusal = 'the channel is disabled';
      else {
        target = {
          url: channel.url,
          secret: channel.type === 'WEBHOOK' ? await repo.secret(db, channel.id) : null,
          to: channel.emailTo,
        };
      }
    } else if (delivery.channelType !== 'EMAIL') {
      refusal = 'the channel was deleted';
    }
    if (refusal) {
      await db.transaction((tx) =>
        repo.markFailed(tx, delivery.id, refusal as string, clock.now(), null),
      );
      this.#o.observe?.(delivery.channelType, 'failed', 0);
      return;
    }
    let error: string | null = null;
    try {
      await senders.send(delivery, target);
    } catch (err) {
      error = describeFailure(err);
    }
    const now = clock.now();
    const seconds = Math.max(0, (now.getTime() - delivery.createdAt.getTime()) / 1000);
    if (error === null) {
      await this.#units.run(async (work) => {
        // The channel row first, then the message's: every writer locks them in this order.
        if (delivery.channelId) await repo.channelSucceeded(work.tx, delivery.channelId);
        if (!(await repo.markDelivered(work.tx, delivery.id, now))) return;
        if (delivery.incidentId) {
          await this.#o.incidents.appendTimeline(work.tx, {
            incidentId: delivery.incidentId,
            at: now,
            kind: 'NOTIFIED',
            actor: SYSTEM_ACTOR,
            message: `Notified ${delivery.target} via ${delivery.channelName} (${delivery.channelType.toLowerCase()}).`,
            details: {
              deliveryId: delivery.id,
              channelId: delivery.channelId,
              event: delivery.event,
              attempts: delivery.attempts + 1,
            },
          });
        }
      });
      // The incident's timeline gained an entry: live views fetch it again.
      if (delivery.incidentId) {
        this.#o.bus.publish(INCIDENT_TOPIC, { id: delivery.incidentId });
      }
      this.#o.observe?.(delivery.channelType, 'delivered', seconds);
      return;
    }
    const delay = retryDelayMs(delivery.attempts + 1);
    this.#o.logger.warn(
      {
        deliveryId: delivery.id,
        channel: delivery.channelName,
        attempts: delivery.attempts + 1,
        error,
      },
      delay === null ? 'notification failed for good' : 'notification failed; will retry',
    );
    await this.#units.run(async (work) => {
      // The channel row first, then the message's: two failures of one channel at once would
      // otherwise each hold a message and wait for the other's (disabling fails every message).
      const failures = delivery.channelId
        ? await repo.channelFailed(work.tx, delivery.channelId)
        : 0;
      await repo.markFailed(
        work.tx,
        delivery.id,
        error,
        now,
        delay === null ? null : new Date(now.getTime() + delay),
      );
      if (!delivery.channelId || failures < DISABLE_AFTER_FAILURES) return;
      const channel = await repo.channel(work.tx, delivery.channelId, true);
      if (!channel?.enabled) return;
      const reason = `Disabled after ${failures} failed deliveries in a row; last: ${error}`;
      await repo.disableChannel(work.tx, channel.id, reason, now);
      await repo.failPendingOfChannel(work.tx, channel.id, 'the channel was disabled', now);
      await this.#o.audit.record(work, SYSTEM_ACTOR, {
        action: 'notification_channel.disable',
        targetType: 'notification_channel',
        targetId: channel.id,
        details: { name: channel.name, failures, lastError: error },
      });
    });
    this.#o.observe?.(delivery.channelType, delay === null ? 'failed' : 'retry', seconds);
  }
}

/** A failed attempt in a few words, for the delivery log: never the URL (it may hold a token). */
function describeFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'TimeoutError') return 'timed out after 5 s';
  const code = (err.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${err.message}: ${code}` : err.message;
}
