import { EventEmitter, on } from 'node:events';
import { mapEvents } from './map-events.ts';

/**
 * Publishes domain events to subscribers in this process (GraphQL subscriptions).
 * Several replicas will relay through PostgreSQL LISTEN/NOTIFY behind the same interface.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): void;
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  /** Number of open subscriptions, for metrics and tests. */
  subscriberCount(): number;
}

export class InMemoryEventBus implements EventBus {
  readonly #emitter = new EventEmitter({ captureRejections: false });

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  publish(topic: string, payload: unknown): void {
    this.#emitter.emit(topic, payload);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    // events.on() yields each emit's arguments as an array; a payload is the first.
    return mapEvents(
      on(this.#emitter, topic) as AsyncIterableIterator<[T]>,
      async ([payload]) => payload,
    );
  }

  subscriberCount(): number {
    // events.on() also listens for 'error' on each subscription; count the topics only.
    return this.#emitter
      .eventNames()
      .filter((name) => name !== 'error')
      .reduce((n, name) => n + this.#emitter.listenerCount(name), 0);
  }
}
