import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

function post(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  return fetch(`${url}/graphql`, { method: 'POST', headers, body });
}

describe('the HTTP API refuses bad requests clearly', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { BACKLINE_GRAPHQL_MAX_DEPTH: '2', BACKLINE_GRAPHQL_MAX_ALIASES: '5' },
    });
  });
  afterAll(() => server.stop());

  it('answers malformed JSON with 400 and the parser message', async () => {
    const response = await post(server.url, '{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('answers a GraphQL syntax error with 400 and where it is', async () => {
    const response = await post(server.url, JSON.stringify({ query: '{ serverInfo { version }' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(body.errors[0]?.message).toMatch(/Syntax Error: Expected Name, found <EOF>/);
  });

  it('refuses an over-deep query and an alias flood before running them', async () => {
    const deep = await post(
      server.url,
      JSON.stringify({ query: '{ apiTokens { owner { email } } viewer { user { id } } }' }),
    );
    expect(deep.status).toBe(400);
    expect(JSON.stringify(await deep.json())).toMatch(/GRAPHQL_VALIDATION_FAILED.*|depth/i);
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: serverInfo { version }`).join(' ');
    const flood = await post(server.url, JSON.stringify({ query: `{ ${aliases} }` }));
    expect(flood.status).toBe(400);
    expect(JSON.stringify(await flood.json())).toMatch(/aliases/i);
  });

  it('refuses an unknown field with the validation message', async () => {
    const result = await graphql(server.url, '{ serverInfo { nonsense } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe('Cannot query field "nonsense" on type "ServerInfo".');
  });

  it('blocks requests a browser could send cross-site without a preflight', async () => {
    const textPlain = await post(
      server.url,
      JSON.stringify({ query: '{ serverInfo { version } }' }),
      { 'content-type': 'text/plain' },
    );
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/Cross-Site Request Forgery/);
    const getMutation = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(getMutation.status).toBe(405);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', problems: [] });
    // The console's own operations are labelled by name; any other name is `other`.
    await post(
      server.url,
      JSON.stringify({
        query: 'query ServerInfo { serverInfo { version } }',
        operationName: 'ServerInfo',
      }),
    );
    await post(
      server.url,
      JSON.stringify({ query: 'query Probe { serverInfo { version } }', operationName: 'Probe' }),
    );
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/backline_http_request_duration_seconds_bucket\{.*route="\/graphql"/);
    expect(metrics).toMatch(
      /backline_graphql_operation_duration_seconds_count\{operation="ServerInfo",type="query",outcome="ok"\} 1/,
    );
    expect(metrics).toMatch(
      /backline_graphql_operation_duration_seconds_count\{operation="other",type="query",outcome="ok"\} 1/,
    );
    expect(metrics).not.toContain('Probe');
    // Process metrics keep Prometheus's conventional names; Backline's own carry its prefix.
    expect(metrics).toMatch(/^process_resident_memory_bytes \d/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(metrics).not.toMatch(/backline_(process|nodejs)_/);
  });

  it('serves the Apollo landing page outside production', async () => {
    const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('sends security headers, and a strict CSP with the console', async () => {
    const response = await fetch(`${server.url}/settings`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'self'.*frame-ancestors 'none'/,
    );
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('in production', () => {
  it('turns introspection and the Apollo landing page off', async () => {
    const server = await startTestServer({ env: { NODE_ENV: 'production' } });
    try {
      const introspection = await graphql(server.url, '{ __schema { queryType { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/);
      const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.headers.get('content-type')).not.toMatch(/text\/html/);
    } finally {
      await server.stop();
    }
  });
});

describe('audit export and live audit over the websocket', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
  });
  afterAll(() => server.stop());

  it('exports the log as NDJSON, oldest first, with every hash', async () => {
    const response = await fetch(`${server.url}/api/audit/export?action=auth.`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="backline-audit-.*\.ndjson"/,
    );
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: string; action: string; hash: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.action.startsWith('auth.'))).toBe(true);
    expect(lines.every((l) => /^[0-9a-f]{64}$/.test(l.hash))).toBe(true);
    const whole = (
      await (await fetch(`${server.url}/api/audit/export`, { headers: { cookie } })).text()
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq?: string; checkpoint?: { seq: string } });
    // Every entry, then the checkpoint signed for the export.
    const all = whole.slice(0, -1);
    expect(all.map((l) => l.seq)).toEqual(all.map((_, i) => String(i + 1)));
    expect(whole.at(-1)?.checkpoint?.seq).toBe(String(all.length));
  });

  it('refuses an export without credentials, and names a bad parameter', async () => {
    expect((await fetch(`${server.url}/api/audit/export`)).status).toBe(401);
    const bad = await fetch(`${server.url}/api/audit/export?from=yesterday`, {
      headers: { cookie },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: [{ path: ['from'] }] });
  });

  function wsClient(headers: Record<string, string>) {
    class WithHeaders extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    return createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WithHeaders,
      retryAttempts: 0,
      lazy: true,
    });
  }

  it('streams each new entry to an authenticated subscriber', async () => {
    // Other parts of the server subscribe to the bus too: wait for this subscription's own.
    const before = server.backline.services.audit.subscriberCount();
    const client = wsClient({ cookie, origin: server.url });
    const received: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const stop = client.subscribe(
        { query: 'subscription { auditEntryAppended { action actor details } }' },
        {
          next: (value) => {
            received.push(value);
            stop();
            resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    // Wait until the subscription is registered before causing the event.
    await expect
      .poll(() => server.backline.services.audit.subscriberCount(), { timeout: 10_000 })
      .toBeGreaterThan(before);
    await graphql(
      server.url,
      'mutation { createApiToken(input: {name: "live", role: VIEWER, expiresInDays: 1}) { secret } }',
      {},
      { cookie },
    );
    await done;
    await client.dispose();
    expect(received[0]).toMatchObject({
      data: { auditEntryAppended: { action: 'token.create', actor: 'admin@backline.local' } },
    });
  });

  it('closes a websocket that brings no credentials, and refuses a foreign origin', async () => {
    const anonymous = wsClient({});
    const closed = await new Promise<{ code: number }>((resolve) => {
      anonymous.on('closed', (event) => resolve(event as { code: number }));
      anonymous.subscribe(
        { query: 'subscription { auditEntryAppended { seq } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    expect(closed.code).toBe(4403);
    await anonymous.dispose();

    const foreign = new WebSocket(
      `${server.url.replace('http', 'ws')}/graphql`,
      'graphql-transport-ws',
      {
        headers: { cookie, origin: 'https://evil.example' },
      },
    );
    const status = await new Promise<number>((resolve) => {
      foreign.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      foreign.on('error', () => {});
    });
    expect(status).toBe(403);
  });
});
