import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUTH_ERROR_CODES, AuthError } from '../auth/auth.errors.ts';
import { BEHAVIOUR_ERROR_CODES } from '../behaviour/index.ts';
import { CATALOG_ERROR_CODES, CatalogError } from '../catalog/index.ts';
import { COSTS_ERROR_CODES } from '../costs/index.ts';
import { DEPLOYMENTS_ERROR_CODES } from '../deployments/index.ts';
import { INCIDENTS_ERROR_CODES } from '../incidents/index.ts';
import { createLogger } from '../logging/index.ts';
import { NOTIFICATIONS_ERROR_CODES } from '../notifications/index.ts';
import { ONCALL_ERROR_CODES } from '../oncall/index.ts';
import { POSTMORTEMS_ERROR_CODES } from '../postmortems/index.ts';
import { ROLLOUTS_ERROR_CODES } from '../rollouts/index.ts';
import { AppError, INPUT_ERROR_CODES, InputError } from '../shared/errors.ts';
import { STATUS_PAGE_ERROR_CODES } from '../statuspage/index.ts';
import { TICKETS_ERROR_CODES } from '../tickets/index.ts';
import {
  createErrorFormatter,
  errorStatusPlugin,
  PUBLIC_ERROR_CODE,
  PUBLIC_ERROR_STATUS,
  publicError,
} from './errors.ts';

const logger = createLogger('silent');
const format = createErrorFormatter(logger);

function resolverError(original: Error) {
  const error = new GraphQLError(original.message, { originalError: original, path: ['field'] });
  return [error.toJSON(), error] as const;
}

describe('the GraphQL error formatter', () => {
  it('masks unexpected errors: no message, no stack, just the code', () => {
    const [formatted, error] = resolverError(
      new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'),
    );
    const result = format(formatted, error);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps a domain error with its code and field details, without the HTTP hint', () => {
    const [formatted, error] = resolverError(
      new InputError('INVALID_INPUT', 'Invalid input', {
        fields: [{ path: ['input', 'email'], message: 'bad' }],
      }),
    );
    expect(format(formatted, error)).toEqual({
      message: 'Invalid input',
      path: ['field'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['input', 'email'], message: 'bad' }],
      },
    });
  });

  it('passes request errors through with their code only', () => {
    const error = new GraphQLError('Syntax Error: Unexpected <EOF>.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['secret frames'] },
    });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'Syntax Error: Unexpected <EOF>.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});

const DOMAIN_CODES = [
  ...INPUT_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...BEHAVIOUR_ERROR_CODES,
  ...CATALOG_ERROR_CODES,
  ...DEPLOYMENTS_ERROR_CODES,
  ...INCIDENTS_ERROR_CODES,
  ...NOTIFICATIONS_ERROR_CODES,
  ...ONCALL_ERROR_CODES,
  ...POSTMORTEMS_ERROR_CODES,
  ...ROLLOUTS_ERROR_CODES,
  ...STATUS_PAGE_ERROR_CODES,
  ...COSTS_ERROR_CODES,
  ...TICKETS_ERROR_CODES,
];

/** An error class of some domain that is not in the mapping. */
class StrayError extends AppError<'SOMETHING_ELSE'> {}

describe('the public code of domain errors', () => {
  it('maps every code of every domain, and nothing else', () => {
    for (const code of DOMAIN_CODES) {
      expect(Object.keys(PUBLIC_ERROR_STATUS), code).toContain(PUBLIC_ERROR_CODE[code]);
    }
    expect(new Set(Object.keys(PUBLIC_ERROR_CODE))).toEqual(new Set(DOMAIN_CODES));
  });

  it('keeps the codes clients have always seen', () => {
    expect(publicError(new CatalogError('MODEL_NOT_FOUND', 'No model'))?.code).toBe('NOT_FOUND');
    expect(publicError(new AuthError('BAD_CREDENTIALS', 'No'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    expect(publicError(new AuthError('SIGN_IN_THROTTLED', 'Wait'))).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
    });
    expect(publicError(new AuthError('PASSWORD_CHANGE_REQUIRED', 'First'))?.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });

  it('masks an error whose code has no mapping, like any other unexpected error', () => {
    const stray = new StrayError('SOMETHING_ELSE', 'details the caller must not see');
    expect(publicError(stray)).toBeNull();
    const [formatted, error] = resolverError(stray);
    expect(format(formatted, error)).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(publicError(new Error('toString'))).toBeNull();
  });

  it('answers 401 and 429 (with Retry-After) over HTTP, and leaves other responses alone', async () => {
    const plugin = errorStatusPlugin();
    const statusOf = async (...errors: Error[]) => {
      const response = { http: { status: undefined as number | undefined, headers: new Map() } };
      const listener = await plugin.requestDidStart?.({} as never);
      await listener?.willSendResponse?.({
        errors: errors.map((e) => resolverError(e)[1]),
        response,
      } as never);
      return { status: response.http.status, retryAfter: response.http.headers.get('retry-after') };
    };
    expect(await statusOf(new AuthError('UNAUTHENTICATED', 'Sign in'))).toEqual({
      status: 401,
      retryAfter: undefined,
    });
    expect(
      await statusOf(new AuthError('SIGN_IN_THROTTLED', 'Wait', { retryAfterSeconds: 30 })),
    ).toEqual({ status: 429, retryAfter: '30' });
    expect(await statusOf(new CatalogError('MODEL_NAME_TAKEN', 'Taken'))).toEqual({
      status: undefined,
      retryAfter: undefined,
    });
  });
});
