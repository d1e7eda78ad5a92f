import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/index.ts';
import { AppError } from '../shared/errors.ts';
import { createErrorFormatter } from './errors.ts';

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
      new AppError('BAD_USER_INPUT', 'Invalid input', {
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
