/**
 * For subscriptions that load the same record for each event: every subscription an event
 * reaches is handed the same event object by the bus, so the first one's lookup serves them all,
 * and an event to hundreds of subscribers reads the store once. Make one per kind of lookup.
 */
export function sharedPerEvent<E extends object, T>(): (
  event: E,
  load: () => Promise<T>,
) => Promise<T> {
  const loaded = new WeakMap<E, Promise<T>>();
  return (event, load) => {
    let record = loaded.get(event);
    if (!record) {
      record = load();
      loaded.set(event, record);
    }
    return record;
  };
}

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
