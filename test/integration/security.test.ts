import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TestClock } from '../support/clock.ts';
import {
  graphql,
  INITIAL_PASSWORD,
  login,
  USER_PASSWORD,
  userWithRole,
} from '../support/graphql.ts';
import { startBacklineProcess } from '../support/process.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  createServerDatabase,
  describeWithPostgresServer,
  postgresServerUrl,
} from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const ALERTMANAGER_TOKEN = 'alertmanager-test-token-0123456789';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }';

function loginFrom(url: string, email: string, password: string, forwardedFor?: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
}

async function fireAlert(url: string, namespace: string, deployment: string) {
  const response = await fetch(`${url}/webhooks/alertmanager`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ALERTMANAGER_TOKEN}` },
    body: JSON.stringify({
      version: '4',
      status: 'firing',
      receiver: 'backline',
      groupKey: `{}:{alertname="Down-${deployment}"}`,
      alerts: [
        {
          status: 'firing',
          labels: { alertname: `Down-${deployment}`, severity: 'critical', namespace, deployment },
          annotations: { summary: `${deployment} is down` },
          startsAt: new Date().toISOString(),
          endsAt: '0001-01-01T00:00:00Z',
          fingerprint: randomBytes(8).toString('hex'),
        },
      ],
    }),
  });
  expect(response.status).toBeLessThan(300);
}

describe('hardening against an outside attacker, over HTTP', () => {
  let server: TestServer;
  let adminCookie: string;
  // Time stands still: a guess is refused because of the count, never let through by a wait.
  const clock = new TestClock(Date.now());

  beforeAll(async () => {
    server = await startTestServer({
      clock,
      env: {
        BACKLINE_ALERTMANAGER_TOKEN: ALERTMANAGER_TOKEN,
        BACKLINE_LOGIN_MAX_ATTEMPTS: '10',
        // One reverse proxy in front: the client address is the entry it appended.
        BACKLINE_TRUST_PROXY: '1',
      },
    });
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(() => server.stop());

  it('labels metrics only with known operation names: random names do not grow /metrics', async () => {
    const names = Array.from({ length: 200 }, () => `Probe${randomBytes(6).toString('hex')}`);
    for (const name of names) {
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query ${name} { serverInfo { version } }` }),
      });
    }
    // An unusual method is not a label value of its own either.
    await fetch(`${server.url}/healthz`, { method: 'PROPFIND' });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    for (const name of names) expect(text).not.toContain(name);
    expect(text).toMatch(
      /backline_graphql_operation_duration_seconds_count\{[^}]*operation="other"/,
    );
    expect(text).not.toContain('PROPFIND');
    // The console's own operations keep their names.
    await graphql(server.url, 'query ServerInfo { serverInfo { version } }');
    const after = await (await fetch(`${server.url}/metrics`)).text();
    expect(after).toMatch(/operation="ServerInfo"/);
  });

  it('shows an anonymous scraper no names of deployments that are not public', async () => {
    await fireAlert(server.url, 'ml-prod', 'secret-finetune');
    const anonymous = await (await fetch(`${server.url}/metrics`)).text();
    expect(anonymous).not.toContain('secret-finetune');
    const token = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      'mutation { createApiToken(input: { name: "scraper", role: VIEWER, expiresInDays: 1 }) { secret } }',
      {},
      { cookie: adminCookie },
    );
    const authenticated = await (
      await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${token.data?.createApiToken.secret}` },
      })
    ).text();
    expect(authenticated).toContain('deployment="secret-finetune"');
  });

  it('counts sign-in attempts before the password check: 40 parallel guesses get 10 checks', async () => {
    const { email } = await userWithRole(server.url, adminCookie, 'VIEWER');
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        loginFrom(server.url, email, `wrong-guess-number-${i}`, '198.51.100.40'),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const limited = responses.find((r) => r.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets no one lock the admin out: guesses from one address slow that address only', async () => {
    for (let i = 0; i < 50; i++) {
      await loginFrom(server.url, server.adminEmail, `wrong-${i}-password`, '203.0.113.66');
    }
    const attacker = await loginFrom(
      server.url,
      server.adminEmail,
      server.adminPassword,
      '203.0.113.66',
    );
    expect(attacker.status).toBe(429);
    const owner = await loginFrom(
      server.url,
      server.adminEmail,
      server.adminPassword,
      '192.0.2.10',
    );
    expect(owner.status).toBe(200);
  });

  it('limits the real client address: rotating a spoofed X-Forwarded-For does not escape', async () => {
    const { email } = await userWithRole(server.url, adminCookie, 'VIEWER');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The attacker writes the first entry; the proxy appends the address it saw.
      const response = await loginFrom(
        server.url,
        email,
        `spoofed-guess-${i}-x`,
        `10.9.${i}.1, 198.51.100.77`,
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const ok = await loginFrom(
      server.url,
      server.adminEmail,
      server.adminPassword,
      '10.1.2.3, 192.0.2.55',
    );
    expect(ok.status).toBe(200);
    const entries = await server.backline.db.query<{ details: { ip: string } }>(
      "SELECT details FROM audit_log WHERE action = 'auth.login' ORDER BY seq DESC LIMIT 1",
    );
    expect(entries.rows[0]?.details.ip).toBe('192.0.2.55');
  });

  it('keeps a token from outliving or surviving the token that made it', async () => {
    const parent = await graphql<{ createApiToken: { secret: string; token: { id: string } } }>(
      server.url,
      'mutation { createApiToken(input: { name: "parent", role: SRE, expiresInDays: 2 }) { secret token { id } } }',
      {},
      { cookie: adminCookie },
    );
    const parentSecret = parent.data?.createApiToken.secret as string;
    const longer = await graphql(
      server.url,
      'mutation { createApiToken(input: { name: "longer", role: SRE, expiresInDays: 365 }) { secret } }',
      {},
      { token: parentSecret },
    );
    expect(longer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const higher = await graphql(
      server.url,
      'mutation { createApiToken(input: { name: "higher", role: ADMIN, expiresInDays: 1 }) { secret } }',
      {},
      { token: parentSecret },
    );
    expect(higher.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const child = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      'mutation { createApiToken(input: { name: "child", role: VIEWER, expiresInDays: 1 }) { secret } }',
      {},
      { token: parentSecret },
    );
    const childSecret = child.data?.createApiToken.secret as string;
    const grandchild = await graphql<{ createApiToken: { secret: string } }>(
      server.url,
      'mutation { createApiToken(input: { name: "grandchild", role: VIEWER, expiresInDays: 1 }) { secret } }',
      {},
      { token: childSecret },
    );
    const grandchildSecret = grandchild.data?.createApiToken.secret as string;
    expect(
      (await graphql(server.url, '{ viewer { role } }', {}, { token: grandchildSecret })).data,
    ).toEqual({ viewer: { role: 'VIEWER' } });
    await graphql(
      server.url,
      'mutation($id: ID!) { revokeApiToken(id: $id) { token { status } } }',
      { id: parent.data?.createApiToken.token.id },
      { cookie: adminCookie },
    );
    for (const secret of [childSecret, grandchildSecret]) {
      const result = await graphql(server.url, '{ viewer { role } }', {}, { token: secret });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.message).toBe('The API token has been revoked.');
    }
  });

  it('ends the other sessions when a user changes their own password', async () => {
    const user = await userWithRole(server.url, adminCookie, 'SRE');
    const other = await login(server.url, user.email, USER_PASSWORD);
    const changed = await graphql(
      server.url,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: USER_PASSWORD, newPassword: 'a-brand-new-passphrase' } },
      { cookie: user.cookie },
    );
    expect(changed.errors).toBeUndefined();
    expect((await graphql(server.url, '{ viewer { role } }', {}, { cookie: other })).status).toBe(
      401,
    );
    expect(
      (await graphql(server.url, '{ viewer { role } }', {}, { cookie: user.cookie })).data,
    ).toEqual({ viewer: { role: 'SRE' } });
  });

  it('refuses common passwords and ones containing the email name, naming the field', async () => {
    for (const [password, message] of [
      ['qwerty123456', /common/],
      ['jordan.smith-2026!', /name part of the email/],
    ] as const) {
      const result = await graphql(
        server.url,
        'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
        { input: { email: 'jordan.smith@example.com', name: 'Jordan', role: 'VIEWER', password } },
        { cookie: adminCookie },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['input', 'password'], message: expect.stringMatching(message) }],
      });
    }
    const users = await server.backline.db.query(
      "SELECT 1 FROM users WHERE email = 'jordan.smith@example.com'",
    );
    expect(users.rows).toHaveLength(0);
  });

  it('makes a user an admin created change the password at first sign-in', async () => {
    const email = `first-${randomBytes(4).toString('hex')}@example.com`;
    await graphql(
      server.url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      { input: { email, name: 'First', role: 'SRE', password: INITIAL_PASSWORD } },
      { cookie: adminCookie },
    );
    const cookie = await login(server.url, email, INITIAL_PASSWORD);
    const viewer = await graphql(
      server.url,
      '{ viewer { user { mustChangePassword } } }',
      {},
      { cookie },
    );
    expect(viewer.data).toEqual({ viewer: { user: { mustChangePassword: true } } });
    const blocked = await graphql(
      server.url,
      '{ auditLog(first: 1) { totalCount } }',
      {},
      { cookie },
    );
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await graphql(
      server.url,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: INITIAL_PASSWORD, newPassword: 'my-own-secret-phrase' } },
      { cookie },
    );
    const allowed = await graphql(
      server.url,
      '{ auditLog(first: 1) { totalCount } }',
      {},
      { cookie },
    );
    expect(allowed.errors).toBeUndefined();
  });
});

describe('/metrics with BACKLINE_METRICS_TOKEN', () => {
  let server: TestServer;
  const token = 'metrics-scrape-token-0123456789';

  beforeAll(async () => {
    server = await startTestServer({
      env: { BACKLINE_METRICS_TOKEN: token, BACKLINE_ALERTMANAGER_TOKEN: ALERTMANAGER_TOKEN },
    });
  });
  afterAll(() => server.stop());

  it('refuses a scrape without the token and shows everything with it', async () => {
    await fireAlert(server.url, 'ml-prod', 'private-model');
    const anonymous = await fetch(`${server.url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('private-model');
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-metrics-token-at-all' },
    });
    expect(wrong.status).toBe(401);
    const scraped = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('deployment="private-model"');
  });
});

describe('in production, over HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => server.stop());

  it('suggests no field names: the schema stays private', async () => {
    const result = await graphql(server.url, '{ viewr { role } }');
    expect(result.errors?.[0]?.message).toBeDefined();
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|viewer/);
  });

  it('refuses NUL characters as bad input, naming where, with no internal error', async () => {
    const result = await graphql(
      server.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }',
      { e: 'admin@backline.local\u0000', p: 'whatever-password' },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'variables.e contains a NUL character, which is not allowed.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

/** Opens a subscription with a cookie or a token; resolves the close code when the server closes it. */
async function subscribeUntilClosed(
  server: TestServer,
  credentials: { cookie?: string; token?: string },
): Promise<{ closed: Promise<number>; dispose: () => void }> {
  const cookie = credentials.cookie;
  class WithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => {
    closedWith = resolve;
  });
  const before = server.backline.services.audit.subscriberCount();
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WithCookie,
    retryAttempts: 0,
    lazy: false,
    ...(credentials.token
      ? { connectionParams: { authorization: `Bearer ${credentials.token}` } }
      : {}),
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  client.subscribe(
    { query: 'subscription { auditEntryAppended { seq } }' },
    { next: () => {}, error: () => {}, complete: () => {} },
  );
  await waitFor('the subscription', () =>
    server.backline.services.audit.subscriberCount() > before ? true : undefined,
  );
  return { closed, dispose: () => void client.dispose() };
}

describe('open subscriptions end with the access they were opened with', () => {
  let server: TestServer;
  let adminCookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(() => server.stop());

  it("closes a token's subscription with 4403 when the token is revoked", async () => {
    const created = await graphql<{ createApiToken: { secret: string; token: { id: string } } }>(
      server.url,
      'mutation { createApiToken(input: { name: "stream", role: VIEWER, expiresInDays: 1 }) { secret token { id } } }',
      {},
      { cookie: adminCookie },
    );
    const sub = await subscribeUntilClosed(server, { token: created.data?.createApiToken.secret });
    await graphql(
      server.url,
      'mutation($id: ID!) { revokeApiToken(id: $id) { token { status } } }',
      { id: created.data?.createApiToken.token.id },
      { cookie: adminCookie },
    );
    expect(await sub.closed).toBe(4403);
    sub.dispose();
  });

  it("closes a session's subscriptions on sign-out and when the user is disabled", async () => {
    const user = await userWithRole(server.url, adminCookie, 'VIEWER');
    const sub = await subscribeUntilClosed(server, { cookie: user.cookie });
    await graphql(server.url, 'mutation { logout }', {}, { cookie: user.cookie });
    expect(await sub.closed).toBe(4403);
    sub.dispose();

    const again = await subscribeUntilClosed(server, {
      cookie: await login(server.url, user.email, USER_PASSWORD),
    });
    await graphql(
      server.url,
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { disabled } } }',
      { input: { id: user.id, disabled: true } },
      { cookie: adminCookie },
    );
    expect(await again.closed).toBe(4403);
    again.dispose();
  });

  it("closes the other sessions' subscriptions when the user changes their password", async () => {
    const user = await userWithRole(server.url, adminCookie, 'SRE');
    const other = await login(server.url, user.email, USER_PASSWORD);
    const sub = await subscribeUntilClosed(server, { cookie: other });
    await graphql(
      server.url,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: USER_PASSWORD, newPassword: 'another-fresh-passphrase' } },
      { cookie: user.cookie },
    );
    expect(await sub.closed).toBe(4403);
    sub.dispose();
  });
});

describe('files the embedded store writes', () => {
  it('are for their owner only: folders 0700, files 0600, also those an older version left', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-perms-'));
    await chmod(dataDir, 0o777);
    await writeFile(path.join(dataDir, 'left-behind'), 'x', { mode: 0o666 });
    await chmod(path.join(dataDir, 'left-behind'), 0o666);
    const backline = await startBacklineProcess({
      BACKLINE_DATA_DIR: dataDir,
      BACKLINE_ADMIN_PASSWORD: 'correct-horse-battery-staple',
      BACKLINE_SIMULATOR: 'on',
      BACKLINE_LEADER_ELECTION: 'off',
      LOG_LEVEL: 'info',
      // No key configured: one is generated into the data dir.
      BACKLINE_AUDIT_SIGNING_KEY: '',
    });
    try {
      const loose: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          const mode = (await stat(full)).mode & 0o777;
          if ((mode & 0o077) !== 0) loose.push(`${full} ${mode.toString(8)}`);
          if (entry.isDirectory()) await walk(full);
        }
      };
      await walk(dataDir);
      expect(((await stat(dataDir)).mode & 0o777).toString(8)).toBe('700');
      expect(loose).toEqual([]);
      expect(
        ((await stat(path.join(dataDir, 'audit-signing-key.pem'))).mode & 0o777).toString(8),
      ).toBe('600');
      expect(
        ((await stat(path.join(dataDir, 'simulator.kubeconfig'))).mode & 0o777).toString(8),
      ).toBe('600');
      expect(backline.output()).toContain('generated an audit signing key');
    } finally {
      await backline.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('what a role cannot query directly, it cannot read through nested fields either', () => {
  let server: TestServer;
  let adminCookie: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { BACKLINE_ALERTMANAGER_TOKEN: ALERTMANAGER_TOKEN } });
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(() => server.stop());

  it('hides ticket subjects and channel URLs in audit details, and deliveries in incidents', async () => {
    const ticket = await graphql<{ createTicket: { ticket: { id: string } } }>(
      server.url,
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
      {
        input: {
          subject: 'Refund request',
          description: 'Private',
          priority: 'LOW',
          requester: { name: 'Ann', email: 'ann@acme.example' },
        },
      },
      { cookie: adminCookie },
    );
    const renamed = await graphql(
      server.url,
      'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }',
      {
        input: {
          id: ticket.data?.createTicket.ticket.id,
          subject: 'Refund for ACME Corp contract 4711',
        },
      },
      { cookie: adminCookie },
    );
    expect(renamed.errors).toBeUndefined();
    await graphql(
      server.url,
      'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }',
      {
        input: {
          name: 'Private hook',
          type: 'WEBHOOK',
          url: 'https://hooks.internal.example/secret-path',
        },
      },
      { cookie: adminCookie },
    );
    await fireAlert(server.url, 'ml-prod', 'chat');
    const viewer = await userWithRole(server.url, adminCookie, 'VIEWER');
    const audit = await graphql(
      server.url,
      '{ auditLog(first: 100) { nodes { action targetType details } } }',
      {},
      { cookie: viewer.cookie },
    );
    const text = JSON.stringify(audit.data);
    expect(text).toContain('ticket.create');
    expect(text).not.toContain('ACME Corp');
    expect(text).not.toContain('secret-path');
    const incidents = await graphql<{ incidents: { notifications: unknown[] }[] }>(
      server.url,
      '{ incidents { notifications { target } } }',
      {},
      { cookie: viewer.cookie },
    );
    expect(incidents.errors).toBeUndefined();
    for (const incident of incidents.data?.incidents ?? [])
      expect(incident.notifications).toEqual([]);
    const exported = await fetch(`${server.url}/api/audit/export`, {
      headers: { cookie: viewer.cookie },
    });
    expect(exported.status).toBe(403);
    const full = await graphql(
      server.url,
      '{ auditLog(first: 100) { nodes { details } } }',
      {},
      { cookie: adminCookie },
    );
    expect(JSON.stringify(full.data)).toContain('ACME Corp');
  });
});

describeWithPostgresServer('revocation reaches every replica (PostgreSQL server)', () => {
  let database: { url: string; drop(): Promise<void> };
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    database = await createServerDatabase(postgresServerUrl());
    a = await startTestServer({ databaseUrl: database.url });
    b = await startTestServer({ databaseUrl: database.url });
  }, 180_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
  });

  it('closes a subscription on one replica when its token is revoked on another', async () => {
    const cookie = await login(a.url, a.adminEmail, a.adminPassword);
    const created = await graphql<{ createApiToken: { secret: string; token: { id: string } } }>(
      a.url,
      'mutation { createApiToken(input: { name: "replica-stream", role: VIEWER, expiresInDays: 1 }) { secret token { id } } }',
      {},
      { cookie },
    );
    const sub = await subscribeUntilClosed(b, { token: created.data?.createApiToken.secret });
    await graphql(
      a.url,
      'mutation($id: ID!) { revokeApiToken(id: $id) { token { status } } }',
      { id: created.data?.createApiToken.token.id },
      { cookie },
    );
    expect(await sub.closed).toBe(4403);
    sub.dispose();
  });
});
