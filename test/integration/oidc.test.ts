import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config/index.ts';
import { TestClock } from '../support/clock.ts';
import { graphql, login } from '../support/graphql.ts';
import {
  freePort,
  signInThroughProvider,
  startSingleSignOn,
  type TestIdentityProvider,
} from '../support/oidc-provider.ts';
import { startBacklineProcess } from '../support/process.ts';
import { startTestServer, startTestServerOn, type TestServer } from '../support/server.ts';
import { storeKinds } from '../support/stores.ts';

const VIEWER = '{ viewer { role authMethod user { id email name hasPassword singleSignOn } } }';
const USERS = '{ users { id email role hasPassword singleSignOn } }';
const AUDIT = `query($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 100) { totalCount nodes { action actor targetId details } }
}`;

const ROLE_MAP = 'backline-admins=ADMIN,sre=SRE,support=SUPPORT';

/** What the store holds that a refused sign-in must not change. */
async function snapshot(url: string, adminCookie: string) {
  const users = await graphql<{ users: unknown[] }>(url, USERS, {}, { cookie: adminCookie });
  const audit = await graphql<{ auditLog: { totalCount: number } }>(
    url,
    AUDIT,
    {},
    { cookie: adminCookie },
  );
  return { users: users.data?.users, auditEntries: audit.data?.auditLog.totalCount };
}

for (const kind of storeKinds()) {
  describe(`single sign-on through an OpenID Connect provider on ${kind.name}`, () => {
    let idp: TestIdentityProvider;
    let server: TestServer;
    let adminCookie: string;
    // Real time: the provider's tokens and the browser's cookie expiry use it too.
    const clock = new TestClock(Date.now());

    beforeAll(async () => {
      let env: Record<string, string>;
      ({ idp, env } = await startSingleSignOn(
        {
          ada: {
            email: 'Ada@Example.com',
            email_verified: true,
            name: 'Ada Lovelace',
            groups: ['backline-admins', 'sre'],
          },
          sam: { email: 'sam@example.com', email_verified: true, name: 'Sam', groups: ['sre'] },
          eve: { email: 'eve@example.com', email_verified: true, groups: ['marketing'] },
          pat: { email: 'pat@example.com', email_verified: true, groups: ['support'] },
          mal: { email: 'victim@example.com', email_verified: false, groups: ['sre'] },
          nomail: { groups: ['sre'] },
        },
        ROLE_MAP,
      ));
      server = await startTestServerOn(kind, {
        clock,
        env: { ...env, BACKLINE_PASSWORD_LOGIN: 'bootstrap-admin' },
      });
      adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
    });
    afterAll(async () => {
      await server?.stop();
      await idp?.stop();
    });

    it('tells the console that single sign-on is available and password sign-in is restricted', async () => {
      const info = await graphql(
        server.url,
        '{ serverInfo { passwordLogin singleSignOn { displayName loginUrl } } }',
      );
      expect(info.data).toEqual({
        serverInfo: {
          passwordLogin: false,
          singleSignOn: { displayName: 'Acme SSO', loginUrl: '/auth/oidc/login' },
        },
      });
    });

    it('creates the user on first sign-in with the mapped role and a working session', async () => {
      const result = await signInThroughProvider(server.url, 'ada', { next: '/deployments?x=1' });
      expect(result.landed.pathname + result.landed.search).toBe('/deployments?x=1');

      const [start, ...rest] = result.backlineResponses;
      const flowCookie = start?.response.headers.get('set-cookie') ?? '';
      expect(start?.response.status).toBe(302);
      expect(start?.response.headers.get('location')).toMatch(
        new RegExp(`^${idp.issuer}/auth\\?.*code_challenge_method=S256`),
      );
      expect(flowCookie).toMatch(/^backline_sso=[\w-]+;/);
      expect(flowCookie).toMatch(/HttpOnly/);
      expect(flowCookie).toMatch(/SameSite=Lax/);
      expect(flowCookie).toMatch(/Path=\/auth\/oidc/);
      // The sealed flow does not show the state, nonce or verifier.
      const authorize = new URL(start?.response.headers.get('location') ?? '');
      expect(flowCookie).not.toContain(authorize.searchParams.get('state'));

      const callback = rest.find((r) => r.url.pathname === '/auth/oidc/callback');
      expect(callback?.response.status).toBe(302);
      const cookies = callback?.response.headers.getSetCookie() ?? [];
      expect(cookies.some((c) => /^backline_sso=;.*Max-Age=0/.test(c))).toBe(true);
      const session = cookies.find((c) => c.startsWith('backline_session='));
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Strict/);

      const cookie = `backline_session=${result.jar.get(server.url, 'backline_session')}`;
      const viewer = await graphql<{
        viewer: { role: string; authMethod: string; user: Record<string, unknown> };
      }>(server.url, VIEWER, {}, { cookie });
      expect(viewer.data?.viewer).toMatchObject({
        role: 'ADMIN',
        authMethod: 'SESSION',
        user: {
          email: 'ada@example.com',
          name: 'Ada Lovelace',
          hasPassword: false,
          singleSignOn: true,
        },
      });
      const userId = viewer.data?.viewer.user.id as string;

      // The session is a normal one: an admin-only query works with it.
      const users = await graphql<{ users: { email: string; singleSignOn: boolean }[] }>(
        server.url,
        USERS,
        {},
        { cookie },
      );
      expect(users.data?.users).toContainEqual(
        expect.objectContaining({ email: 'ada@example.com', singleSignOn: true, role: 'ADMIN' }),
      );

      const audit = await graphql<{
        auditLog: { nodes: { action: string; actor: string; targetId: string; details: never }[] };
      }>(server.url, AUDIT, { filter: { targetId: userId } }, { cookie: adminCookie });
      const entries = audit.data?.auditLog.nodes ?? [];
      expect(entries.map((e) => e.action).sort()).toEqual(['auth.oidc_login', 'user.create']);
      expect(entries.find((e) => e.action === 'user.create')).toMatchObject({
        actor: 'ada@example.com',
        details: { role: 'ADMIN', source: 'oidc', issuer: idp.issuer, subject: 'ada' },
      });
      expect(entries.find((e) => e.action === 'auth.oidc_login')).toMatchObject({
        details: { role: 'ADMIN', groups: ['backline-admins', 'sre'], subject: 'ada' },
      });
    });

    it('maps a changed group to the new role on the next sign-in, for the same user', async () => {
      const first = await signInThroughProvider(server.url, 'sam');
      expect(first.landed.pathname).toBe('/');
      const firstCookie = `backline_session=${first.jar.get(server.url, 'backline_session')}`;
      const before = await graphql<{ viewer: { role: string; user: { id: string } } }>(
        server.url,
        VIEWER,
        {},
        { cookie: firstCookie },
      );
      expect(before.data?.viewer.role).toBe('SRE');

      idp.accounts.set('sam', { ...idp.accounts.get('sam'), groups: ['support', 'marketing'] });
      const second = await signInThroughProvider(server.url, 'sam');
      const cookie = `backline_session=${second.jar.get(server.url, 'backline_session')}`;
      const after = await graphql<{ viewer: { role: string; user: { id: string } } }>(
        server.url,
        VIEWER,
        {},
        { cookie },
      );
      expect(after.data?.viewer).toMatchObject({
        role: 'SUPPORT',
        user: { id: before.data?.viewer.user.id },
      });
      const audit = await graphql<{ auditLog: { nodes: { details: unknown }[] } }>(
        server.url,
        AUDIT,
        { filter: { action: 'user.update', targetId: before.data?.viewer.user.id } },
        { cookie: adminCookie },
      );
      expect(audit.data?.auditLog.nodes).toEqual([
        {
          action: 'user.update',
          actor: 'sam@example.com',
          targetId: before.data?.viewer.user.id,
          details: {
            email: 'sam@example.com',
            changes: { role: { from: 'SRE', to: 'SUPPORT' } },
            source: 'oidc',
          },
        },
      ]);
    });

    it('refuses a user in no mapped group with a clear reason, and writes nothing', async () => {
      const before = await snapshot(server.url, adminCookie);
      const result = await signInThroughProvider(server.url, 'eve');
      expect(result.landed.pathname + result.landed.search).toBe('/login?sso_error=not_authorized');
      expect(result.jar.get(server.url, 'backline_session')).toBeUndefined();
      expect(await snapshot(server.url, adminCookie)).toEqual(before);
    });

    it('refuses a callback whose state was tampered with, and writes nothing', async () => {
      const before = await snapshot(server.url, adminCookie);
      const result = await signInThroughProvider(server.url, 'ada', {
        onCallback: (url) => {
          url.searchParams.set('state', 'forged-state');
          return url;
        },
      });
      expect(result.landed.pathname + result.landed.search).toBe('/login?sso_error=state_mismatch');
      expect(result.jar.get(server.url, 'backline_session')).toBeUndefined();
      expect(await snapshot(server.url, adminCookie)).toEqual(before);
    });

    it('refuses a callback without the flow cookie of this browser, or with an altered one', async () => {
      const started = await fetch(`${server.url}/auth/oidc/login`, { redirect: 'manual' });
      const state = new URL(started.headers.get('location') ?? '').searchParams.get('state');
      const sealed = /backline_sso=([^;]+)/.exec(started.headers.get('set-cookie') ?? '')?.[1];
      const altered = `${sealed?.slice(0, -2)}${sealed?.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const cookie of [undefined, `backline_sso=${altered}`]) {
        const response = await fetch(
          `${server.url}/auth/oidc/callback?code=stolen-code&state=${state}`,
          { redirect: 'manual', headers: cookie ? { cookie } : {} },
        );
        expect(response.status).toBe(302);
        expect(response.headers.get('location')).toBe('/login?sso_error=no_flow');
      }
    });

    it('refuses a sign-in that took longer than ten minutes', async () => {
      const result = await signInThroughProvider(server.url, 'ada', {
        onCallback: (url) => {
          clock.advance(11 * 60_000);
          return url;
        },
      });
      expect(result.landed.pathname + result.landed.search).toBe('/login?sso_error=expired');
    });

    it("passes on the provider's refusal without its text", async () => {
      const response = await fetch(
        `${server.url}/auth/oidc/callback?error=access_denied&error_description=%3Cscript%3E`,
        { redirect: 'manual' },
      );
      expect(response.headers.get('location')).toBe('/login?sso_error=denied');
      const other = await fetch(`${server.url}/auth/oidc/callback?error=server_error`, {
        redirect: 'manual',
      });
      expect(other.headers.get('location')).toBe('/login?sso_error=provider_error');
    });

    it('returns only to paths on this site: no open redirect', async () => {
      for (const next of [
        'https://evil.example/phish',
        '//evil.example/phish',
        '/\\evil.example',
        'javascript:alert(1)',
        '/login?next=https://evil.example',
      ]) {
        const result = await signInThroughProvider(server.url, 'ada', { next });
        expect(result.landed.origin).toBe(new URL(server.url).origin);
        expect(result.landed.pathname).toBe('/');
      }
    });

    it('links an existing account by its verified email, and refuses an unverified one', async () => {
      const created = await graphql<{ createUser: { user: { id: string } } }>(
        server.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
        {
          input: {
            email: 'pat@example.com',
            name: 'Pat',
            role: 'VIEWER',
            password: 'a-long-enough-password',
          },
        },
        { cookie: adminCookie },
      );
      const patId = created.data?.createUser.user.id;
      const linked = await signInThroughProvider(server.url, 'pat');
      const cookie = `backline_session=${linked.jar.get(server.url, 'backline_session')}`;
      const viewer = await graphql<{ viewer: { role: string; user: Record<string, unknown> } }>(
        server.url,
        VIEWER,
        {},
        { cookie },
      );
      expect(viewer.data?.viewer).toMatchObject({
        role: 'SUPPORT',
        user: { id: patId, hasPassword: true, singleSignOn: true },
      });

      await graphql(
        server.url,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
        {
          input: {
            email: 'victim@example.com',
            name: 'Victim',
            role: 'ADMIN',
            password: 'a-long-enough-password',
          },
        },
        { cookie: adminCookie },
      );
      const before = await snapshot(server.url, adminCookie);
      const refused = await signInThroughProvider(server.url, 'mal');
      expect(refused.landed.search).toBe('?sso_error=email_unverified');
      expect(await snapshot(server.url, adminCookie)).toEqual(before);

      const noEmail = await signInThroughProvider(server.url, 'nomail');
      expect(noEmail.landed.search).toBe('?sso_error=no_email');
    });

    it('keeps password sign-in for the bootstrap admin only, when so configured', async () => {
      expect(await login(server.url, server.adminEmail, server.adminPassword)).toMatch(
        /^backline_session=/,
      );
      const refused = await graphql(
        server.url,
        'mutation { login(email: "pat@example.com", password: "a-long-enough-password") { viewer { role } } }',
      );
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Password sign-in is turned off; sign in with single sign-on instead.',
        extensions: { code: 'FORBIDDEN' },
      });
      // An SSO user has no password to change.
      const sso = await signInThroughProvider(server.url, 'ada');
      const changed = await graphql(
        server.url,
        'mutation { changePassword(input: { currentPassword: "x", newPassword: "another-long-password" }) }',
        {},
        { cookie: `backline_session=${sso.jar.get(server.url, 'backline_session')}` },
      );
      expect(changed.errors?.[0]?.message).toBe(
        'This account signs in through single sign-on and has no password to change.',
      );
    });

    it('refuses a sign-in that would demote the last active admin, and writes nothing', async () => {
      const ada = await signInThroughProvider(server.url, 'ada');
      const adaCookie = `backline_session=${ada.jar.get(server.url, 'backline_session')}`;
      const users = await graphql<{ users: { id: string; email: string; role: string }[] }>(
        server.url,
        USERS,
        {},
        { cookie: adaCookie },
      );
      const otherAdmins = (users.data?.users ?? []).filter(
        (u) => u.role === 'ADMIN' && u.email !== 'ada@example.com',
      );
      const setDisabled = (id: string, disabled: boolean) =>
        graphql(
          server.url,
          'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }',
          { input: { id, disabled } },
          { cookie: adaCookie },
        );
      for (const admin of otherAdmins) await setDisabled(admin.id, true);

      const groups = idp.accounts.get('ada')?.groups;
      idp.accounts.set('ada', { ...idp.accounts.get('ada'), groups: ['sre'] });
      const before = await snapshot(server.url, adaCookie);
      const refused = await signInThroughProvider(server.url, 'ada');
      expect(refused.landed.search).toBe('?sso_error=last_admin');
      expect(await snapshot(server.url, adaCookie)).toEqual(before);

      idp.accounts.set('ada', { ...idp.accounts.get('ada'), groups });
      for (const admin of otherAdmins) await setDisabled(admin.id, false);
    });
  });
}

describe('single sign-on settings', () => {
  const complete = {
    BACKLINE_OIDC_ISSUER_URL: 'https://login.example.com/realms/acme',
    BACKLINE_OIDC_CLIENT_ID: 'backline',
    BACKLINE_OIDC_CLIENT_SECRET: 'very-secret-value',
    BACKLINE_OIDC_REDIRECT_URL: 'https://backline.example.com/auth/oidc/callback',
  };

  function issues(env: Record<string, string>): string[] {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError)
        return error.issues.map((i) => `${i.variable}: ${i.message}`);
      throw error;
    }
    return [];
  }

  it('reads a complete configuration with its defaults: deny users without a mapped group', () => {
    const config = loadConfig({ ...complete, BACKLINE_OIDC_ROLE_MAP: ROLE_MAP });
    expect(config.oidc).toMatchObject({
      scopes: ['openid', 'email', 'profile'],
      rolesClaim: 'groups',
      defaultRole: null,
      displayName: 'Single sign-on',
    });
    expect([...(config.oidc?.roleMap ?? [])]).toEqual([
      ['backline-admins', 'ADMIN'],
      ['sre', 'SRE'],
      ['support', 'SUPPORT'],
    ]);
    expect(config.passwordLogin).toBe('on');
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('names each variable a partial configuration is missing', () => {
    const { BACKLINE_OIDC_CLIENT_SECRET: _, ...withoutSecret } = complete;
    expect(issues(withoutSecret)).toEqual([
      'BACKLINE_OIDC_CLIENT_SECRET: is required for single sign-on (BACKLINE_OIDC_ISSUER_URL, BACKLINE_OIDC_CLIENT_ID, BACKLINE_OIDC_REDIRECT_URL are set)',
    ]);
    expect(issues({ BACKLINE_OIDC_ISSUER_URL: complete.BACKLINE_OIDC_ISSUER_URL })).toEqual([
      expect.stringMatching(/^BACKLINE_OIDC_CLIENT_ID: is required/),
      expect.stringMatching(/^BACKLINE_OIDC_CLIENT_SECRET: is required/),
      expect.stringMatching(/^BACKLINE_OIDC_REDIRECT_URL: is required/),
    ]);
  });

  it('says what is wrong with a bad role map, redirect URL, scopes or default role', () => {
    const found = issues({
      ...complete,
      BACKLINE_OIDC_ROLE_MAP: 'admins=ADMIN,ops=OPERATOR',
      BACKLINE_OIDC_REDIRECT_URL: 'https://backline.example.com/callback',
      BACKLINE_OIDC_SCOPES: 'email profile',
      BACKLINE_OIDC_DEFAULT_ROLE: 'GUEST',
    });
    expect(found).toEqual([
      expect.stringMatching(/^BACKLINE_OIDC_REDIRECT_URL: must end in \/auth\/oidc\/callback/),
      'BACKLINE_OIDC_SCOPES: must include openid (got "email profile")',
      expect.stringMatching(
        /^BACKLINE_OIDC_ROLE_MAP: "ops=OPERATOR" is not group=ROLE with ROLE one of VIEWER, SUPPORT, SRE, ADMIN/,
      ),
      expect.stringMatching(/^BACKLINE_OIDC_DEFAULT_ROLE: must be none or one of/),
    ]);
    expect(issues({ BACKLINE_PASSWORD_LOGIN: 'bootstrap-admin' })).toEqual([
      'BACKLINE_PASSWORD_LOGIN: can only be restricted when single sign-on is configured (BACKLINE_OIDC_*)',
    ]);
  });

  it('starts while the provider is down, and says single sign-on is unavailable until it is back', async () => {
    const closedPort = await freePort();
    const server = await startTestServer({
      env: {
        BACKLINE_OIDC_ISSUER_URL: `http://127.0.0.1:${closedPort}`,
        BACKLINE_OIDC_CLIENT_ID: 'backline',
        BACKLINE_OIDC_CLIENT_SECRET: 'very-secret-value',
        BACKLINE_OIDC_REDIRECT_URL: 'http://127.0.0.1:1/auth/oidc/callback',
      },
    });
    try {
      const response = await fetch(`${server.url}/auth/oidc/login`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login?sso_error=unavailable');
      expect(response.headers.get('set-cookie')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('stops the server at start with exit code 78 on a partial configuration', async () => {
    const error = await startBacklineProcess({
      BACKLINE_OIDC_ISSUER_URL: complete.BACKLINE_OIDC_ISSUER_URL,
      BACKLINE_OIDC_CLIENT_SECRET: 'do-not-print-this-secret',
    }).then(
      () => new Error('it started'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/^exited with 78 before serving/);
    expect(error.message).toMatch(/BACKLINE_OIDC_CLIENT_ID: is required for single sign-on/);
    expect(error.message).toMatch(/BACKLINE_OIDC_REDIRECT_URL: is required for single sign-on/);
    expect(error.message).not.toContain('do-not-print-this-secret');
  });
});
