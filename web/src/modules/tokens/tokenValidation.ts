import {
  firstProblem,
  MAX_TOKEN_DAYS,
  tokenExpiryDays,
  tokenName,
} from '../../../../server/src/shared/validation.ts';
import type { Role } from '../../generated/graphql';
import type { FormErrors } from '../../ui/useFormState';

export type NewTokenValues = { name: string; role: Role; expiresInDays: string };

export const MAX_EXPIRY_DAYS = MAX_TOKEN_DAYS;

/** The server's rules for a new token (see server/src/shared/validation.ts). */
export function validateNewToken(values: NewTokenValues): FormErrors<NewTokenValues> {
  const days = values.expiresInDays.trim() === '' ? Number.NaN : Number(values.expiresInDays);
  return {
    name: firstProblem(tokenName, values.name),
    expiresInDays: firstProblem(tokenExpiryDays, days),
  };
}
