import { AppError } from '../shared/errors.ts';
import type { AuthFailure } from './auth.types.ts';

export class AuthError extends AppError {}

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
