import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlError } from '../../testing/fakeGraphqlFetch';
import { viewerFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows field errors and sends nothing when the form is incomplete', async () => {
    const { server } = renderApp({ path: '/login', role: null });
    const submit = await screen.findByRole('button', { name: 'Sign in' });
    fireEvent.click(submit);
    expect(await screen.findByText('Enter your email address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(server.callsTo('Login')).toHaveLength(0);
  });

  it('validates the email as it is typed', async () => {
    renderApp({ path: '/login', role: null });
    const email = await screen.findByLabelText(/^Email/);
    fireEvent.change(email, { target: { value: 'admin@' } });
    expect(
      await screen.findByText('Enter a valid email address, like name@example.com'),
    ).toBeTruthy();
    fireEvent.change(email, { target: { value: 'admin@backline.local' } });
    await waitFor(() =>
      expect(screen.queryByText('Enter a valid email address, like name@example.com')).toBeNull(),
    );
  });

  it('says the credentials are wrong when the server rejects them', async () => {
    const { server } = renderApp({
      path: '/login',
      role: null,
      handlers: { login: () => graphqlError('UNAUTHENTICATED', 'Invalid credentials') },
    });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit('admin@backline.local', 'not-the-password');
    expect(await screen.findByText('Email or password is incorrect.')).toBeTruthy();
    const [login] = server.callsTo('Login');
    expect(login?.variables).toEqual({
      email: 'admin@backline.local',
      password: 'not-the-password',
    });
    expect(login?.method).toBe('POST');
    expect(login?.contentType).toContain('application/json');
  });

  it("shows the server's message when sign-in is rate limited", async () => {
    const message = 'Too many sign-in attempts. Try again in 14 minutes.';
    renderApp({
      path: '/login',
      role: null,
      handlers: {
        login: () => graphqlError('RATE_LIMITED', message, { retryAfterSeconds: 840 }),
      },
    });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit('admin@backline.local', 'whatever-password');
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('shows field errors from the server next to their fields', async () => {
    renderApp({
      path: '/login',
      role: null,
      handlers: {
        login: () =>
          graphqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [{ path: ['email'], message: 'Email is too long' }],
          }),
      },
    });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit('admin@backline.local', 'whatever-password');
    expect(await screen.findByText('Email is too long')).toBeTruthy();
  });

  it('goes where the user was going after signing in', async () => {
    const { router } = renderApp({
      path: '/login?next=%2Fsettings%2Fprofile',
      role: null,
      handlers: { login: () => ({ data: { login: { viewer: viewerFixture('VIEWER') } } }) },
    });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit('viewer@example.com', 'correct horse battery');
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/profile'));
    expect(await screen.findByRole('heading', { name: 'Change password' })).toBeTruthy();
  });

  it('does not follow a next parameter that points off the site', async () => {
    const { router } = renderApp({
      path: '/login?next=%2F%2Fevil.example.com',
      role: null,
      handlers: { login: () => ({ data: { login: { viewer: viewerFixture('VIEWER') } } }) },
    });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit('viewer@example.com', 'correct horse battery');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
