/** Waits between attempts: 10 s, doubling, at most 10 min; about 20 minutes in all. */
export const BACKOFF_BASE_MS = 10_000;
export const BACKOFF_CAP_MS = 10 * 60_000;
/** The first attempt and seven retries: 10 + 20 + 40 + 80 + 160 + 320 + 600 s ≈ 20.5 min. */
export const MAX_ATTEMPTS = 8;
/** A channel is disabled after this many failed attempts in a row, over all its messages. */
export const DISABLE_AFTER_FAILURES = 10;

/** How long to wait after the `attempts`-th failed attempt, or null to give up. */
export function retryDelayMs(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_CAP_MS);
}
