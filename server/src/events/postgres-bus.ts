import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db, Unlisten } from '../store/index.ts';
import { type EventBus, InMemoryEventBus } from './bus.ts';

/** NOTIFY refuses payloads of 8,000 bytes or more; keep a margin. */
export const INLINE_PAYLOAD_LIMIT_BYTES = 7_000;
const PRUNE_EVERY_MS = 60_000;

export interface PostgresEventBusOptions {
  /** The NOTIFY channel (default `backline_events`); every replica must use the same. */
  channel?: string;
  /** This replica's name on the events it publishes (default: random). */
  origin?: string;
  /** Events that could not be sent or read, for the log. */
  onError?: (error: Error) => void;
}

const envelope = z.union([
  z.object({ topic: z.string(), origin: z.string(), payload: z.unknown() }),
  // A payload too large to notify, stored in event_payloads under `ref`.
  z.object({ topic: z.string(), origin: z.string(), ref: z.union([z.string(), z.number()]) }),
]);

/**
 * An EventBus shared by every replica on one database, through LISTEN/NOTIFY. A replica
 * delivers even its own events from the notification, not directly, so every subscriber
 * everywhere sees the events of one publisher in the order they were published. Delivery
 * is at most once: events published while a replica's listening connection is being
 * re-established do not reach that replica.
 */
export class PostgresEventBus implements EventBus {
  readonly origin: string;
  readonly #db: Db;
  readonly #channel: string;
  readonly #onError: (error: Error) => void;
  readonly #local = new InMemoryEventBus();
  #sending: Promise<void> = Promise.resolve();
  #receiving: Promise<void> = Promise.resolve();
  #unlisten: Unlisten | undefined;
  #listening = false;
  #closed = false;
  #lastPruneMs = 0;

  /** Listens on `db` (which must support LISTEN) and returns the bus once it listens. */
  static async start(db: Db, options: PostgresEventBusOptions = {}): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(db, options);
    await bus.#listen();
    return bus;
  }

  constructor(db: Db, options: PostgresEventBusOptions = {}) {
    this.#db = db;
    this.#channel = options.channel ?? 'backline_events';
    this.origin = options.origin ?? randomBytes(6).toString('hex');
    this.#onError = options.onError ?? (() => {});
  }

  publish(topic: string, payload: unknown): void {
    if (this.#closed) {
      this.#onError(new Error(`Event ${topic} published after the event bus closed`));
      return;
    }
    // One at a time, so this replica's events are notified in the order they were published.
    this.#sending = this.#sending
      .then(() => this.#send(topic, payload))
      .catch((error: unknown) => this.#report(error));
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.#local.subscribe<T>(topic);
  }

  subscriberCount(): number {
    return this.#local.subscriberCount();
  }

  /** Whether the listening connection is up (it is re-established after it drops). */
  isListening(): boolean {
    return this.#listening;
  }

  /** Resolves once every event published so far has been handed to the database. */
  async flush(): Promise<void> {
    await this.#sending;
  }

  /** Sends what was published, then stops listening. Subscriptions stay open but idle. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#sending;
    const unlisten = this.#unlisten;
    this.#unlisten = undefined;
    this.#listening = false;
    await unlisten?.();
    await this.#receiving;
  }

  async #listen(): Promise<void> {
    if (!this.#db.listen) {
      throw new Error(`The ${this.#db.kind} store cannot LISTEN; PostgresEventBus needs it`);
    }
    this.#unlisten = await this.#db.listen(this.#channel, (raw) => this.#received(raw), {
      onListening: () => {
        this.#listening = true;
      },
      onError: (error) => {
        this.#listening = false;
        this.#onError(error);
      },
    });
  }

  async #send(topic: string, payload: unknown): Promise<void> {
    const inline = JSON.stringify({ topic, origin: this.origin, payload });
    if (Buffer.byteLength(inline, 'utf8') <= INLINE_PAYLOAD_LIMIT_BYTES) {
      await this.#db.query('SELECT pg_notify($1, $2)', [this.#channel, inline]);
      return;
    }
    // One statement, so the notification goes out only when the stored payload is committed.
    await this.#db.query(
      `WITH stored AS (INSERT INTO event_payloads (payload) VALUES ($1::jsonb) RETURNING id)
       SELECT pg_notify($2, json_build_object('topic', $3::text, 'origin', $4::text, 'ref', stored.id)::text)
       FROM stored`,
      [JSON.stringify(payload ?? null), this.#channel, topic, this.origin],
    );
    await this.#prune();
  }

  /** Deletes stored payloads every replica has long since read. */
  async #prune(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastPruneMs < PRUNE_EVERY_MS) return;
    this.#lastPruneMs = now;
    await this.#db.query(
      "DELETE FROM event_payloads WHERE created_at < now() - interval '10 minutes'",
    );
  }

  #received(raw: string): void {
    // In order of arrival, even when a stored payload has to be read first.
    this.#receiving = this.#receiving
      .then(() => this.#deliver(raw))
      .catch((error: unknown) => this.#report(error));
  }

  async #deliver(raw: string): Promise<void> {
    const message = envelope.parse(JSON.parse(raw));
    if (!('ref' in message)) {
      this.#local.publish(message.topic, message.payload);
      return;
    }
    const { rows } = await this.#db.query<{ payload: unknown }>(
      'SELECT payload FROM event_payloads WHERE id = $1',
      [String(message.ref)],
    );
    const row = rows[0];
    if (!row) throw new Error(`Payload ${message.ref} of event ${message.topic} is gone`);
    this.#local.publish(message.topic, row.payload);
  }

  #report(error: unknown): void {
    this.#onError(error instanceof Error ? error : new Error(String(error)));
  }
}
