import type { Role } from '../../generated/graphql';

/** From least to most privileged; each role can do everything the ones before it can. */
export const ROLES: readonly Role[] = ['VIEWER', 'SUPPORT', 'SRE', 'ADMIN'];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  SRE: 'SRE',
  SUPPORT: 'Support',
  VIEWER: 'Viewer',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Everything, including users, roles and tokens of others',
  SRE: 'Operates deployments, rollouts and incidents',
  SUPPORT: 'Works support tickets and reads incidents',
  VIEWER: 'Reads everything and verifies the audit log',
};

export const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'grape',
  SRE: 'orange',
  SUPPORT: 'cyan',
  VIEWER: 'blue',
};

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** The roles a holder of `role` may hand out (to a token, say): their own and every lower one. */
export function rolesUpTo(role: Role): Role[] {
  return ROLES.filter((candidate) => roleAtLeast(role, candidate));
}

/** Options for a role picker, most privileged first. */
export function roleOptions(roles: readonly Role[]) {
  return [...roles].reverse().map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}

export function isRole(value: string | null | undefined): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
