/**
 * One clock for the whole simulated cluster. Simulated time runs `acceleration` times faster than
 * real time and can also be pushed forward by hand (`advance`). Timers are kept in sim time; a
 * single real timer wakes the clock at the next due deadline.
 */

export interface SimTimer {
  readonly id: number;
}

interface PendingTimer {
  id: number;
  due: number;
  fn: () => void;
}

export class SimClock {
  private baseReal: number;
  private baseSim: number;
  private factor: number;
  private timers: PendingTimer[] = [];
  private nextId = 1;
  private realTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private firing = false;

  constructor(acceleration = 1, start = Date.now()) {
    if (!(acceleration > 0)) throw new Error('acceleration must be a positive number');
    this.baseReal = Date.now();
    this.baseSim = start;
    this.factor = acceleration;
  }

  /** Current simulated time in milliseconds since the epoch. */
  now(): number {
    return this.baseSim + (Date.now() - this.baseReal) * this.factor;
  }

  /** Current simulated time as an RFC 3339 timestamp with second precision, as Kubernetes writes it. */
  timestamp(offsetMs = 0): string {
    return new Date(this.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Current simulated time with microseconds (MicroTime), used by events.k8s.io and leases. */
  microTimestamp(): string {
    return new Date(this.now()).toISOString().replace(/Z$/, '000Z');
  }

  get acceleration(): number {
    return this.factor;
  }

  set acceleration(value: number) {
    if (!(value > 0)) throw new Error('acceleration must be a positive number');
    this.rebase();
    this.factor = value;
    this.schedule();
  }

  /** Moves simulated time forward by `ms` and fires every timer that became due. */
  advance(ms: number): void {
    if (ms < 0) throw new Error('the clock cannot go backwards');
    this.rebase();
    this.baseSim += ms;
    this.fireDue();
  }

  setTimeout(fn: () => void, delayMs: number): SimTimer {
    const timer: PendingTimer = { id: this.nextId++, due: this.now() + Math.max(0, delayMs), fn };
    this.insert(timer);
    if (!this.firing) this.schedule();
    return { id: timer.id };
  }

  clearTimeout(timer: SimTimer | undefined): void {
    if (!timer) return;
    const index = this.timers.findIndex((t) => t.id === timer.id);
    if (index >= 0) this.timers.splice(index, 1);
  }

  /** Number of pending timers (for tests and diagnostics). */
  get pending(): number {
    return this.timers.length;
  }

  stop(): void {
    this.stopped = true;
    this.timers = [];
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
  }

  private rebase(): void {
    const now = Date.now();
    this.baseSim += (now - this.baseReal) * this.factor;
    this.baseReal = now;
  }

  private insert(timer: PendingTimer): void {
    // Binary search keeps the list ordered by due time (then by id for equal deadlines).
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.timers[mid];
      if (other && other.due <= timer.due) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, timer);
  }

  private fireDue(): void {
    if (this.stopped) return;
    this.firing = true;
    try {
      let guard = 0;
      while (guard++ < 100_000) {
        const first = this.timers[0];
        if (!first || first.due > this.now()) break;
        this.timers.shift();
        first.fn();
      }
    } finally {
      this.firing = false;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
    const first = this.timers[0];
    if (!first) return;
    const realDelay = Math.max(0, (first.due - this.now()) / this.factor);
    this.realTimer = setTimeout(() => this.fireDue(), Math.min(realDelay, 2 ** 31 - 1));
  }
}
