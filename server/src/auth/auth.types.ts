/** The first admin, created on an empty store; it can always sign in with a password. */
export const BOOTSTRAP_ADMIN_EMAIL = 'admin@backline.local';

import type { Role } from './roles.ts';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
  /** False for a user created by single sign-on who was never given a password. */
  hasPassword: boolean;
  /** Linked to an account at the OpenID Connect provider. */
  singleSignOn: boolean;
  /** Created by an admin with an initial password: must choose their own before anything else. */
  mustChangePassword: boolean;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** The token that made this one, when a token made it. */
  parentId: string | null;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Who is calling, as established from a session cookie or an API token. */
export interface Principal {
  user: UserRecord;
  /** The role in force: for a token, the lower of the token's and its owner's role. */
  role: Role;
  method: 'SESSION' | 'TOKEN';
  session?: { idHash: string; expiresAt: Date };
  token?: { id: string; name: string; expiresAt: Date };
}

export type AuthFailure =
  | 'SESSION_EXPIRED'
  | 'SESSION_INVALID'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_REVOKED'
  | 'USER_DISABLED';
