import { serialize } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/index.ts';
import type { SessionCookie } from '../graphql/context.ts';

export type SecureCookies = 'auto' | 'true' | 'false';

/** HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS (or always, if configured). */
export function sessionCookie(req: Request, res: Response, secure: SecureCookies): SessionCookie {
  const isSecure = secure === 'true' || (secure === 'auto' && req.secure);
  const base = { httpOnly: true, sameSite: 'strict' as const, secure: isSecure, path: '/' };
  return {
    set(secret, expiresAt) {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, secret, { ...base, expires: expiresAt }));
    },
    clear() {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
