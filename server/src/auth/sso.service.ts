import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { AuditInput } from '../audit/index.ts';
import type { OidcConfig } from '../config/index.ts';
import type { Db } from '../store/index.ts';
import { identitiesRepository, UniqueViolation, usersRepository } from './auth.repository.ts';
import type { AuthService, ClientInfo } from './auth.service.ts';
import type { Principal, UserRecord } from './auth.types.ts';
import { type Role, roleRank } from './roles.ts';

/**
 * Why a single sign-on attempt failed. The console shows a message for each; the codes
 * (not free text) travel in the login page's URL, so nobody can put words in our mouth.
 */
export type SsoFailure =
  | 'unavailable'
  | 'denied'
  | 'provider_error'
  | 'no_flow'
  | 'expired'
  | 'state_mismatch'
  | 'invalid_response'
  | 'not_authorized'
  | 'disabled'
  | 'no_email'
  | 'email_unverified'
  | 'email_taken'
  | 'last_admin';

export class SsoError extends Error {
  readonly failure: SsoFailure;
  constructor(failure: SsoFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SsoError';
    this.failure = failure;
  }
}

/** What the browser keeps (sealed in a cookie) between leaving for the provider and coming back. */
export interface SsoFlow {
  state: string;
  nonce: string;
  verifier: string;
  /** The console path to return to: always a same-origin path. */
  next: string;
  /** Epoch milliseconds. */
  startedAt: number;
}

/** How long the provider's sign-in may take before the flow counts as expired. */
export const SSO_FLOW_TTL_MS = 10 * 60_000;

type Claims = Record<string, unknown>;

/**
 * Single sign-on through an OpenID Connect provider: the authorization code flow with
 * PKCE (S256), state and nonce; openid-client validates the ID token. The provider's
 * groups decide the role on every sign-in; the session is Backline's own, from AuthService.
 */
export class SsoService {
  readonly #config: OidcConfig;
  readonly #db: Db;
  readonly #auth: AuthService;
  readonly #now: () => Date;
  #discovered: Promise<oidc.Configuration> | null = null;

  constructor(deps: { config: OidcConfig; db: Db; auth: AuthService; now: () => Date }) {
    this.#config = deps.config;
    this.#db = deps.db;
    this.#auth = deps.auth;
    this.#now = deps.now;
  }

  get displayName(): string {
    return this.#config.displayName;
  }

  /** The provider's metadata, discovered on first use and kept; a failed discovery is retried. */
  #client(): Promise<oidc.Configuration> {
    if (!this.#discovered) {
      const issuer = new URL(this.#config.issuerUrl);
      this.#discovered = oidc
        .discovery(issuer, this.#config.clientId, this.#config.clientSecret, undefined, {
          // Plain HTTP only when the issuer itself is configured so (a provider inside the cluster).
          ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
        })
        .catch((error: unknown) => {
          this.#discovered = null;
          throw new SsoError(
            'unavailable',
            `could not read the provider's configuration from ${issuer.href}`,
            { cause: error },
          );
        });
    }
    return this.#discovered;
  }

  /** Starts a sign-in: the provider's authorization URL and the flow to keep until it returns. */
  async begin(next: string): Promise<{ url: URL; flow: SsoFlow }> {
    const client = await this.#client();
    const flow: SsoFlow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      next,
      startedAt: this.#now().getTime(),
    };
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: this.#config.redirectUrl,
      scope: this.#config.scopes.join(' '),
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * Finishes a sign-in from the provider's redirect back (`callback` carries its query):
   * exchanges the code, validates the ID token, maps the groups to a role, finds, links or
   * creates the user and opens a session. Nothing is written when the user is refused.
   */
  async complete(
    callback: URL,
    flow: SsoFlow | null,
    client: ClientInfo,
  ): Promise<{ secret: string; principal: Principal }> {
    const error = callback.searchParams.get('error');
    if (error) {
      throw new SsoError(
        error === 'access_denied' ? 'denied' : 'provider_error',
        `the provider answered ${error}`,
      );
    }
    if (!flow) throw new SsoError('no_flow', 'no sign-in was started in this browser');
    if (this.#now().getTime() - flow.startedAt > SSO_FLOW_TTL_MS) {
      throw new SsoError('expired', 'the sign-in was started too long ago');
    }
    if (callback.searchParams.get('state') !== flow.state) {
      throw new SsoError('state_mismatch', 'the state does not match the sign-in started here');
    }
    const configuration = await this.#client();
    let claims: Claims;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = { ...idToken };
      // Many providers put email and groups only in userinfo for the code flow.
      if (
        (claims.email === undefined ||
          groupsClaim(claims, this.#config.rolesClaim) === undefined) &&
        configuration.serverMetadata().userinfo_endpoint
      ) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        for (const [key, value] of Object.entries(info)) {
          if (claims[key] === undefined) claims[key] = value;
        }
      }
    } catch (cause) {
      if (cause instanceof SsoError) throw cause;
      throw new SsoError('invalid_response', describeOidcError(cause), { cause });
    }
    return this.#signIn(claims, client);
  }

  async #signIn(
    claims: Claims,
    client: ClientInfo,
  ): Promise<{ secret: string; principal: Principal }> {
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    const groups = groupsClaim(claims, this.#config.rolesClaim) ?? [];
    const role = roleForGroups(groups, this.#config.roleMap, this.#config.defaultRole);
    if (!role) {
      throw new SsoError('not_authorized', 'the user is in no group mapped to a Backline role');
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const name = firstString(claims.name, claims.preferred_username, email) ?? subject;

    // Read before the transaction (one connection on PGlite); the writes re-check.
    const linkedId = await identitiesRepository.findUserId(this.#db, issuer, subject);
    let existing: UserRecord | null = null;
    if (linkedId) {
      existing = await usersRepository.findById(this.#db, linkedId);
    } else {
      if (!email) throw new SsoError('no_email', 'the provider sent no email address');
      existing = await usersRepository.findByEmail(this.#db, email);
      if (existing && claims.email_verified !== true) {
        throw new SsoError(
          'email_unverified',
          'an account with this email exists and the provider did not verify the address',
        );
      }
    }
    if (existing?.disabled) throw new SsoError('disabled', 'the account is disabled');

    const userId = existing?.id ?? randomUUID();
    const actorName = existing?.email ?? email ?? subject;
    const matched = groups.filter((g) => this.#config.roleMap.has(g));
    try {
      return await this.#auth.loginWith(
        { type: 'USER', id: userId, name: actorName },
        client,
        'auth.oidc_login',
        async (tx, now) => {
          const audits: AuditInput[] = [];
          let user: UserRecord;
          if (!existing) {
            user = await usersRepository.insert(tx, {
              id: userId,
              email: email as string,
              name,
              role,
              passwordHash: null,
            });
            await identitiesRepository.link(tx, { issuer, subject, userId, at: now });
            audits.push({
              action: 'user.create',
              targetType: 'user',
              targetId: user.id,
              details: {
                email: user.email,
                name: user.name,
                role,
                source: 'oidc',
                issuer,
                subject,
              },
            });
          } else {
            const linked = await identitiesRepository.link(tx, {
              issuer,
              subject,
              userId,
              at: now,
            });
            if (linked === 'linked') {
              audits.push({
                action: 'user.link_identity',
                targetType: 'user',
                targetId: userId,
                details: { email: existing.email, issuer, subject },
              });
            }
            user = existing;
            if (existing.role !== role) {
              user = (await usersRepository.update(tx, userId, { role })) ?? existing;
              if (
                existing.role === 'ADMIN' &&
                (await usersRepository.countActiveAdmins(tx)) === 0
              ) {
                throw new SsoError(
                  'last_admin',
                  'the provider no longer maps this user to ADMIN, and no other active admin remains',
                );
              }
              audits.push({
                action: 'user.update',
                targetType: 'user',
                targetId: userId,
                details: {
                  email: existing.email,
                  changes: { role: { from: existing.role, to: role } },
                  source: 'oidc',
                },
              });
            }
          }
          // Linked in this transaction: the row read above may not say so yet.
          user = { ...user, singleSignOn: true };
          return { user, details: { issuer, subject, groups: matched, role }, audits };
        },
      );
    } catch (error) {
      if (error instanceof UniqueViolation) {
        throw new SsoError(
          'email_taken',
          'another account already uses this email or this provider account',
        );
      }
      throw error;
    }
  }
}

/** The highest role any of the groups maps to; else the default role; null: refused. */
export function roleForGroups(
  groups: string[],
  roleMap: ReadonlyMap<string, Role>,
  defaultRole: Role | null,
): Role | null {
  let best: Role | null = null;
  for (const group of groups) {
    const role = roleMap.get(group);
    if (role && (!best || roleRank(role) > roleRank(best))) best = role;
  }
  return best ?? defaultRole;
}

/**
 * The groups claim: a claim of that exact name (namespaced claims contain dots), else a
 * dotted path into nested claims (Keycloak's `realm_access.roles`). A single string counts
 * as one group. Undefined when the claim is absent.
 */
export function groupsClaim(claims: Claims, name: string): string[] | undefined {
  let value: unknown = claims[name];
  if (value === undefined && name.includes('.')) {
    value = name
      .split('.')
      .reduce<unknown>(
        (at, key) =>
          at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
        claims,
      );
  }
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** The library's reason, without anything from the response that could carry a secret. */
function describeOidcError(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return `the provider refused: ${error.error}`;
  if (error instanceof oidc.AuthorizationResponseError)
    return `the provider refused: ${error.error}`;
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
    return `${error.message}${code}`;
  }
  return 'the provider answered something unexpected';
}
