import type { Clock } from '../../server/src/shared/clock.ts';

/** A clock that moves only when told to, for expiry and timer tests. */
export class TestClock implements Clock {
  #now: number;

  constructor(start = Date.parse('2026-11-27T09:00:00.000Z')) {
    this.#now = start;
  }

  now(): Date {
    return new Date(this.#now);
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}
