import type { Registry } from '../api/registry.ts';
import type { SimClock } from '../clock.ts';
import type { ObjectStore } from '../store/store.ts';
import type { EventRecorder } from './events.ts';

/** What every controller gets: the store, the write path, the clock and the event recorder. */
export interface ControllerContext {
  store: ObjectStore;
  registry: Registry;
  clock: SimClock;
  recorder: EventRecorder;
}

export interface Controller {
  stop(): void;
}
