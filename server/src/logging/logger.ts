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
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'backline' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export type { Logger };
