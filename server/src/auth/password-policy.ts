import { readFileSync } from 'node:fs';
import { password } from '../shared/validation.ts';

/** The 10,000 most common passwords of 12 characters or more (see common-passwords.NOTICE.md). */
const COMMON = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);

export { MIN_PASSWORD_LENGTH } from '../shared/validation.ts';

/** The console's password rules, and not one of the most common passwords. */
export const passwordSchema = password.refine((p) => !COMMON.has(p.toLowerCase()), {
  message: 'is one of the most common passwords; choose another',
});

/** What is wrong with a password for this account, or null when it will do. */
export function passwordProblem(password: string, email: string): string | null {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'is not allowed';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && password.toLowerCase().includes(local)) {
    return 'must not contain the name part of the email address';
  }
  return null;
}
