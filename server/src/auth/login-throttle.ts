import type { Db } from '../store/index.ts';

/** One counter a sign-in attempt is charged to. */
export interface ThrottleKey {
  key: string;
  /** Failures within the window before attempts are spaced out. */
  limit: number;
  /** The longest wait between attempts once past the limit. */
  capMs: number;
}

/** The first wait past the limit; each further failure doubles it, up to the key's cap. */
const BASE_DELAY_MS = 1000;

export function throttleDelayMs(failures: number, limit: number, capMs: number): number {
  if (failures < limit) return 0;
  const exponent = Math.min(failures - limit, 30);
  return Math.min(BASE_DELAY_MS * 2 ** exponent, capMs);
}

interface Row {
  key: string;
  failures: number;
  window_start: Date;
  next_allowed_at: Date;
}

/**
 * Counts sign-in attempts in the store, before the password is checked: an attempt reserves
 * its place in one transaction (row locks on PostgreSQL, one connection on PGlite), so guesses
 * sent in parallel or to different replicas are counted as strictly as guesses sent one by one.
 * Past a key's limit, attempts are spaced out with a doubling delay instead of locked out.
 */
export class LoginThrottle {
  readonly #db: Db;
  readonly #windowMs: number;

  constructor(db: Db, windowMs: number) {
    this.#db = db;
    this.#windowMs = windowMs;
  }

  /**
   * Charges one attempt to every key, or none when any key must still wait; returns the
   * seconds to wait (0: go ahead and check the password).
   */
  async reserve(keys: ThrottleKey[], now: Date): Promise<number> {
    const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    return this.#db.transaction(async (tx) => {
      const rows = new Map<string, Row>();
      for (const k of sorted) {
        await tx.query(
          `INSERT INTO login_throttle (key, failures, window_start, next_allowed_at)
           VALUES ($1, 0, $2, $2) ON CONFLICT (key) DO NOTHING`,
          [k.key, now],
        );
        const { rows: found } = await tx.query<Row>(
          'SELECT key, failures, window_start, next_allowed_at FROM login_throttle WHERE key = $1 FOR UPDATE',
          [k.key],
        );
        if (found[0]) rows.set(k.key, found[0]);
      }
      let waitMs = 0;
      for (const k of sorted) {
        const row = rows.get(k.key);
        if (!row) continue;
        waitMs = Math.max(waitMs, new Date(row.next_allowed_at).getTime() - now.getTime());
      }
      if (waitMs > 0) return Math.ceil(waitMs / 1000);
      for (const k of sorted) {
        const row = rows.get(k.key);
        if (!row) continue;
        const expired = new Date(row.window_start).getTime() + this.#windowMs <= now.getTime();
        const failures = (expired ? 0 : row.failures) + 1;
        const next = new Date(now.getTime() + throttleDelayMs(failures, k.limit, k.capMs));
        await tx.query(
          `UPDATE login_throttle SET failures = $2, window_start = $3, next_allowed_at = $4
           WHERE key = $1`,
          [k.key, failures, expired ? now : row.window_start, next],
        );
      }
      return 0;
    });
  }

  /**
   * After a correct password: `clear` keys start afresh (the account and address, the account);
   * `refund` keys get the attempt back (an address may also sign in to other accounts).
   */
  async succeeded(clear: string[], refund: string[]): Promise<void> {
    await this.#db.transaction(async (tx) => {
      for (const key of clear) await tx.query('DELETE FROM login_throttle WHERE key = $1', [key]);
      for (const key of refund) {
        await tx.query(
          'UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1',
          [key],
        );
      }
    });
  }

  /** Forgets counters whose window has passed and that no longer delay anyone. */
  async purge(now: Date): Promise<number> {
    const result = await this.#db.query(
      'DELETE FROM login_throttle WHERE window_start < $1 AND next_allowed_at < $2',
      [new Date(now.getTime() - this.#windowMs), now],
    );
    return result.rowCount;
  }
}
