import type { Role } from '../../generated/graphql';
import type { FormErrors } from '../../ui/useFormState';

export type NewTokenValues = { name: string; role: Role; expiresInDays: string };

export const MAX_EXPIRY_DAYS = 365;

export function validateNewToken(values: NewTokenValues): FormErrors<NewTokenValues> {
  const days = Number(values.expiresInDays);
  const name = values.name.trim();
  return {
    name: !name
      ? 'Give the token a name, such as the script or service that will use it'
      : name.length > 100
        ? 'Use at most 100 characters'
        : undefined,
    expiresInDays:
      values.expiresInDays === '' || !Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS
        ? `Choose a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`
        : undefined,
  };
}
