import type { z } from 'zod';

/** Error codes the API exposes as `extensions.code`. Anything else is masked. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PASSWORD_CHANGE_REQUIRED';

export interface FieldError {
  path: string[];
  message: string;
}

/** Base of every domain's error class: an expected failure with a message meant for the caller. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  /** Read by graphql-js when it wraps this error, and by Apollo for the HTTP status. */
  get extensions(): Record<string, unknown> {
    const status = HTTP_STATUS[this.code];
    return {
      code: this.code,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfterSeconds ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(status
        ? {
            http: {
              status,
              // A 429 says when to come back, for clients that read headers, not bodies.
              ...(this.retryAfterSeconds
                ? { headers: new Map([['retry-after', String(this.retryAfterSeconds)]]) }
                : {}),
            },
          }
        : {}),
    };
  }
}

/** Errors that make the whole request fail get an HTTP status of their own; the rest answer 200. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
};

/** Parses `input` with `schema`, or throws BAD_USER_INPUT naming every bad field under `path`. */
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
  throw new AppError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields });
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
