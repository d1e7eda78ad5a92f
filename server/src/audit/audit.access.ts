import { type Role, roleAtLeast } from '../auth/roles.ts';

/**
 * Who may read the details of an audit entry about a target: the role that may read the target
 * itself. Below it the entry shows who did what to which id, without the details (a ticket's
 * subject, a channel's URL, a user's email and name).
 */
export const AUDIT_DETAIL_ACCESS: Readonly<Record<string, Role>> = {
  ticket: 'SUPPORT',
  notification_channel: 'SRE',
  user: 'ADMIN',
  api_token: 'ADMIN',
};

/** The role the whole export needs: every detail of every entry is in it. */
export const AUDIT_EXPORT_ROLE: Role = 'ADMIN';

export function auditDetailsFor(
  role: Role | null,
  targetType: string,
  details: Record<string, unknown>,
): Record<string, unknown> {
  const needed = AUDIT_DETAIL_ACCESS[targetType];
  if (!needed || (role && roleAtLeast(role, needed))) return details;
  return { redacted: `details need the ${needed} role` };
}
