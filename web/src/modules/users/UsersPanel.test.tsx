import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError } from '../../testing/fakeGraphqlFetch';
import { renderApp } from '../../testing/renderApp';

function userFixture(email: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'User',
    id: `id-${email}`,
    email,
    name: email.split('@')[0],
    role: 'VIEWER',
    disabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastLoginAt: null,
    hasPassword: true,
    singleSignOn: false,
    ...overrides,
  };
}

const admin = userFixture('admin@backline.local', { id: 'user-admin', role: 'ADMIN' });

describe('user management', () => {
  it('marks the users who sign in through single sign-on', async () => {
    renderApp({
      path: '/settings/users',
      handlers: {
        users: () => ({
          data: {
            users: [
              admin,
              userFixture('ada@example.com', { hasPassword: false, singleSignOn: true }),
            ],
          },
        }),
      },
    });
    const row = await screen.findByTestId('user-row-ada@example.com');
    expect(within(row).getByText('SSO')).toBeTruthy();
    expect(
      within(screen.getByTestId('user-row-admin@backline.local')).queryByText('SSO'),
    ).toBeNull();
  });

  it('validates the new user as it is typed and shows server errors at their fields', async () => {
    const { server } = renderApp({
      path: '/settings/users',
      handlers: {
        users: () => ({ data: { users: [admin] } }),
        createUser: () => graphqlError('CONFLICT', 'A user with this email already exists'),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    const email = within(dialog).getByLabelText(/^Email/);
    const password = within(dialog).getByLabelText(/^Initial password/);

    fireEvent.change(email, { target: { value: 'sam@' } });
    expect(
      await within(dialog).findByText('Enter a valid email address, like name@example.com'),
    ).toBeTruthy();
    fireEvent.change(password, { target: { value: 'short' } });
    expect(await within(dialog).findByText('Use at least 12 characters (5 so far)')).toBeTruthy();
    // Name was never touched, so it has no error yet.
    expect(within(dialog).queryByText('Enter the person’s name')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText('Enter the person’s name')).toBeTruthy();
    expect(server.callsTo('CreateUser')).toHaveLength(0);

    fireEvent.change(email, { target: { value: 'admin@backline.local' } });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Dup' } });
    fireEvent.change(password, { target: { value: 'a-long-enough-password' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText('A user with this email already exists')).toBeTruthy();
    expect(server.callsTo('CreateUser')[0]?.variables).toEqual({
      input: {
        email: 'admin@backline.local',
        name: 'Dup',
        role: 'VIEWER',
        password: 'a-long-enough-password',
      },
    });
  });

  it('creates a user and lists them', async () => {
    let users = [admin];
    renderApp({
      path: '/settings/users',
      handlers: {
        users: () => ({ data: { users } }),
        createUser: (variables) => {
          const input = variables.input as { email: string; name: string; role: string };
          const user = userFixture(input.email, { name: input.name, role: input.role });
          users = [...users, user];
          return { data: { createUser: { __typename: 'CreateUserPayload', user } } };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    fireEvent.change(within(dialog).getByLabelText(/^Email/), {
      target: { value: 'sre@example.com' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Sam Sre' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Generate a strong password' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    const row = await screen.findByTestId('user-row-sre@example.com');
    expect(within(row).getByText('Sam Sre')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create user' })).toBeNull());
  });

  it('disables an account only after confirmation, and never one’s own', async () => {
    let users = [admin, userFixture('sam@example.com')];
    const { server } = renderApp({
      path: '/settings/users',
      handlers: {
        users: () => ({ data: { users } }),
        updateUser: (variables) => {
          const input = variables.input as { id: string; disabled: boolean };
          users = users.map((u) => (u.id === input.id ? { ...u, disabled: input.disabled } : u));
          const user = users.find((u) => u.id === input.id);
          return { data: { updateUser: { __typename: 'UpdateUserPayload', user } } };
        },
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Actions for admin@backline.local' }),
    );
    const ownDisable = await screen.findByRole('menuitem', { name: 'Disable account…' });
    expect(ownDisable.hasAttribute('disabled') || ownDisable.dataset.disabled === 'true').toBe(
      true,
    );
    fireEvent.keyDown(ownDisable, { key: 'Escape' });

    fireEvent.click(screen.getByRole('button', { name: 'Actions for sam@example.com' }));
    const menu = await screen.findAllByRole('menuitem', { name: 'Disable account…' });
    const samDisable = menu.find((item) => !item.hasAttribute('disabled'));
    if (!samDisable) throw new Error('no enabled Disable item');
    fireEvent.click(samDisable);
    const dialog = await screen.findByRole('dialog', { name: 'Disable account' });
    expect(server.callsTo('UpdateUser')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable account' }));
    await waitFor(() =>
      expect(server.callsTo('UpdateUser')[0]?.variables).toEqual({
        input: { id: 'id-sam@example.com', disabled: true },
      }),
    );
    const row = await screen.findByTestId('user-row-sam@example.com');
    expect(await within(row).findByText('Disabled')).toBeTruthy();
  });

  it('changes a role only once another one is chosen', async () => {
    const sam = userFixture('sam@example.com');
    const { server } = renderApp({
      path: '/settings/users',
      handlers: {
        users: () => ({ data: { users: [admin, sam] } }),
        updateUser: () => ({
          data: {
            updateUser: { __typename: 'UpdateUserPayload', user: { ...sam, role: 'SRE' } },
          },
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for sam@example.com' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Change role…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change role' });
    const save = within(dialog).getByRole('button', { name: 'Save role' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: /^SRE/ }));
    expect(save.hasAttribute('disabled')).toBe(false);
    fireEvent.click(save);
    await waitFor(() =>
      expect(server.callsTo('UpdateUser')[0]?.variables).toEqual({
        input: { id: 'id-sam@example.com', role: 'SRE' },
      }),
    );
  });
});
