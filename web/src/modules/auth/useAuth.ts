import { useContext } from 'react';
import type { ViewerFieldsFragment } from '../../generated/graphql';
import { AuthContext, type AuthContextValue } from './authContext';

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in viewer; only for components rendered behind the auth guard. */
export function useViewer(): ViewerFieldsFragment {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer must be used behind the auth guard');
  return viewer;
}
