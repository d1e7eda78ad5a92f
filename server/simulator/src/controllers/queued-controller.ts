import type { StoreEvent } from '../store/store.ts';
import type { Controller, ControllerContext } from './context.ts';
import { WorkQueue } from './queue.ts';

/**
 * A controller driven by the store's events: `onEvent` queues the keys an event concerns, and
 * `sync` handles each queued key once per turn of the event loop.
 */
export abstract class QueuedController implements Controller {
  protected readonly ctx: ControllerContext;
  protected readonly queue: WorkQueue;
  readonly #unsubscribe: () => void;

  constructor(ctx: ControllerContext) {
    this.ctx = ctx;
    this.queue = new WorkQueue((key) => this.sync(key));
    this.#unsubscribe = ctx.store.subscribe((e) => this.onEvent(e));
  }

  protected abstract onEvent(event: StoreEvent): void;
  protected abstract sync(key: string): void;

  stop(): void {
    this.#unsubscribe();
    this.queue.stop();
  }
}
