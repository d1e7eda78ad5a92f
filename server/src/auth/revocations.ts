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

export class Revocations {
  readonly #bus: EventBus;

  constructor(bus: EventBus) {
    this.#bus = bus;
  }

  /** Call after the change that ended access has committed. */
  publish(revocation: Revocation): void {
    this.#bus.publish(REVOCATION_TOPIC, revocation);
  }

  subscribe(): AsyncIterableIterator<Revocation> {
    return this.#bus.subscribe<Revocation>(REVOCATION_TOPIC);
  }
}
