import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const VIEWER = '{ viewer { role authMethod user { email } } }';
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id name role prefix status } }
}`;
const REVOKE_TOKEN =
  'mutation($id: ID!) { revokeApiToken(id: $id) { token { id status revokedAt } } }';

describe('signing in, sessions and API tokens over HTTP', () => {
  let server: TestServer;
  let adminCookie: string;
  const clock = new TestClock();

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { BACKLINE_LOGIN_MAX_ATTEMPTS: '3' } });
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(() => server.stop());

  it('refuses a wrong password and an unknown email with the same 401 message', async () => {
    const wrong = await graphql(
      server.url,
      'mutation { login(email: "admin@backline.local", password: "nope-nope-nope") { viewer { role } } }',
    );
    const unknown = await graphql(
      server.url,
      'mutation { login(email: "ghost@example.com", password: "nope-nope-nope") { viewer { role } } }',
    );
    for (const result of [wrong, unknown]) {
      expect(result.status).toBe(401);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(result.headers.get('set-cookie')).toBeNull();
    }
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and knows the viewer', async () => {
    const result = await graphql(
      server.url,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }`,
      {
        e: server.adminEmail,
        p: server.adminPassword,
      },
    );
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^backline_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const viewer = await graphql(server.url, VIEWER, {}, { cookie: cookie.split(';')[0] });
    expect(viewer.data).toEqual({
      viewer: { role: 'ADMIN', authMethod: 'SESSION', user: { email: 'admin@backline.local' } },
    });
    expect((await graphql(server.url, VIEWER)).data).toEqual({ viewer: null });
  });

  it('ends an idle session and tells the caller it expired', async () => {
    const user = await userWithRole(server.url, adminCookie, 'VIEWER');
    expect(
      (
        await graphql(
          server.url,
          '{ auditLog(first: 1) { totalCount } }',
          {},
          { cookie: user.cookie },
        )
      ).errors,
    ).toBeUndefined();
    clock.advance(31 * 60_000);
    const result = await graphql(
      server.url,
      '{ auditLog(first: 1) { totalCount } }',
      {},
      { cookie: user.cookie },
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Your session has expired; sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });

  it('ends a busy session at its absolute expiry', async () => {
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    // Active every 20 minutes, so never idle: alive for 11 h 40 min, gone at 12 h.
    for (let step = 0; step < 35; step++) {
      clock.advance(20 * 60_000);
      expect((await graphql(server.url, VIEWER, {}, { cookie })).data?.viewer).not.toBeNull();
    }
    clock.advance(20 * 60_000);
    const expired = await graphql(server.url, VIEWER, {}, { cookie });
    expect(expired.errors?.[0]?.message).toBe('Your session has expired; sign in again.');
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const result = await graphql(server.url, 'mutation { logout }', {}, { cookie });
    expect(result.data).toEqual({ logout: true });
    expect(result.headers.get('set-cookie')).toMatch(
      /backline_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    const after = await graphql(server.url, VIEWER, {}, { cookie });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('issues a token once, stores only its hash, and refuses it once revoked', async () => {
    const created = await graphql<{
      createApiToken: { secret: string; token: { id: string; prefix: string; status: string } };
    }>(
      server.url,
      CREATE_TOKEN,
      { input: { name: 'ci', role: 'VIEWER', expiresInDays: 30 } },
      { cookie: adminCookie },
    );
    const { secret, token } = created.data?.createApiToken ?? {
      secret: '',
      token: { id: '', prefix: '', status: '' },
    };
    expect(secret).toMatch(/^bl_[\w-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token.status).toBe('ACTIVE');
    const stored = await server.backline.services.tokens.list(
      { user: { id: '' } as never, role: 'ADMIN', method: 'SESSION' },
      true,
    );
    expect(JSON.stringify(stored)).not.toContain(secret);

    const asToken = await graphql(server.url, VIEWER, {}, { token: secret });
    expect(asToken.data).toEqual({
      viewer: { role: 'VIEWER', authMethod: 'TOKEN', user: { email: 'admin@backline.local' } },
    });

    const forbidden = await graphql(
      server.url,
      'mutation { createUser(input: {email: "x@y.z", name: "X", role: VIEWER, password: "a-long-enough-password"}) { user { id } } }',
      {},
      { token: secret },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await graphql(server.url, REVOKE_TOKEN, { id: token.id }, { cookie: adminCookie });
    const revoked = await graphql(server.url, VIEWER, {}, { token: secret });
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]).toMatchObject({
      message: 'The API token has been revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an expired token', async () => {
    const created = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      CREATE_TOKEN,
      { input: { name: 'short', role: 'ADMIN', expiresInDays: 1 } },
      { cookie: adminCookie },
    );
    const secret = created.data?.createApiToken.secret ?? '';
    expect((await graphql(server.url, VIEWER, {}, { token: secret })).data?.viewer).not.toBeNull();
    clock.advance(86_400_000 + 1000);
    const result = await graphql(server.url, VIEWER, {}, { token: secret });
    expect(result.errors?.[0]?.message).toBe('The API token has expired.');
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });

  it('never lets a token carry more than its creator, even after the creator is demoted', async () => {
    const sre = await userWithRole(server.url, adminCookie, 'SRE');
    const above = await graphql(
      server.url,
      CREATE_TOKEN,
      { input: { name: 'x', role: 'ADMIN', expiresInDays: 5 } },
      { cookie: sre.cookie },
    );
    expect(above.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', fields: [{ path: ['input', 'role'] }] },
    });
    const own = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      CREATE_TOKEN,
      { input: { name: 'x', role: 'SRE', expiresInDays: 5 } },
      { cookie: sre.cookie },
    );
    const secret = own.data?.createApiToken.secret ?? '';
    await graphql(
      server.url,
      'mutation($id: ID!) { updateUser(input: {id: $id, role: VIEWER}) { user { role } } }',
      { id: sre.id },
      { cookie: adminCookie },
    );
    expect((await graphql(server.url, VIEWER, {}, { token: secret })).data).toMatchObject({
      viewer: { role: 'VIEWER' },
    });
  });

  it("hides other users' tokens: revoking one reports it as not found", async () => {
    const a = await userWithRole(server.url, adminCookie, 'SUPPORT');
    const b = await userWithRole(server.url, adminCookie, 'SUPPORT');
    const created = await graphql<{ createApiToken: { token: { id: string } } }>(
      server.url,
      CREATE_TOKEN,
      { input: { name: 'mine', role: 'SUPPORT', expiresInDays: 5 } },
      { cookie: a.cookie },
    );
    const result = await graphql(
      server.url,
      REVOKE_TOKEN,
      { id: created.data?.createApiToken.token.id },
      { cookie: b.cookie },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = await graphql(
      server.url,
      '{ apiTokens(all: true) { id } }',
      {},
      { cookie: a.cookie },
    );
    expect(all.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names each bad field of a user and keeps the last admin', async () => {
    const result = await graphql(
      server.url,
      'mutation { createUser(input: {email: "not-an-email", name: "", role: SRE, password: "short"}) { user { id } } }',
      {},
      { cookie: adminCookie },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (
      (result.errors?.[0]?.extensions?.fields ?? []) as { path: string[]; message: string }[]
    ).map((f) => [f.path.join('.'), f.message]);
    // In the words the console's Create user form shows for the same values.
    expect(Object.fromEntries(fields)).toEqual({
      'input.email': 'Enter a valid email address, like name@example.com',
      'input.name': 'Enter the person’s name',
      'input.password': 'Use at least 12 characters (5 so far)',
    });

    const me = await graphql<{ viewer: { user: { id: string } } }>(
      server.url,
      '{ viewer { user { id } } }',
      {},
      { cookie: adminCookie },
    );
    const demote = await graphql(
      server.url,
      'mutation($id: ID!) { updateUser(input: {id: $id, role: VIEWER}) { user { role } } }',
      { id: me.data?.viewer.user.id },
      { cookie: adminCookie },
    );
    expect(demote.errors?.[0]).toMatchObject({
      message: 'At least one active admin must remain.',
      extensions: { code: 'CONFLICT' },
    });

    const duplicate = await graphql(
      server.url,
      'mutation { createUser(input: {email: "ADMIN@backline.local", name: "Twin", role: SRE, password: "a-long-enough-password"}) { user { id } } }',
      {},
      { cookie: adminCookie },
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('slows down password guessing: after the limit, even the right password waits', async () => {
    const user = await userWithRole(server.url, adminCookie, 'VIEWER', 'guess-target@example.com');
    expect(user.cookie).toBeTruthy();
    for (let i = 0; i < 3; i++) {
      await graphql(
        server.url,
        'mutation { login(email: "guess-target@example.com", password: "wrong-password-1") { viewer { role } } }',
      );
    }
    const limited = await graphql(
      server.url,
      'mutation { login(email: "guess-target@example.com", password: "a-long-enough-password") { viewer { role } } }',
    );
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(limited.errors?.[0]?.message).toMatch(/Try again in \d+ seconds/);
    clock.advance(16 * 60_000);
    expect(await login(server.url, 'guess-target@example.com', 'a-long-enough-password')).toMatch(
      /^backline_session=/,
    );
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
});
