import {
  email,
  firstProblem,
  password,
  personName,
} from '../../../../server/src/shared/validation.ts';
import type { Role } from '../../generated/graphql';
import type { FormErrors } from '../../ui/useFormState';

export type NewUserValues = { email: string; name: string; role: Role; password: string };

/** The server's length rules; it also refuses common passwords, which it alone knows. */
export function validatePassword(value: string): string | undefined {
  return firstProblem(password, value);
}

export function validateNewUser(values: NewUserValues): FormErrors<NewUserValues> {
  return {
    email: firstProblem(email, values.email),
    name: firstProblem(personName, values.name),
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
