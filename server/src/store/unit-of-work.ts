import type { Db, Queryable } from './db.ts';

/** One transaction as its participants see it. */
export interface Work {
  readonly tx: Queryable;
  /** Runs `fn` once the transaction committed (never when it rolled back), in the order given. */
  afterCommit(fn: () => void): void;
}

/**
 * Opens a transaction for a change and lets each participant (the domain's repositories, the
 * audit entry, other domains' rules) write in it; what they want told afterwards (subscribers,
 * domain events) runs only after the commit.
 */
export class UnitOfWork {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async run<T>(fn: (work: Work) => Promise<T>): Promise<T> {
    const after: (() => void)[] = [];
    const result = await this.#db.transaction((tx) =>
      fn({ tx, afterCommit: (callback) => void after.push(callback) }),
    );
    for (const callback of after) callback();
    return result;
  }
}
