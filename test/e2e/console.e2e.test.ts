import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ProfilePage } from './pages/ProfilePage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { TokensPage } from './pages/TokensPage.ts';
import { UsersPage } from './pages/UsersPage.ts';
import { browserSession, screenshot } from './support/browser.ts';

let server: TestServer;
/** The API answers a rejected sign-in or session with 401 or 429; browsers log those responses. */
const EXPECTED_STATUS_LOG =
  /Failed to load resource: the server responded with a status of (401|429)/;

async function signInAsAdmin(page: Page): Promise<ShellPage> {
  const login = await new LoginPage(page).goto();
  await login.signIn(server.adminEmail, server.adminPassword);
  const shell = new ShellPage(page);
  await shell.waitUntilSignedIn();
  return shell;
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

// Uncaught exceptions and console errors from every page fail the test, CSP violations included.
const session = browserSession(
  () => server.url,
  (_page, message) => !EXPECTED_STATUS_LOG.test(message),
);
const newPage = session.newPage;

describe('the console in Chromium', () => {
  it('rejects a wrong password with a clear message', async () => {
    const page = await newPage();
    const login = await new LoginPage(page).goto();
    await screenshot(page, 'login');
    await login.signIn(server.adminEmail, 'not-the-admin-password');
    await login.error.waitFor();
    expect(await login.error.textContent()).toContain('Email or password is incorrect.');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
  });

  it("shows the server's message when sign-in is rate limited", async () => {
    const email = 'locked-out@example.com';
    const loginMutation =
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }';
    // Guess through the API, as a script would, until the wait between attempts (which doubles
    // with each failure past the limit) is long enough for the browser to meet it.
    const deadline = Date.now() + 90_000;
    let waitSeconds = 0;
    while (waitSeconds < 8 && Date.now() < deadline) {
      const result = await graphql(server.url, loginMutation, { e: email, p: 'wrong-password' });
      const error = result.errors?.[0];
      if (error?.extensions?.code === 'RATE_LIMITED') {
        waitSeconds = Number(/Try again in (\d+) seconds/.exec(error.message)?.[1] ?? 0);
      }
    }
    expect(waitSeconds).toBeGreaterThanOrEqual(8);
    const page = await newPage();
    const loginPage = await new LoginPage(page).goto();
    await loginPage.signIn(email, 'wrong-password');
    await loginPage.error.waitFor();
    expect(await loginPage.error.textContent()).toMatch(
      /^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/,
    );
    await screenshot(page, 'login-rate-limited');
  });

  it('lets an admin create a user, issue and revoke a token, and audit it all', async () => {
    const page = await newPage();
    const shell = await signInAsAdmin(page);
    expect(await shell.viewerEmail.textContent()).toBe(server.adminEmail);
    expect(await shell.viewerRole.textContent()).toBe('Admin');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await screenshot(page, 'overview');

    // A user, through the modal form.
    const users = new UsersPage(page);
    await shell.openSettings('Users');
    await users.createButton.waitFor();
    await users.openCreateDialog();
    await users.dialog.getByLabel('Email').fill('sam@');
    await users.dialog.getByText('Enter a valid email address, like name@example.com').waitFor();
    await screenshot(page, 'users-create-validation');
    await users.dialog.getByRole('button', { name: 'Cancel' }).click();
    await users.dialog.waitFor({ state: 'hidden' });
    await users.createUser({
      email: 'sam.sre@example.com',
      name: 'Sam Reliability',
      role: 'SRE',
      password: 'a-long-enough-password',
    });
    expect(await users.row('sam.sre@example.com').textContent()).toContain('SRE');
    await screenshot(page, 'users');

    // A token: the secret shows once, then never again.
    const tokens = new TokensPage(page);
    await shell.openSettings('API tokens');
    await tokens.createButton.waitFor();
    await tokens.createToken('ci-deployer');
    const secret = (await tokens.secret.textContent()) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    expect(await tokens.secretDialog.textContent()).toContain('It will not be shown again');
    await screenshot(page, 'token-secret');
    await tokens.dismissSecret();
    expect(await page.content()).not.toContain(secret);
    await tokens.row('ci-deployer').getByText('Active', { exact: true }).waitFor();

    // The token works until it is revoked.
    const viaToken = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { authMethod } }' }),
    });
    expect(await viaToken.json()).toEqual({ data: { viewer: { authMethod: 'TOKEN' } } });
    await tokens.revoke('ci-deployer');
    await tokens.row('ci-deployer').getByText('Revoked', { exact: true }).waitFor();
    await screenshot(page, 'tokens');

    // The audit log has all of it, and its chain holds.
    const audit = new AuditPage(page);
    await shell.open('Audit');
    await audit.verification.waitFor();
    await audit.rowsWithAction('token.revoke').first().waitFor();
    const actions = await audit.actions();
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'token.create', 'token.revoke']),
    );
    expect(actions.indexOf('token.revoke')).toBeLessThan(actions.indexOf('token.create'));
    expect(await audit.verificationStatus()).toBe('ok');
    expect(await audit.verification.textContent()).toContain('Chain verified');
    expect((await audit.headHash.textContent())?.length).toBe(64);
    await screenshot(page, 'audit');

    // Expanded details and a filter that carries into the export link.
    await page
      .getByRole('button', { name: /Show details of entry/ })
      .first()
      .click();
    await screenshot(page, 'audit-details');
    await audit.filterByAction('token.');
    await page.waitForURL(/\/audit\?action=token\./);
    await expect
      .poll(() => audit.actions(), { timeout: 15_000 })
      .toEqual(['token.revoke', 'token.create']);
    expect(await audit.exportLink.getAttribute('href')).toBe('/api/audit/export?action=token.');
    const exported = await page.evaluate(async () => {
      const response = await fetch('/api/audit/export?action=token.');
      return { status: response.status, body: await response.text() };
    });
    expect(exported.status).toBe(200);
    const lines = exported.body.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual([
      'token.create',
      'token.revoke',
    ]);
  });

  it('shows new audit entries live', async () => {
    const page = await newPage();
    await signInAsAdmin(page);
    const audit = await new AuditPage(page).goto();
    await audit.rows.first().waitFor();
    const before = await audit.rowsWithAction('token.create').count();
    // Another client creates a token with the same session while the page is open.
    await page.evaluate(async () => {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { createApiToken(input: { name: "live-check", role: VIEWER, expiresInDays: 1 }) { token { id } } }',
        }),
      });
    });
    await expect
      .poll(() => audit.rowsWithAction('token.create').count(), { timeout: 15_000 })
      .toBe(before + 1);
    await page.getByText(/1 new entry since/).waitFor();
  });

  it('returns to the page the user was going to after signing in', async () => {
    const page = await newPage();
    await page.goto('/settings/profile');
    const login = new LoginPage(page);
    await login.submit.waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings/profile');
    await login.signIn(server.adminEmail, server.adminPassword);
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/profile');

    // Keyboard users can jump past the navigation.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main-content');
  });

  it('tells the user when the session has expired', async () => {
    const page = await newPage();
    const shell = await signInAsAdmin(page);
    await page.context().clearCookies();
    await shell.openSettings('API tokens');
    const login = new LoginPage(page);
    await login.notice.waitFor();
    expect(await login.notice.textContent()).toBe('Your session has expired; sign in again.');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings/tokens');
    await screenshot(page, 'session-expired');
  });

  it('follows the OS dark theme and switches with the menu', async () => {
    const page = await newPage({ colorScheme: 'dark' });
    await new LoginPage(page).goto();
    await screenshot(page, 'login-dark');
    const shell = await signInAsAdmin(page);
    expect(await shell.colorScheme()).toBe('dark');
    const background = String(
      await page.evaluate('getComputedStyle(document.body).backgroundColor'),
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    await new AuditPage(page).goto();
    await page.getByTestId('audit-row').first().waitFor();
    await screenshot(page, 'audit-dark');
    await new TokensPage(page).goto();
    await screenshot(page, 'tokens-dark');

    await shell.openUserMenu();
    await screenshot(page, 'user-menu-dark');
    await page.keyboard.press('Escape');

    await shell.chooseTheme('Light theme');
    await expect.poll(() => shell.colorScheme(), { timeout: 15_000 }).toBe('light');
    await page.reload();
    await shell.waitUntilSignedIn();
    expect(await shell.colorScheme()).toBe('light');
  });

  it('fits a phone screen, with the navigation behind a menu button', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    const shell = await signInAsAdmin(page);
    expect(await shell.isNavigationOnScreen()).toBe(false);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect.poll(() => shell.isNavigationOnScreen(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'mobile-navigation');
    await shell.open('Audit');
    await expect.poll(() => shell.isNavigationOnScreen(), { timeout: 15_000 }).toBe(false);
    await page.getByTestId('audit-verification').waitFor();
    await screenshot(page, 'mobile-audit');
  });

  it('gives an SRE no user management, tokens up to SRE, and their own password', async () => {
    const adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
    const sre = await userWithRole(server.url, adminCookie, 'SRE');
    const page = await newPage();
    const loginPage = await new LoginPage(page).goto();
    await loginPage.signIn(sre.email, 'a-long-enough-password');
    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();
    expect(await shell.viewerRole.textContent()).toBe('SRE');

    await shell.openSettings('API tokens');
    expect(await shell.navigation.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByText('All users’ tokens').count()).toBe(0);
    await page.getByText('You have no API tokens').waitFor();
    const tokens = new TokensPage(page);
    await tokens.createButton.click();
    await tokens.createDialog.getByRole('combobox', { name: 'Role' }).click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(['SRE', 'Support', 'Viewer']);
    await page.keyboard.press('Escape');
    await tokens.createDialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/settings/users');
    await page.getByText('Only admins manage users').waitFor();

    const profile = await new ProfilePage(page).goto();
    await profile.changePassword('not-my-password', 'an-even-longer-password');
    await profile.form.getByText('Is incorrect').waitFor();
    await screenshot(page, 'profile-wrong-password');
    await profile.changePassword('a-long-enough-password', 'an-even-longer-password');
    await page.getByText('Password changed').waitFor();
    expect(await profile.currentPassword.inputValue()).toBe('');

    await shell.signOut();
    const again = new LoginPage(page);
    await again.submit.waitFor();
    await again.signIn(sre.email, 'an-even-longer-password');
    await shell.waitUntilSignedIn();
  });
});
