/** Freezes `value` and everything it holds, so that a row shared between readers stays as read. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/**
 * Rows that never change once written, kept after their first read so that later reads skip the
 * store. Only rows found are kept (one may be written later, by this replica or another), up to
 * `max`, the oldest read going first. What it hands out is frozen: every reader shares it.
 */
export class WrittenOnce<T> {
  readonly #rows = new Map<string, T>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  /** The rows with these ids, by id: those kept, and the rest from `read`. */
  async get(
    ids: readonly string[],
    read: (missing: string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const row = this.#rows.get(id);
      if (row === undefined) missing.push(id);
      else found.set(id, row);
    }
    if (missing.length === 0) return found;
    for (const [id, row] of await read(missing)) {
      this.#rows.set(id, deepFreeze(row));
      found.set(id, row);
    }
    for (const oldest of this.#rows.keys()) {
      if (this.#rows.size <= this.#max) break;
      this.#rows.delete(oldest);
    }
    return found;
  }
}
