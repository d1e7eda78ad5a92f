export { AuthProvider } from './AuthProvider';
export type { AuthContextValue, AuthStatus } from './authContext';
export { LoginForm, SESSION_EXPIRED_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from './LoginForm';
export { MIN_PASSWORD_LENGTH, ProfileForm } from './ProfileForm';
export { RoleBadge } from './RoleBadge';
export {
  isRole,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  roleAtLeast,
  roleOptions,
  rolesUpTo,
} from './roles';
export { SingleSignOnButton } from './SingleSignOnButton';
export { SessionEvents } from './sessionEvents';
export { ssoErrorMessage } from './ssoErrors';
export { useAuth, useViewer } from './useAuth';
export { type SignInOptions, useSignInOptions } from './useSignInOptions';
