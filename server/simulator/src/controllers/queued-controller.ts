import type { StoreEvent } from '../store/store.ts';
import type { Controller, ControllerContext } from './context.ts';
import { keyOf, WorkQueue } from './queue.ts';

/**
 * A controller driven by the store's events: `onEvent` queues the keys an event concerns, and
 * `sync` handles each queued key once per turn of the event loop. Given the resource it keeps
 * (`primary`), it starts with every object of it queued.
 */
export abstract class QueuedController implements Controller {
  protected readonly ctx: ControllerContext;
  protected readonly queue: WorkQueue;
  readonly #unsubscribe: () => void;

  constructor(ctx: ControllerContext, primary?: string) {
    this.ctx = ctx;
    this.queue = new WorkQueue((key) => this.sync(key));
    this.#unsubscribe = ctx.store.subscribe((e) => this.onEvent(e));
    if (primary) for (const o of ctx.store.values(primary)) this.queue.add(keyOf(o.metadata));
  }

  /** Queues the `namespace/name` of the `kind` that controls the object of `event`, if any. */
  protected queueController(event: StoreEvent, kind: string): void {
    const owner = event.object.metadata.ownerReferences?.find(
      (r) => r.controller && r.kind === kind,
    );
    if (owner) this.queue.add(`${event.object.metadata.namespace}/${owner.name}`);
  }

  protected abstract onEvent(event: StoreEvent): void;
  protected abstract sync(key: string): void;

  stop(): void {
    this.#unsubscribe();
    this.queue.stop();
  }
}
