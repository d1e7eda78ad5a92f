/**
 * Domain events: what one domain tells the others happened, after its transaction committed,
 * in this process. Each domain declares its events as a map of name to payload
 * (`RolloutEvents`, `HealthEvents`, …); a reacting domain subscribes in its own folder
 * (`incidents/reactions.ts`). Unlike the EventBus, nothing here crosses replicas: the replica
 * that made the change reacts to it, once. See docs/adr/0030-domain-events.md.
 */
export type EventMap = object;

export type Handler<E> = (event: E) => void | Promise<void>;

/** The side a publishing domain is given. */
export interface Publisher<M extends EventMap> {
  /** Tells every subscriber and returns at once; a subscriber's failure goes to the error handler. */
  publish<K extends keyof M & string>(type: K, event: M[K]): void;
  /**
   * Tells every subscriber and resolves when all have finished; rejects when one failed, for a
   * publisher that tells again later (an at-least-once report).
   */
  deliver<K extends keyof M & string>(type: K, event: M[K]): Promise<void>;
}

/** The side a reacting domain is given. */
export interface Subscriber<M extends EventMap> {
  /** Runs `handler` for every event of `type`, in subscription order; returns an unsubscribe. */
  on<K extends keyof M & string>(type: K, handler: Handler<M[K]>): () => void;
}

export class DomainEvents<M extends EventMap> implements Publisher<M>, Subscriber<M> {
  readonly #handlers = new Map<string, Handler<never>[]>();
  readonly #onError: (err: unknown, type: string) => void;

  constructor(options: { onError: (err: unknown, type: string) => void }) {
    this.#onError = options.onError;
  }

  on<K extends keyof M & string>(type: K, handler: Handler<M[K]>): () => void {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler as Handler<never>);
    this.#handlers.set(type, list);
    return () => {
      const at = list.indexOf(handler as Handler<never>);
      if (at >= 0) list.splice(at, 1);
    };
  }

  publish<K extends keyof M & string>(type: K, event: M[K]): void {
    this.deliver(type, event).catch((err: unknown) => this.#onError(err, type));
  }

  async deliver<K extends keyof M & string>(type: K, event: M[K]): Promise<void> {
    const failures: unknown[] = [];
    for (const handler of [...(this.#handlers.get(type) ?? [])]) {
      try {
        await (handler as Handler<M[K]>)(event);
      } catch (err) {
        failures.push(err);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length)
      throw new AggregateError(failures, `${failures.length} subscribers of ${type} failed`);
  }
}
