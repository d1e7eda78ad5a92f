import type { Request, Response } from 'express';
import {
  type AuthService,
  authenticateHeaders,
  describeAuthFailure,
  type Principal,
  type Role,
  roleAtLeast,
} from '../auth/index.ts';

/**
 * The signed-in caller of a plain HTTP route with at least `role`; otherwise the route is
 * answered 401 (not signed in) or 403 (`refusal`: the role is too low, or the password must be
 * changed first) and null comes back.
 */
export async function callerWithRole(
  auth: AuthService,
  req: Request,
  res: Response,
  role: Role,
  refusal: string,
): Promise<Principal | null> {
  const { principal, failure } = await authenticateHeaders(auth, req.headers);
  if (!principal) {
    res
      .status(401)
      .json({ error: failure ? describeAuthFailure(failure) : 'Sign in, or send an API token.' });
    return null;
  }
  if (!roleAtLeast(principal.role, role) || principal.user.mustChangePassword) {
    res.status(403).json({ error: refusal });
    return null;
  }
  return principal;
}
