export {
  AUTH_ERROR_CODES,
  AuthError,
  type AuthErrorCode,
  describeAuthFailure,
} from './auth.errors.ts';
export {
  type Authentication,
  AuthService,
  actorOf,
  type ClientInfo,
  type SessionPolicy,
} from './auth.service.ts';
export type { ApiTokenRecord, AuthFailure, Principal, UserRecord } from './auth.types.ts';
export { authenticateHeaders, type RequestIdentity, SESSION_COOKIE } from './credentials.ts';
export { LoginThrottle } from './login-throttle.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { type Revocation, Revocations, revokes } from './revocations.ts';
export { isRole, lowerRole, ROLES, type Role, roleAtLeast, roleRank } from './roles.ts';
export { hashSecret } from './secrets.ts';
export {
  SSO_FLOW_TTL_MS,
  SsoError,
  type SsoFailure,
  type SsoFlow,
  SsoService,
} from './sso.service.ts';
export { TokensService, tokenStatus } from './tokens.service.ts';
export { BOOTSTRAP_ADMIN_EMAIL, UsersService } from './users.service.ts';
