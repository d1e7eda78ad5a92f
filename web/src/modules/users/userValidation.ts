import type { Role } from '../../generated/graphql';
import { EMAIL_PATTERN, type FormErrors } from '../../ui/useFormState';
import { MIN_PASSWORD_LENGTH } from '../auth';

export type NewUserValues = { email: string; name: string; role: Role; password: string };

export function validatePassword(password: string): string | undefined {
  if (!password) return 'Enter a password';
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (${password.length} so far)`;
  }
  return undefined;
}

export function validateNewUser(values: NewUserValues): FormErrors<NewUserValues> {
  const email = values.email.trim();
  return {
    email: !email
      ? 'Enter an email address'
      : EMAIL_PATTERN.test(email)
        ? undefined
        : 'Enter a valid email address, like name@example.com',
    name: values.name.trim() ? undefined : 'Enter the person’s name',
    password: validatePassword(values.password),
  };
}

/** A random password that satisfies the length rule, for the admin to hand over. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
