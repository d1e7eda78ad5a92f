import { useQuery } from 'urql';
import { SignInOptionsQuery } from './auth.documents';

export interface SignInOptions {
  loading: boolean;
  /** Single sign-on, when the server has it configured. */
  singleSignOn: { displayName: string; loginUrl: string } | null;
  /** False when only the bootstrap admin may sign in with a password. */
  passwordLogin: boolean;
}

/** How this server lets people sign in; password sign-in only, when it cannot be read. */
export function useSignInOptions(): SignInOptions {
  const [result] = useQuery({ query: SignInOptionsQuery });
  const info = result.data?.serverInfo;
  return {
    loading: result.fetching && !result.data,
    singleSignOn: info?.singleSignOn ?? null,
    passwordLogin: info?.passwordLogin ?? true,
  };
}
