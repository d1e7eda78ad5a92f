/**
 * Counts failed logins per key (an email, a client address) in a sliding window.
 * In memory, per replica: an attacker spread over replicas gets at most replicas × limit tries.
 */
export class LoginRateLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #max: number;
  readonly #windowMs: number;

  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string, now: number, max = this.#max): number {
    const recent = this.#recent(key, now);
    if (recent.length < max) return 0;
    const oldest = recent[recent.length - max] ?? now;
    return Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000));
  }

  fail(key: string, now: number): void {
    const recent = this.#recent(key, now);
    recent.push(now);
    this.#failures.set(key, recent);
    if (this.#failures.size > 100_000) this.#prune(now);
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((t) => t > now - this.#windowMs);
  }

  #prune(now: number): void {
    for (const [key, times] of this.#failures) {
      if (!times.some((t) => t > now - this.#windowMs)) this.#failures.delete(key);
    }
  }
}
