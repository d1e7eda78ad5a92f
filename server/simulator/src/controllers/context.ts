import type { Registry } from '../api/registry.ts';
import type { SimClock } from '../clock.ts';
import type { ObjectStore } from '../store/store.ts';
import type { EventRecorder } from './events.ts';

/** One container exit, as the kubelet saw it: the simulator's own record, to the millisecond. */
export interface ContainerExit {
  namespace: string;
  pod: string;
  container: string;
  exitCode: number;
  reason: string;
  /** Simulated time of the exit. */
  at: number;
  /** The process's wall-clock time of the exit (Date.now()), whatever the acceleration. */
  wallAt: number;
}

/** What every controller gets: the store, the write path, the clock and the event recorder. */
export interface ControllerContext {
  store: ObjectStore;
  registry: Registry;
  clock: SimClock;
  recorder: EventRecorder;
  /** Told of every container exit, when the simulator keeps a record of them. */
  exited?: (exit: ContainerExit) => void;
}

export interface Controller {
  stop(): void;
}
