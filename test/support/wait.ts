/** Polls until `check` returns a value (not undefined), or fails after the deadline. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Reads `url`/metrics until every pattern matches, and returns that text: counters move when
 * the work they count finishes, which may be a moment after what the test waited for.
 */
export function waitForMetrics(
  url: string,
  patterns: RegExp[],
  timeoutMs = 30_000,
): Promise<string> {
  return waitFor(
    `${patterns.map(String).join(' and ')} in ${url}/metrics`,
    async () => {
      const text = await (await fetch(`${url}/metrics`)).text();
      return patterns.every((p) => p.test(text)) ? text : undefined;
    },
    timeoutMs,
  );
}
