import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a high-entropy secret (session id, API token). Only this is stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

export const TOKEN_PREFIX = 'bl_';

/** API token secrets look like `bl_<43 chars>`, easy for secret scanners to spot. */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
