import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/renderApp';

function signInOptions(passwordLogin: boolean, displayName = 'Acme SSO') {
  return () => ({
    data: {
      serverInfo: {
        __typename: 'ServerInfo',
        passwordLogin,
        singleSignOn: { __typename: 'SingleSignOn', displayName, loginUrl: '/auth/oidc/login' },
      },
    },
  });
}

describe('signing in with single sign-on', () => {
  it('offers the identity provider first, keeping where the user was going', async () => {
    renderApp({
      path: '/login?next=%2Fincidents%3Fstatus%3DOPEN',
      role: null,
      handlers: { signInOptions: signInOptions(true) },
    });
    const button = await screen.findByRole('link', { name: 'Sign in with Acme SSO' });
    expect(button.getAttribute('href')).toBe('/auth/oidc/login?next=%2Fincidents%3Fstatus%3DOPEN');
    expect(screen.getByText('or with your email')).toBeTruthy();
    expect(screen.getByLabelText(/^Password/)).toBeTruthy();
  });

  it('hides the password form behind an administrator link when password sign-in is restricted', async () => {
    renderApp({ path: '/login', role: null, handlers: { signInOptions: signInOptions(false) } });
    const button = await screen.findByRole('link', { name: 'Sign in with Acme SSO' });
    expect(button.getAttribute('href')).toBe('/auth/oidc/login');
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Administrator sign-in with a password' }));
    expect(await screen.findByLabelText(/^Password/)).toBeTruthy();
  });

  it('says why the last single sign-on failed, from the code in the URL only', async () => {
    renderApp({
      path: '/login?sso_error=not_authorized',
      role: null,
      handlers: { signInOptions: signInOptions(true, 'Okta') },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Single sign-on failed');
    expect(alert.textContent).toContain(
      'Your Okta account is not in a group that may use Backline. Ask an admin to add you to one.',
    );
  });

  it('shows only the password form when single sign-on is not configured', async () => {
    renderApp({
      path: '/login',
      role: null,
      handlers: {
        signInOptions: () => ({
          data: {
            serverInfo: { __typename: 'ServerInfo', passwordLogin: true, singleSignOn: null },
          },
        }),
      },
    });
    expect(await screen.findByLabelText(/^Password/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull();
  });

  it('tells a user without a password that the identity provider manages their sign-in', async () => {
    const viewer = viewerFixture('SRE', 'ada@example.com');
    renderApp({
      path: '/settings/profile',
      handlers: {
        viewer: () => ({
          data: { viewer: { ...viewer, user: { ...viewer.user, hasPassword: false } } },
        }),
      },
    });
    expect(await screen.findByText(/You sign in through single sign-on/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Change password' })).toBeNull();
  });
});
