import type { EventBus } from '../events/index.ts';

export const REVOCATION_TOPIC = 'auth.revoked';

/**
 * Something that ended access: a session (sign-out), tokens (revoked with what they made), or
 * every session and token of a user (disabled, role or password changed). Open subscriptions
 * bound to it are closed on every replica (the event bus relays through PostgreSQL).
 */
export interface Revocation {
  reason: 'LOGOUT' | 'TOKEN_REVOKED' | 'USER_DISABLED' | 'ROLE_CHANGED' | 'PASSWORD_CHANGED';
  /** Every session and token of this user, except `keepSession`. */
  userId?: string;
  keepSession?: string;
  sessionIdHash?: string;
  tokenIds?: string[];
}

/** Whether a connection authenticated as this session or token is ended by the revocation. */
export function revokes(
  revocation: Revocation,
  identity: { userId: string; sessionIdHash?: string; tokenId?: string },
): boolean {
  if (revocation.userId && revocation.userId === identity.userId) {
    return !(revocation.keepSession && revocation.keepSession === identity.sessionIdHash);
  }
  if (revocation.sessionIdHash && revocation.sessionIdHash === identity.sessionIdHash) return true;
  return Boolean(identity.tokenId && revocation.tokenIds?.includes(identity.tokenId));
}

/** A user's row changed without ending any access (a name; a role set at single sign-on). */
export interface UserChanged {
  userId: string;
}

export const USER_CHANGED_TOPIC = 'auth.user-changed';

export class Revocations {
  readonly #bus: EventBus;
  readonly #local = new Set<(change: Revocation | UserChanged) => void>();

  constructor(bus: EventBus) {
    this.#bus = bus;
  }

  /** Call after the change that ended access has committed. */
  publish(revocation: Revocation): void {
    this.#tellLocal(revocation);
    this.#bus.publish(REVOCATION_TOPIC, revocation);
  }

  /** Call after a change to a user's row that ends no access has committed. */
  userChanged(userId: string): void {
    const change: UserChanged = { userId };
    this.#tellLocal(change);
    this.#bus.publish(USER_CHANGED_TOPIC, change);
  }

  subscribe(): AsyncIterableIterator<Revocation> {
    return this.#bus.subscribe<Revocation>(REVOCATION_TOPIC);
  }

  /**
   * Calls `listener` with every revocation and user change: at once, before `publish` returns,
   * for those of this process; as the event bus delivers them, for every replica's (this one's
   * again included). For what keeps copies of users, sessions or tokens, for the process's life.
   */
  watch(listener: (change: Revocation | UserChanged) => void): void {
    this.#local.add(listener);
    for (const stream of [
      this.#bus.subscribe<Revocation>(REVOCATION_TOPIC),
      this.#bus.subscribe<UserChanged>(USER_CHANGED_TOPIC),
    ]) {
      // A bus's stream ends when the bus closes; it has nothing to report before.
      void (async () => {
        for await (const change of stream) listener(change);
      })().catch(() => {});
    }
  }

  #tellLocal(change: Revocation | UserChanged): void {
    for (const listener of this.#local) listener(change);
  }
}
