import type { CombinedError } from '@urql/core';
import { createContext } from 'react';
import type { ViewerFieldsFragment } from '../../generated/graphql';

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  viewer: ViewerFieldsFragment | null;
  /** True after the server rejected a session this console was using. */
  sessionExpired: boolean;
  /** Why the initial viewer check failed, when `status` is `error`. */
  error: CombinedError | null;
  login(email: string, password: string): Promise<{ error: CombinedError | null }>;
  logout(): Promise<void>;
  reload(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
