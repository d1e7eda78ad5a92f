import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSingleSignOn, type TestIdentityProvider } from '../support/oidc-provider.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { IdentityProviderPage } from './pages/IdentityProviderPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { UsersPage } from './pages/UsersPage.ts';
import { browserSession, screenshot } from './support/browser.ts';

let idp: TestIdentityProvider;
let server: TestServer;

beforeAll(async () => {
  let env: Record<string, string>;
  ({ idp, env } = await startSingleSignOn(
    {
      ada: {
        email: 'ada@example.com',
        email_verified: true,
        name: 'Ada Lovelace',
        groups: ['backline-admins'],
      },
      eve: { email: 'eve@example.com', email_verified: true, name: 'Eve', groups: ['marketing'] },
    },
    'backline-admins=ADMIN,sre=SRE',
  ));
  server = await startTestServer({ env });
});

afterAll(async () => {
  await server?.stop();
  await idp?.stop();
});

// Uncaught exceptions and console errors on Backline's pages fail the test, CSP violations
// included; the identity provider's pages are not ours.
const session = browserSession(
  () => server.url,
  (page) => page.url().startsWith(server.url),
);
const newPage = () => session.newPage();

describe('single sign-on in Chromium', () => {
  it('signs in through the identity provider and lands in the console where it was going', async () => {
    const page = await newPage();
    const login = await new LoginPage(page).goto('/settings/users');
    await login.ssoButton('Acme SSO').waitFor();
    await screenshot(page, 'sso-login');
    await login.ssoButton('Acme SSO').click();

    const provider = new IdentityProviderPage(page);
    await provider.login.waitFor();
    expect(page.url().startsWith(idp.issuer)).toBe(true);
    await screenshot(page, 'sso-provider-login');
    await provider.signInAs('ada');

    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();
    expect(new URL(page.url()).pathname).toBe('/settings/users');
    expect(await shell.viewerEmail.textContent()).toBe('ada@example.com');
    expect(await shell.viewerRole.textContent()).toBe('Admin');

    const users = new UsersPage(page);
    await users.row('ada@example.com').getByText('SSO').waitFor();
    await screenshot(page, 'sso-signed-in-users');
  });

  it('sends a user in no mapped group back to the login page with the reason', async () => {
    const page = await newPage();
    const login = await new LoginPage(page).goto();
    await login.ssoButton('Acme SSO').click();
    await new IdentityProviderPage(page).signInAs('eve');

    await login.ssoError.waitFor();
    expect(await login.ssoError.textContent()).toContain(
      'Your Acme SSO account is not in a group that may use Backline.',
    );
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'sso-not-authorized');
  });
});
