import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { AuthService } from './auth.service.ts';
import type { AuthFailure, Principal } from './auth.types.ts';

export const SESSION_COOKIE = 'backline_session';

export interface RequestIdentity {
  principal: Principal | null;
  failure: AuthFailure | null;
}

/**
 * Establishes who is calling from an `Authorization: Bearer` API token or, failing
 * that, the session cookie. Presented-but-bad credentials are reported as a failure.
 */
export async function authenticateHeaders(
  auth: AuthService,
  headers: IncomingHttpHeaders,
  extraToken?: string,
): Promise<RequestIdentity> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ?? extraToken;
  if (bearer) {
    const result = await auth.authenticateToken(bearer);
    return 'principal' in result
      ? { principal: result.principal, failure: null }
      : { principal: null, failure: result.failure };
  }
  const session = headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
  if (session) {
    const result = await auth.authenticateSession(session);
    return 'principal' in result
      ? { principal: result.principal, failure: null }
      : { principal: null, failure: result.failure };
  }
  return { principal: null, failure: null };
}
