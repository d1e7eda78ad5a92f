import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { ViewerFieldsFragment } from '../../generated/graphql';
import { LoginMutation, LogoutMutation, ViewerQuery } from './auth.documents';
import { AuthContext, type AuthContextValue, type AuthStatus } from './authContext';
import type { SessionEvents } from './sessionEvents';

interface AuthProviderProps {
  sessionEvents: SessionEvents;
  /** Called whenever the signed-in identity changes, so cached data of the old one is dropped. */
  onIdentityChange?: () => void;
  children: ReactNode;
}

interface AuthState {
  status: AuthStatus;
  viewer: ViewerFieldsFragment | null;
  sessionExpired: boolean;
  error: AuthContextValue['error'];
}

export function AuthProvider({ sessionEvents, onIdentityChange, children }: AuthProviderProps) {
  const client = useClient();
  const [state, setState] = useState<AuthState>({
    status: 'loading',
    viewer: null,
    sessionExpired: false,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const statusRef = useRef(state.status);
  statusRef.current = state.status;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on reload
  useEffect(() => {
    let active = true;
    client
      .query(ViewerQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!active) return;
        if (result.error) {
          setState((s) => ({ ...s, status: 'error', viewer: null, error: result.error ?? null }));
          return;
        }
        const viewer = result.data?.viewer ?? null;
        setState((s) => ({
          ...s,
          status: viewer ? 'signedIn' : 'signedOut',
          viewer,
          error: null,
        }));
      });
    return () => {
      active = false;
    };
  }, [attempt]);

  useEffect(
    () =>
      sessionEvents.onUnauthenticated(() => {
        if (statusRef.current !== 'signedIn') return;
        statusRef.current = 'signedOut';
        setState({ status: 'signedOut', viewer: null, sessionExpired: true, error: null });
        onIdentityChange?.();
      }),
    [sessionEvents, onIdentityChange],
  );

  const login = useCallback<AuthContextValue['login']>(
    async (email, password) => {
      const result = await client.mutation(LoginMutation, { email, password }).toPromise();
      if (result.error || !result.data) return { error: result.error ?? null };
      const viewer = result.data.login.viewer;
      onIdentityChange?.();
      setState({ status: 'signedIn', viewer, sessionExpired: false, error: null });
      return { error: null };
    },
    [client, onIdentityChange],
  );

  const logout = useCallback(async () => {
    await client.mutation(LogoutMutation, {}).toPromise();
    setState({ status: 'signedOut', viewer: null, sessionExpired: false, error: null });
    onIdentityChange?.();
  }, [client, onIdentityChange]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, status: 'loading', error: null }));
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ ...state, login, logout, reload }),
    [state, login, logout, reload],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
