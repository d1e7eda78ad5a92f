import type { Actor, AuditService, RecordAudit } from '../audit/index.ts';
import type { Clock } from '../shared/clock.ts';
import type { Db, Queryable } from '../store/index.ts';
import { AuthError } from './auth.errors.ts';
import { sessionsRepository, tokensRepository, usersRepository } from './auth.repository.ts';
import {
  type AuthFailure,
  BOOTSTRAP_ADMIN_EMAIL,
  type Principal,
  type UserRecord,
} from './auth.types.ts';
import type { LoginThrottle, ThrottleKey } from './login-throttle.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.ts';
import type { Revocations } from './revocations.ts';
import { lowerRole } from './roles.ts';
import { hashSecret, newSessionSecret, TOKEN_PREFIX } from './secrets.ts';

export interface SessionPolicy {
  idleTimeoutMs: number;
  maxAgeMs: number;
}

/** How often a session's last-seen time is written back; reads in between are free. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Creates or updates the user signing in, inside the sign-in's transaction. */
export type Provision = (
  tx: Queryable,
  audit: RecordAudit,
  now: Date,
) => Promise<{ user: UserRecord; details: Record<string, unknown> }>;

export type Authentication = { principal: Principal } | { failure: AuthFailure };

export function actorOf(principal: Principal): Actor {
  return principal.token
    ? {
        type: 'TOKEN',
        id: principal.token.id,
        name: `token:${principal.token.name} (${principal.user.email})`,
      }
    : { type: 'USER', id: principal.user.id, name: principal.user.email };
}

export class AuthService {
  readonly #db: Db;
  readonly #audit: AuditService;
  readonly #clock: Clock;
  readonly #policy: SessionPolicy;
  readonly #throttle: LoginThrottle;
  readonly #maxAttempts: number;
  readonly #windowMs: number;
  readonly #revocations: Revocations;
  readonly #passwordLogin: 'on' | 'bootstrap-admin';

  constructor(deps: {
    db: Db;
    audit: AuditService;
    clock: Clock;
    session: SessionPolicy;
    throttle: LoginThrottle;
    maxAttempts: number;
    windowMs: number;
    revocations: Revocations;
    /** bootstrap-admin: only the first admin may sign in with a password (single sign-on for the rest). */
    passwordLogin?: 'on' | 'bootstrap-admin';
  }) {
    this.#db = deps.db;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#policy = deps.session;
    this.#throttle = deps.throttle;
    this.#maxAttempts = deps.maxAttempts;
    this.#windowMs = deps.windowMs;
    this.#revocations = deps.revocations;
    this.#passwordLogin = deps.passwordLogin ?? 'on';
  }

  async login(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ secret: string; principal: Principal }> {
    const now = this.#clock.now();
    const account = email.trim().toLowerCase();
    if (this.#passwordLogin === 'bootstrap-admin' && account !== BOOTSTRAP_ADMIN_EMAIL) {
      throw new AuthError(
        'FORBIDDEN',
        'Password sign-in is turned off; sign in with single sign-on instead.',
      );
    }
    const keys = this.#throttleKeys(account, client.ip ?? 'unknown');
    // Counted before the password is checked, so parallel guesses cannot outrun the count.
    const wait = await this.#throttle.reserve(keys, now);
    if (wait > 0) {
      throw new AuthError(
        'RATE_LIMITED',
        `Too many failed sign-in attempts. Try again in ${wait} seconds.`,
        { retryAfterSeconds: wait },
      );
    }
    const found = await usersRepository.findCredentials(this.#db, email.trim());
    const valid = await verifyPassword(
      password,
      found?.passwordHash ?? (await DUMMY_PASSWORD_HASH),
    );
    if (!found || !valid || found.user.disabled) {
      throw new AuthError('UNAUTHENTICATED', 'Email or password is incorrect.');
    }
    const [pair, address, anyAddress] = keys as [ThrottleKey, ThrottleKey, ThrottleKey];
    await this.#throttle.succeeded([pair.key, anyAddress.key], [address.key]);
    const user = found.user;
    return this.#startSession(
      { type: 'USER', id: user.id, name: user.email },
      client,
      'auth.login',
      async () => ({ user, details: {} }),
    );
  }

  /**
   * What a sign-in attempt is charged to: this account from this address (the limit), the
   * address across accounts (five times it), and the account from anywhere (five times it, with
   * a short cap, so nobody can keep the owner out for long by guessing from many addresses).
   */
  #throttleKeys(account: string, ip: string): ThrottleKey[] {
    const max = this.#maxAttempts;
    return [
      { key: `account-address:${account}|${ip}`, limit: max, capMs: this.#windowMs },
      { key: `address:${ip}`, limit: max * 5, capMs: this.#windowMs },
      { key: `account:${account}`, limit: max * 5, capMs: Math.min(60_000, this.#windowMs) },
    ];
  }

  /** Forgets sign-in counters that no longer matter. */
  purgeThrottle(): Promise<number> {
    return this.#throttle.purge(this.#clock.now());
  }

  /**
   * Signs in a user whom the identity provider vouched for. `provision` runs first in the
   * same transaction, creating or updating the user and recording that, so the account, the
   * session and their audit entries commit together (or not at all).
   */
  loginWith(
    actor: Actor,
    client: ClientInfo,
    action: string,
    provision: Provision,
  ): Promise<{ secret: string; principal: Principal }> {
    return this.#startSession(actor, client, action, provision);
  }

  async #startSession(
    actor: Actor,
    client: ClientInfo,
    action: string,
    provision: Provision,
  ): Promise<{ secret: string; principal: Principal }> {
    const now = this.#clock.now();
    const secret = newSessionSecret();
    const idHash = hashSecret(secret);
    const expiresAt = new Date(now.getTime() + this.#policy.maxAgeMs);
    const user = await this.#audit.change(actor, async (tx, audit) => {
      const { user, details } = await provision(tx, audit, now);
      await sessionsRepository.insert(tx, { idHash, userId: user.id, now, expiresAt, ...client });
      await usersRepository.recordLogin(tx, user.id, now);
      await audit({
        action,
        targetType: 'user',
        targetId: user.id,
        details: { ...details, ip: client.ip, userAgent: client.userAgent },
      });
      return user;
    });
    return {
      secret,
      principal: {
        user: { ...user, lastLoginAt: now },
        role: user.role,
        method: 'SESSION',
        session: { idHash, expiresAt },
      },
    };
  }

  async logout(principal: Principal): Promise<void> {
    const session = principal.session;
    if (!session)
      throw new AuthError(
        'BAD_USER_INPUT',
        'Only a browser session can sign out; revoke the token instead.',
      );
    await this.#audit.change(actorOf(principal), async (tx, audit) => {
      await sessionsRepository.delete(tx, session.idHash);
      await audit({ action: 'auth.logout', targetType: 'user', targetId: principal.user.id });
    });
    this.#revocations.publish({ reason: 'LOGOUT', sessionIdHash: session.idHash });
  }

  async authenticateSession(secret: string): Promise<Authentication> {
    const now = this.#clock.now();
    const idHash = hashSecret(secret);
    const session = await sessionsRepository.find(this.#db, idHash);
    if (!session) return { failure: 'SESSION_INVALID' };
    const idleExpiry = session.lastSeenAt.getTime() + this.#policy.idleTimeoutMs;
    if (session.expiresAt.getTime() <= now.getTime() || idleExpiry <= now.getTime()) {
      await sessionsRepository.delete(this.#db, idHash);
      return { failure: 'SESSION_EXPIRED' };
    }
    const user = await usersRepository.findById(this.#db, session.userId);
    if (!user || user.disabled) return { failure: 'USER_DISABLED' };
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await sessionsRepository.touch(this.#db, idHash, now);
    }
    return {
      principal: {
        user,
        role: user.role,
        method: 'SESSION',
        session: { idHash, expiresAt: this.#effectiveExpiry(session.expiresAt, now) },
      },
    };
  }

  async authenticateToken(secret: string): Promise<Authentication> {
    if (!secret.startsWith(TOKEN_PREFIX)) return { failure: 'TOKEN_INVALID' };
    const now = this.#clock.now();
    const token = await tokensRepository.findByHash(this.#db, hashSecret(secret));
    if (!token) return { failure: 'TOKEN_INVALID' };
    if (token.revokedAt) return { failure: 'TOKEN_REVOKED' };
    if (token.expiresAt.getTime() <= now.getTime()) return { failure: 'TOKEN_EXPIRED' };
    // A token made by a token ends with it, however it ended.
    if (token.parentId && !(await tokensRepository.lineageActive(this.#db, token.id, now))) {
      return { failure: 'TOKEN_REVOKED' };
    }
    const user = await usersRepository.findById(this.#db, token.userId);
    if (!user || user.disabled) return { failure: 'USER_DISABLED' };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await tokensRepository.touch(this.#db, token.id, now);
    }
    return {
      principal: {
        user,
        role: lowerRole(token.role, user.role),
        method: 'TOKEN',
        token: { id: token.id, name: token.name, expiresAt: token.expiresAt },
      },
    };
  }

  /** The time the session ends if it stays idle, or at its absolute expiry, whichever is first. */
  #effectiveExpiry(absolute: Date, now: Date): Date {
    return new Date(Math.min(absolute.getTime(), now.getTime() + this.#policy.idleTimeoutMs));
  }

  async purgeExpiredSessions(): Promise<number> {
    const now = this.#clock.now();
    return sessionsRepository.deleteExpired(
      this.#db,
      now,
      new Date(now.getTime() - this.#policy.idleTimeoutMs),
    );
  }
}

export type { UserRecord };
