import type { Revocation } from './revocations.ts';

/** Whose credentials an entry holds, to find the entries a revocation or a user's change ends. */
export interface CachedIdentity {
  userId: string;
  sessionIdHash?: string;
  tokenId?: string;
}

interface Entry<T> {
  value: T;
  identity: CachedIdentity;
  storedAt: number;
}

/**
 * What the store said about a presented session or token (its row and its user's), kept for a
 * few seconds so a burst of requests with the same credentials reads the store once. Every check
 * (revoked, expired, idle, disabled) still runs on each request against the kept rows; what
 * ends access is dropped from here at once, in this process when it is published, so an ended
 * session or token is refused by the very next request. Entries of other replicas' changes are
 * dropped when the event bus brings them, and in any case after `ttlMs`.
 */
export class IdentityCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  /** Counts what was forgotten, so a read that was under way then is not kept. */
  #generation = 0;

  constructor(options: { ttlMs: number; maxEntries?: number }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  get(key: string, now: number): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt >= this.#ttlMs || now < entry.storedAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** To pass to `set`: taken before the store is read. */
  generation(): number {
    return this.#generation;
  }

  /**
   * Keeps what the store said, unless something was forgotten since `generation`: that read may
   * predate the revocation, and keeping it would undo it.
   */
  set(key: string, value: T, identity: CachedIdentity, now: number, generation: number): void {
    if (this.#ttlMs <= 0 || generation !== this.#generation) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      // Oldest first (insertion order); a full cache drops the oldest entry.
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, identity, storedAt: now });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /**
   * Drops every entry the revocation touches: all of a user's, even a session it keeps (its
   * user row changed too), the session signed out, the tokens revoked.
   */
  forget(change: Pick<Revocation, 'userId' | 'sessionIdHash' | 'tokenIds'>): void {
    this.#generation++;
    for (const [key, { identity }] of this.#entries) {
      if (
        (change.userId && change.userId === identity.userId) ||
        (change.sessionIdHash && change.sessionIdHash === identity.sessionIdHash) ||
        (identity.tokenId && change.tokenIds?.includes(identity.tokenId))
      ) {
        this.#entries.delete(key);
      }
    }
  }
}
