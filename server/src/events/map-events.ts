/**
 * Turns a stream of change events into a stream of the changed records a
 * subscription sends: events `load` maps to null (filtered out, or gone) are skipped.
 * Closing the result closes the source.
 */
export function mapEvents<E, T>(
  source: AsyncIterableIterator<E>,
  load: (event: E) => Promise<T | null>,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const event = await source.next();
        if (event.done) return { done: true, value: undefined };
        const record = await load(event.value);
        if (record !== null) return { done: false, value: record };
      }
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
