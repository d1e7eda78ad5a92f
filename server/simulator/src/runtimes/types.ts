import type { SimClock } from '../clock.ts';
import type { RuntimeKind } from './images.ts';
import type { ModelProfile } from './model.ts';

/** Fault effects a running model server consults on every request and probe. */
export interface ServerEffects {
  hung: boolean;
  errorPercent: number;
  latencyFactor: number;
  kvExhausted: boolean;
  drift: boolean;
}

export const NO_EFFECTS: ServerEffects = {
  hung: false,
  errorPercent: 0,
  latencyFactor: 1,
  kvExhausted: false,
  drift: false,
};

/** How a container run ends: it keeps running, or exits at a time with a code and last words. */
export type Fate =
  | { kind: 'run' }
  | {
      kind: 'exit';
      atMs: number;
      code: number;
      reason: 'Error' | 'OOMKilled' | 'Completed';
      message?: string;
      lines: string[];
    };

export class ConnectionRefused extends Error {}

export type ServerPhase = 'loading' | 'warming' | 'ready' | 'exited';

export interface SimServerOptions {
  clock: SimClock;
  profile: ModelProfile;
  runtime: RuntimeKind;
  version: string;
  podIP: string;
  /** Multiplies the model load time (slow-start fault). */
  loadFactor: number;
  fate: Fate;
  effects: () => ServerEffects;
  log: (line: string) => void;
  onExit: (code: number, reason: 'Error' | 'OOMKilled' | 'Completed', message?: string) => void;
  seed: number;
}
