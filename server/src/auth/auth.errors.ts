import { AppError } from '../shared/errors.ts';
import type { AuthFailure } from './auth.types.ts';

/** What can go wrong signing in, being let in, and managing users and tokens. */
export const AUTH_ERROR_CODES = [
  'UNAUTHENTICATED',
  'BAD_CREDENTIALS',
  'ROLE_TOO_LOW',
  'PASSWORD_CHANGE_REQUIRED',
  'SIGN_IN_THROTTLED',
  'PASSWORD_SIGN_IN_DISABLED',
  'NOT_A_SESSION',
  'LOGIN_OVER_WEBSOCKET',
  'USER_NOT_FOUND',
  'EMAIL_TAKEN',
  'LAST_ADMIN',
  'WEAK_PASSWORD',
  'WRONG_PASSWORD',
  'PASSWORD_UNCHANGED',
  'NO_PASSWORD',
  'TOKEN_NOT_FOUND',
  'OTHERS_TOKENS_FORBIDDEN',
  'TOKEN_ROLE_TOO_HIGH',
  'TOKEN_OUTLIVES_PARENT',
] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export class AuthError extends AppError<AuthErrorCode> {}

export function describeAuthFailure(failure: AuthFailure): string {
  switch (failure) {
    case 'SESSION_EXPIRED':
      return 'Your session has expired; sign in again.';
    case 'SESSION_INVALID':
      return 'Your session is no longer valid; sign in again.';
    case 'TOKEN_INVALID':
      return 'The API token is not valid.';
    case 'TOKEN_EXPIRED':
      return 'The API token has expired.';
    case 'TOKEN_REVOKED':
      return 'The API token has been revoked.';
    case 'USER_DISABLED':
      return 'This account is disabled.';
  }
}
