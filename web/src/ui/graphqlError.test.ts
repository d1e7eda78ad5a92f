import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, fieldErrors, NETWORK_ERROR_MESSAGE } from './graphqlError';

function graphqlFailure(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

describe('graphqlError', () => {
  it('keys field errors by the last segment of their path', () => {
    const error = graphqlFailure('Invalid input', {
      code: 'BAD_USER_INPUT',
      fields: [
        { path: ['input', 'email'], message: 'Enter a valid email' },
        { path: ['input', 'password'], message: 'Too short' },
        { path: 'not-a-list', message: 'ignored' },
      ],
    });
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(error)).toEqual({ email: 'Enter a valid email', password: 'Too short' });
  });

  it("uses the server's message but hides internal errors", () => {
    expect(errorMessage(graphqlFailure('Token not found', { code: 'NOT_FOUND' }))).toBe(
      'Token not found',
    );
    expect(
      errorMessage(
        graphqlFailure('relation "x" does not exist', { code: 'INTERNAL_SERVER_ERROR' }),
      ),
    ).not.toContain('relation');
  });

  it('explains network failures', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(errorMessage(error)).toBe(NETWORK_ERROR_MESSAGE);
  });
});
