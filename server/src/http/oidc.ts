import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { parse as parseCookie, serialize } from 'cookie';
import { type Request, type Response, Router } from 'express';
import { SSO_FLOW_TTL_MS, SsoError, type SsoFlow, type SsoService } from '../auth/index.ts';
import { type SecureCookies, sessionCookie } from './session-cookie.ts';

export const SSO_FLOW_COOKIE = 'backline_sso';
const COOKIE_PATH = '/auth/oidc';

/**
 * `GET /auth/oidc/login?next=/path` sends the browser to the identity provider;
 * `GET /auth/oidc/callback` is where the provider sends it back. Between the two, the state,
 * nonce and PKCE verifier live in a sealed (AES-256-GCM), HttpOnly, SameSite=Lax cookie:
 * the provider's redirect back is a cross-site navigation, on which a Strict cookie would
 * not be sent. Any replica can open it, as the key derives from the client secret.
 * Failures go back to the login page with a failure code, never with details.
 */
export function oidcRouter(deps: {
  sso: SsoService | null;
  clientSecret: string | null;
  redirectUrl: string | null;
  secureCookies: SecureCookies;
}): Router {
  const router = Router();
  const { sso, clientSecret, redirectUrl } = deps;
  if (!sso || !clientSecret || !redirectUrl) {
    router.get(`${COOKIE_PATH}/{*rest}`, (_req, res) => {
      res.status(404).json({ error: 'Single sign-on is not configured.' });
    });
    return router;
  }
  const key = Buffer.from(
    hkdfSync('sha256', clientSecret, 'backline', 'backline sso flow cookie', 32),
  );

  router.get(`${COOKIE_PATH}/login`, async (req, res) => {
    const next = safeNextPath(typeof req.query.next === 'string' ? req.query.next : null);
    try {
      const { url, flow } = await sso.begin(next);
      res.append(
        'Set-Cookie',
        serialize(SSO_FLOW_COOKIE, seal(key, flow), {
          ...flowCookieOptions(req, deps.secureCookies),
          maxAge: SSO_FLOW_TTL_MS / 1000,
        }),
      );
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url.href);
    } catch (error) {
      fail(res, error);
    }
  });

  router.get(`${COOKIE_PATH}/callback`, async (req, res) => {
    const sealed = req.headers.cookie
      ? parseCookie(req.headers.cookie)[SSO_FLOW_COOKIE]
      : undefined;
    // The flow is used once, whatever happens.
    res.append(
      'Set-Cookie',
      serialize(SSO_FLOW_COOKIE, '', { ...flowCookieOptions(req, deps.secureCookies), maxAge: 0 }),
    );
    res.setHeader('Cache-Control', 'no-store');
    const flow = sealed ? open(key, sealed) : null;
    // The registered redirect URL with the provider's answer, whatever host or proxy it came through.
    const callback = new URL(redirectUrl);
    callback.search = new URL(req.originalUrl, 'http://backline').search;
    try {
      const { secret, principal } = await sso.complete(callback, flow, {
        ip: req.ip ?? null,
        userAgent: req.header('user-agent') ?? null,
      });
      sessionCookie(req, res, deps.secureCookies).set(
        secret,
        principal.session?.expiresAt ?? new Date(),
      );
      res.redirect(302, safeNextPath(flow?.next ?? null));
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}

function flowCookieOptions(req: Request, secure: SecureCookies) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secure === 'true' || (secure === 'auto' && req.secure),
    path: COOKIE_PATH,
  };
}

/** Back to the login page with a failure code the console turns into a message. */
function fail(res: Response, error: unknown) {
  const failure = error instanceof SsoError ? error.failure : 'unavailable';
  const log = res.locals.logger;
  if (error instanceof SsoError) {
    const level = failure === 'unavailable' || failure === 'invalid_response' ? 'warn' : 'info';
    // Only our own message and the cause's message: never the request's query, tokens or codes.
    log?.[level](
      {
        failure,
        reason: error.message,
        cause: error.cause instanceof Error ? error.cause.message : undefined,
      },
      'single sign-on failed',
    );
  } else {
    log?.error(
      { err: error instanceof Error ? { message: error.message, stack: error.stack } : error },
      'single sign-on failed unexpectedly',
    );
  }
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(302, `/login?${new URLSearchParams({ sso_error: failure }).toString()}`);
}

/** A path on this site; anything else (other hosts, `//host`, `/\host`, schemes) becomes `/`. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return '/';
  if (/\p{Cc}/u.test(next) || next.includes('\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/auth/')) return '/';
  return next;
}

function seal(key: Buffer, flow: SsoFlow): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The flow, or null when the cookie was not sealed with this key or was altered. */
function open(key: Buffer, sealed: string): SsoFlow | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
      'utf8',
    );
    const flow = JSON.parse(text) as SsoFlow;
    return typeof flow.state === 'string' && typeof flow.verifier === 'string' ? flow : null;
  } catch {
    return null;
  }
}
