import {
  type Actor,
  AuditedService,
  type AuditedServiceDeps,
  type AuditInput,
} from '../audit/index.ts';
import type { Queryable } from '../store/index.ts';
import { AuthError } from './auth.errors.ts';
import { sessionsRepository, tokensRepository, usersRepository } from './auth.repository.ts';
import {
  type ApiTokenRecord,
  type AuthFailure,
  BOOTSTRAP_ADMIN_EMAIL,
  type Principal,
  type SessionRecord,
  type UserRecord,
} from './auth.types.ts';
import { IdentityCache } from './identity-cache.ts';
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

/**
 * How long the rows read for presented credentials are reused before the store is asked again;
 * what ends access drops them at once (see IdentityCache).
 */
const IDENTITY_TTL_MS = 5_000;

/** What the store said about presented credentials: their row and their user's. */
type Verified =
  | { session: SessionRecord; user: UserRecord }
  | { token: ApiTokenRecord; user: UserRecord };

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Creates or updates the user signing in, inside the sign-in's transaction; what it did is
 * recorded in the audit log before the sign-in itself.
 */
export type Provision = (
  tx: Queryable,
  now: Date,
) => Promise<{ user: UserRecord; details: Record<string, unknown>; audits: AuditInput[] }>;

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

export class AuthService extends AuditedService {
  readonly #policy: SessionPolicy;
  readonly #throttle: LoginThrottle;
  readonly #maxAttempts: number;
  readonly #windowMs: number;
  readonly #revocations: Revocations;
  readonly #passwordLogin: 'on' | 'bootstrap-admin';
  readonly #verified = new IdentityCache<Verified>({ ttlMs: IDENTITY_TTL_MS });

  constructor(
    deps: AuditedServiceDeps & {
      session: SessionPolicy;
      throttle: LoginThrottle;
      maxAttempts: number;
      windowMs: number;
      revocations: Revocations;
      /** bootstrap-admin: only the first admin may sign in with a password (single sign-on for the rest). */
      passwordLogin?: 'on' | 'bootstrap-admin';
    },
  ) {
    super(deps);
    this.#policy = deps.session;
    this.#throttle = deps.throttle;
    this.#maxAttempts = deps.maxAttempts;
    this.#windowMs = deps.windowMs;
    this.#revocations = deps.revocations;
    this.#passwordLogin = deps.passwordLogin ?? 'on';
    deps.revocations.watch((change) => this.#verified.forget(change));
  }

  async login(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ secret: string; principal: Principal }> {
    const now = this.clock.now();
    const account = email.trim().toLowerCase();
    if (this.#passwordLogin === 'bootstrap-admin' && account !== BOOTSTRAP_ADMIN_EMAIL) {
      throw new AuthError(
        'PASSWORD_SIGN_IN_DISABLED',
        'Password sign-in is turned off; sign in with single sign-on instead.',
      );
    }
    const keys = this.#throttleKeys(account, client.ip ?? 'unknown');
    // Counted before the password is checked, so parallel guesses cannot outrun the count.
    const wait = await this.#throttle.reserve(keys, now);
    if (wait > 0) {
      throw new AuthError(
        'SIGN_IN_THROTTLED',
        `Too many failed sign-in attempts. Try again in ${wait} seconds.`,
        { retryAfterSeconds: wait },
      );
    }
    const found = await usersRepository.findCredentials(this.db, email.trim());
    const valid = await verifyPassword(
      password,
      found?.passwordHash ?? (await DUMMY_PASSWORD_HASH),
    );
    if (!found || !valid || found.user.disabled) {
      throw new AuthError('BAD_CREDENTIALS', 'Email or password is incorrect.');
    }
    const [pair, address, anyAddress] = keys as [ThrottleKey, ThrottleKey, ThrottleKey];
    await this.#throttle.succeeded([pair.key, anyAddress.key], [address.key]);
    const user = found.user;
    return this.#startSession(
      { type: 'USER', id: user.id, name: user.email },
      client,
      'auth.login',
      async () => ({ user, details: {}, audits: [] }),
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
    return this.#throttle.purge(this.clock.now());
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
    const now = this.clock.now();
    const secret = newSessionSecret();
    const idHash = hashSecret(secret);
    const expiresAt = new Date(now.getTime() + this.#policy.maxAgeMs);
    const user = await this.units.run(async (work) => {
      const { user, details, audits } = await provision(work.tx, now);
      for (const entry of audits) await this.audit.record(work, actor, entry);
      await sessionsRepository.insert(work.tx, {
        idHash,
        userId: user.id,
        now,
        expiresAt,
        ...client,
      });
      await usersRepository.recordLogin(work.tx, user.id, now);
      await this.audit.record(work, actor, {
        action,
        targetType: 'user',
        targetId: user.id,
        details: { ...details, ip: client.ip, userAgent: client.userAgent },
      });
      return user;
    });
    // Signing in may have changed the user's row (a role from the identity provider).
    this.#revocations.userChanged(user.id);
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
        'NOT_A_SESSION',
        'Only a browser session can sign out; revoke the token instead.',
      );
    await this.units.run(async (work) => {
      await sessionsRepository.delete(work.tx, session.idHash);
      await this.audit.record(work, actorOf(principal), {
        action: 'auth.logout',
        targetType: 'user',
        targetId: principal.user.id,
      });
    });
    this.#revocations.publish({ reason: 'LOGOUT', sessionIdHash: session.idHash });
  }

  async authenticateSession(secret: string): Promise<Authentication> {
    const now = this.clock.now();
    const idHash = hashSecret(secret);
    const key = `session:${idHash}`;
    const generation = this.#verified.generation();
    const kept = this.#verified.get(key, now.getTime());
    const session =
      kept && 'session' in kept ? kept.session : await sessionsRepository.find(this.db, idHash);
    if (!session) return { failure: 'SESSION_INVALID' };
    const idleExpiry = session.lastSeenAt.getTime() + this.#policy.idleTimeoutMs;
    if (session.expiresAt.getTime() <= now.getTime() || idleExpiry <= now.getTime()) {
      this.#verified.delete(key);
      await sessionsRepository.delete(this.db, idHash);
      return { failure: 'SESSION_EXPIRED' };
    }
    const user = kept ? kept.user : await usersRepository.findById(this.db, session.userId);
    if (!user || user.disabled) return { failure: 'USER_DISABLED' };
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await sessionsRepository.touch(this.db, idHash, now);
      session.lastSeenAt = now;
    }
    if (!kept) {
      this.#verified.set(
        key,
        { session, user },
        { userId: user.id, sessionIdHash: idHash },
        now.getTime(),
        generation,
      );
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
    const now = this.clock.now();
    const tokenHash = hashSecret(secret);
    const key = `token:${tokenHash}`;
    const generation = this.#verified.generation();
    const kept = this.#verified.get(key, now.getTime());
    const token =
      kept && 'token' in kept ? kept.token : await tokensRepository.findByHash(this.db, tokenHash);
    if (!token) return { failure: 'TOKEN_INVALID' };
    if (token.revokedAt) return { failure: 'TOKEN_REVOKED' };
    if (token.expiresAt.getTime() <= now.getTime()) return { failure: 'TOKEN_EXPIRED' };
    // A token made by a token ends with it, however it ended. (A kept one was checked when it
    // was read; the revocation of any token it descends from names it and drops it.)
    if (
      !kept &&
      token.parentId &&
      !(await tokensRepository.lineageActive(this.db, token.id, now))
    ) {
      return { failure: 'TOKEN_REVOKED' };
    }
    const user = kept ? kept.user : await usersRepository.findById(this.db, token.userId);
    if (!user || user.disabled) return { failure: 'USER_DISABLED' };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await tokensRepository.touch(this.db, token.id, now);
      token.lastUsedAt = now;
    }
    if (!kept) {
      this.#verified.set(
        key,
        { token, user },
        { userId: user.id, tokenId: token.id },
        now.getTime(),
        generation,
      );
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
    const now = this.clock.now();
    return sessionsRepository.deleteExpired(
      this.db,
      now,
      new Date(now.getTime() - this.#policy.idleTimeoutMs),
    );
  }
}

export type { UserRecord };
