import pino, { type Logger } from 'pino';

/** Paths that may hold secrets; pino replaces their values before anything is written. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'authorization',
  'cookie',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'variables.password',
  'variables.input.password',
  'variables.input.newPassword',
  'variables.input.currentPassword',
  // Single sign-on: the provider's tokens, the authorization code exchange and the client secret.
  'access_token',
  '*.access_token',
  'id_token',
  '*.id_token',
  'refresh_token',
  '*.refresh_token',
  'code_verifier',
  '*.code_verifier',
  'client_secret',
  '*.client_secret',
  'clientSecret',
  '*.clientSecret',
  'req.query',
  'query.code',
  // Stored credentials and signing material, wherever a log line might carry them.
  'passwordHash',
  '*.passwordHash',
  'password_hash',
  '*.password_hash',
  'tokenHash',
  '*.tokenHash',
  'token_hash',
  '*.token_hash',
  'signingSecret',
  '*.signingSecret',
  'privateKey',
  '*.privateKey',
  'params',
  '*.params',
];

/** Properties of errors that carry a statement's values (PGlite, pg), never written out. */
const ERROR_SECRETS = new Set(['params', 'parameters', 'queryOptions', 'config']);

function withoutSecrets(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 5) return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ERROR_SECRETS.has(key))
      .map(([key, v]) => [key, withoutSecrets(v, depth + 1)]),
  );
}

/** pino's error serializer, without the properties (also of causes) that may carry stored values. */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return withoutSecrets(error);
  return withoutSecrets(pino.stdSerializers.err(error));
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: { err: serializeError, error: serializeError },
      base: { service: 'backline' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export type { Logger };
