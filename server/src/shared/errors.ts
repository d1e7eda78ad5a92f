import type { z } from 'zod';

export interface FieldError {
  path: string[];
  message: string;
}

/**
 * Base of every domain's error class: an expected failure with a message meant for the caller.
 * `code` says what went wrong in the domain's own words (each domain lists its codes in its
 * `*.errors.ts`); what a GraphQL caller sees for each code is decided in `graphql/errors.ts`.
 */
export abstract class AppError<C extends string> extends Error {
  readonly code: C;
  readonly fields: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    code: C,
    message: string,
    extra: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

/** Codes of input that does not parse, whichever domain it was meant for. */
export const INPUT_ERROR_CODES = ['INVALID_INPUT'] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Input that is not what the operation takes, with every bad field by path. */
export class InputError extends AppError<InputErrorCode> {}

/** Parses `input` with `schema`, or throws INVALID_INPUT naming every bad field under `path`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: string[] = ['input'],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: [...path, ...issue.path.map(String)],
    message: issue.message,
  }));
  const summary = fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ');
  throw new InputError('INVALID_INPUT', `Invalid input: ${summary}`, { fields });
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
