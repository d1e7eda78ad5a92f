import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../generated/graphql';
import { graphqlError } from '../../testing/fakeGraphqlFetch';
import { tokenFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

const SECRET = 'bl_abc123_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

describe('API tokens', () => {
  it('shows the new secret once, with a warning, and never again after closing', async () => {
    let tokens = [tokenFixture({ id: 'tok-old', name: 'old-token' })];
    const { server } = renderApp({
      path: '/settings/tokens',
      role: 'SRE',
      handlers: {
        apiTokens: () => ({ data: { apiTokens: tokens } }),
        createApiToken: (variables) => {
          const input = variables.input as { name: string; role: Role };
          const token = tokenFixture({ id: 'tok-new', name: input.name, role: input.role });
          tokens = [token, ...tokens];
          return {
            data: {
              createApiToken: { __typename: 'CreateApiTokenPayload', secret: SECRET, token },
            },
          };
        },
      },
    });
    await screen.findByText('old-token');
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API token' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'ci-deployer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const secretDialog = await screen.findByRole('dialog', { name: 'Your new API token' });
    expect(within(secretDialog).getByTestId('token-secret').textContent).toBe(SECRET);
    expect(
      within(secretDialog).getByText('Copy this token now. It will not be shown again.'),
    ).toBeTruthy();
    expect(within(secretDialog).getByRole('button', { name: 'Copy token' })).toBeTruthy();
    expect(server.callsTo('CreateApiToken')[0]?.variables).toEqual({
      input: { name: 'ci-deployer', role: 'SRE', expiresInDays: 30 },
    });

    fireEvent.click(within(secretDialog).getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).toBeNull());
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(await screen.findByTestId('token-row-ci-deployer')).toBeTruthy();
  });

  it('offers roles up to the creator’s own and checks the expiry as it is typed', async () => {
    renderApp({
      path: '/settings/tokens',
      role: 'SUPPORT',
      handlers: { apiTokens: () => ({ data: { apiTokens: [] } }) },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Create your first token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API token' });
    const expiry = within(dialog).getByLabelText(/^Expires after/);
    fireEvent.change(expiry, { target: { value: '400' } });
    expect(
      await within(dialog).findByText('Choose a whole number of days from 1 to 365'),
    ).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('combobox', { name: /^Role/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Support', 'Viewer']);
  });

  it('revokes a token after confirmation', async () => {
    let tokens = [tokenFixture({ id: 'tok-1', name: 'ci-deployer' })];
    const { server } = renderApp({
      path: '/settings/tokens',
      handlers: {
        apiTokens: () => ({ data: { apiTokens: tokens } }),
        revokeApiToken: (variables) => {
          tokens = tokens.map((t) =>
            t.id === variables.id
              ? { ...t, status: 'REVOKED' as const, revokedAt: new Date().toISOString() }
              : t,
          );
          return {
            data: { revokeApiToken: { __typename: 'RevokeApiTokenPayload', token: tokens[0] } },
          };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke ci-deployer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke API token' });
    expect(server.callsTo('RevokeApiToken')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(server.callsTo('RevokeApiToken')).toHaveLength(1));
    expect(server.callsTo('RevokeApiToken')[0]?.variables).toEqual({ id: 'tok-1' });
    const row = await screen.findByTestId('token-row-ci-deployer');
    await within(row).findByText('Revoked');
    expect(within(row).queryByRole('button', { name: /Revoke/ })).toBeNull();
  });

  it('lets admins see every user’s tokens', async () => {
    const { server } = renderApp({
      path: '/settings/tokens',
      role: 'ADMIN',
      handlers: {
        apiTokens: (variables) => ({
          data: {
            apiTokens: variables.all
              ? [
                  tokenFixture({
                    id: 'tok-2',
                    name: 'support-bot',
                    owner: { id: 'u2', email: 'sam@example.com', name: 'Sam' },
                  }),
                ]
              : [],
          },
        }),
      },
    });
    await screen.findByText('You have no API tokens');
    fireEvent.click(screen.getByText('All users’ tokens'));
    expect(await screen.findByText('sam@example.com')).toBeTruthy();
    expect(server.callsTo('ApiTokens').some((c) => c.variables.all === true)).toBe(true);
  });

  it('does not offer the all-users view to other roles', async () => {
    renderApp({
      path: '/settings/tokens',
      role: 'VIEWER',
      handlers: { apiTokens: () => ({ data: { apiTokens: [] } }) },
    });
    await screen.findByText('You have no API tokens');
    expect(screen.queryByText('All users’ tokens')).toBeNull();
  });

  it('shows the server’s reason when a token cannot be created', async () => {
    renderApp({
      path: '/settings/tokens',
      handlers: {
        apiTokens: () => ({ data: { apiTokens: [] } }),
        createApiToken: () =>
          graphqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [{ path: ['input', 'name'], message: 'A token with this name already exists' }],
          }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API token' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'dup' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('A token with this name already exists')).toBeTruthy();
  });
});
