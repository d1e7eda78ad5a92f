import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError } from '../testing/fakeGraphqlFetch';
import { renderApp } from '../testing/renderApp';

describe('the auth guard', () => {
  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    const { router } = renderApp({ path: '/audit?action=token.', role: null });
    await screen.findByRole('button', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/audit?action=token.',
    );
    expect(screen.queryByText('Your session has expired; sign in again.')).toBeNull();
  });

  it('shows the expiry notice when the server stops accepting the session', async () => {
    const { router } = renderApp({
      path: '/settings/tokens',
      role: 'SRE',
      handlers: {
        apiTokens: () => graphqlError('UNAUTHENTICATED', 'Your session has expired.'),
      },
    });
    expect(await screen.findByText('Your session has expired; sign in again.')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/settings/tokens');
  });

  it('offers a retry when the server cannot be reached', async () => {
    renderApp({
      path: '/',
      handlers: { viewer: () => graphqlError('INTERNAL_SERVER_ERROR', 'database is down') },
    });
    expect(await screen.findByText('Backline is not reachable')).toBeTruthy();
    expect(screen.queryByText('database is down')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
