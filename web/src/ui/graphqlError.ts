import type { CombinedError } from '@urql/core';

/** The `extensions.code` values the Backline API uses. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export const NETWORK_ERROR_MESSAGE =
  'Cannot reach the Backline server. Check your connection and try again.';

const GENERIC_ERROR_MESSAGE = 'Something went wrong on the server. Try again in a moment.';

function firstGraphqlError(error: CombinedError) {
  return error.graphQLErrors[0];
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  const code = firstGraphqlError(error)?.extensions.code;
  return typeof code === 'string' ? code : undefined;
}

export function hasErrorCode(error: CombinedError | undefined, code: ApiErrorCode): boolean {
  return error?.graphQLErrors.some((e) => e.extensions.code === code) ?? false;
}

/** Field messages may start in lower case ("is incorrect"); under an input they read as sentences. */
function sentenceCase(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

interface FieldErrorExtension {
  path: string[];
  message: string;
}

function isFieldErrorExtension(value: unknown): value is FieldErrorExtension {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { path?: unknown; message?: unknown };
  return (
    Array.isArray(candidate.path) &&
    candidate.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof candidate.message === 'string'
  );
}

/**
 * Field-level messages from `BAD_USER_INPUT` errors, keyed by the last path segment
 * (`['input', 'email']` becomes `email`), so forms can show them next to their inputs.
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  return fieldMessages(error, (path) => path.at(-1)?.toString());
}

/** Each field message of `error` under the key `keyOf` gives its path; the first for a key wins. */
function fieldMessages(
  error: CombinedError | undefined,
  keyOf: (path: FieldErrorExtension['path']) => string | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphqlError of error?.graphQLErrors ?? []) {
    const fields = graphqlError.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields) {
      if (!isFieldErrorExtension(field)) continue;
      const key = keyOf(field.path);
      if (key && result[key] === undefined) result[key] = sentenceCase(field.message);
    }
  }
  return result;
}

/** A message fit to show a person: the server's own words, or a plain explanation. */
export function errorMessage(error: CombinedError | undefined, fallback?: string): string {
  if (!error) return fallback ?? GENERIC_ERROR_MESSAGE;
  const first = firstGraphqlError(error);
  if (first) {
    if (first.extensions.code === 'INTERNAL_SERVER_ERROR') return fallback ?? GENERIC_ERROR_MESSAGE;
    return first.message;
  }
  if (error.networkError) return NETWORK_ERROR_MESSAGE;
  return fallback ?? GENERIC_ERROR_MESSAGE;
}

/**
 * Field-level messages keyed by their whole path without the leading `input`
 * (`['input', 'resources', 'cpu']` becomes `resources.cpu`, `['input', 'env', 0, 'name']`
 * becomes `env.0.name`), for forms with nested or repeated inputs.
 */
export function fieldErrorsByPath(error: CombinedError | undefined): Record<string, string> {
  return fieldMessages(error, (path) => (path[0] === 'input' ? path.slice(1) : path).join('.'));
}
