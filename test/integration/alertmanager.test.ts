import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const TOKEN = 'alertmanager-test-token-0123456789';
const FIXTURE = fixturePath('alertmanager', 'webhook-firing-grafana-oncall-example.json');

interface AlertPayload {
  alerts: Record<string, unknown>[];
  [key: string]: unknown;
}

function fixture(): AlertPayload {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as AlertPayload;
}

function alert(
  fingerprint: string | undefined,
  status: 'firing' | 'resolved',
  name = 'HighErrorRate',
) {
  return {
    status,
    labels: { alertname: name, severity: 'warning', namespace: 'ml-prod', deployment: 'chat' },
    annotations: { summary: `${name} on chat` },
    startsAt: '2026-11-27T09:00:00.123456789Z',
    endsAt: status === 'resolved' ? '2026-11-27T09:10:00Z' : '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus:9090/graph',
    ...(fingerprint ? { fingerprint } : {}),
  };
}

describe('Alertmanager webhook', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { BACKLINE_ALERTMANAGER_TOKEN: TOKEN } });
  });
  afterAll(() => server.stop());

  function post(body: unknown, token = TOKEN) {
    return fetch(`${server.url}/webhooks/alertmanager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function counts() {
    const db = server.backline.db;
    const n = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n);
    return {
      incidents: await n('SELECT count(*) AS n FROM incidents'),
      timeline: await n('SELECT count(*) AS n FROM incident_timeline'),
      audit: await n('SELECT count(*) AS n FROM audit_log'),
    };
  }

  it('opens one incident per alert of the real fixture, and joins them when it repeats', async () => {
    const first = await post(fixture());
    expect(first.status).toBe(200);
    const body = (await first.json()) as { alerts: { outcome: string; incidentId: string }[] };
    expect(body.alerts.map((a) => a.outcome)).toEqual(['OPENED', 'OPENED']);
    const incident = await server.backline.services.incidents.get(
      body.alerts[0]?.incidentId as string,
    );
    expect(incident).toMatchObject({
      source: 'ALERTMANAGER',
      severity: 'SEV1',
      status: 'TRIGGERED',
      fingerprint: 'alertmanager:f404ecabc8dd5cd7',
      title: 'Instance localhost:8081 down',
    });
    const again = (await (await post(fixture())).json()) as typeof body;
    expect(again.alerts.map((a) => a.outcome)).toEqual(['JOINED', 'JOINED']);
    expect(again.alerts.map((a) => a.incidentId)).toEqual(body.alerts.map((a) => a.incidentId));
  });

  it('treats each alert of a mixed group by its own status; resolving closes its signal', async () => {
    const opened = await post({
      version: '4',
      receiver: 'backline',
      status: 'firing',
      groupKey: '{}:{alertname="HighErrorRate"}',
      truncatedAlerts: 0,
      externalURL: 'http://alertmanager:9093',
      groupLabels: { alertname: 'HighErrorRate' },
      alerts: [alert('aaa1', 'firing'), alert('aaa2', 'firing')],
    });
    const ids = ((await opened.json()) as { alerts: { incidentId: string }[] }).alerts.map(
      (a) => a.incidentId,
    );
    // Alertmanager 0.15-style payload: no truncatedAlerts, no groupKey; one resolved, one firing.
    const mixed = await post({
      version: '4',
      receiver: 'backline',
      status: 'firing',
      alerts: [alert('aaa1', 'resolved'), alert('aaa2', 'firing')],
    });
    expect(mixed.status).toBe(200);
    const outcomes = ((await mixed.json()) as { alerts: { outcome: string }[] }).alerts;
    expect(outcomes.map((o) => o.outcome)).toEqual(['RESOLVED', 'JOINED']);
    const [resolved, firing] = await Promise.all(
      ids.map((id) => server.backline.services.incidents.get(id)),
    );
    expect(resolved).toMatchObject({ status: 'RESOLVED', severity: 'SEV3' });
    expect(firing?.status).toBe('TRIGGERED');
    const timeline = await server.backline.services.incidents.timeline(ids[0] as string);
    expect(timeline.map((e) => [e.kind, e.actor])).toEqual([
      ['OPENED', 'alertmanager'],
      ['SIGNAL_RESOLVED', 'alertmanager'],
      ['STATUS_CHANGED', 'system'],
    ]);
  });

  it('derives a fingerprint from the labels when the alert has none', async () => {
    const payload = {
      version: '4',
      receiver: 'r',
      status: 'firing',
      alerts: [alert(undefined, 'firing', 'NoPrint')],
    };
    const first = (await (await post(payload)).json()) as {
      alerts: { outcome: string; fingerprint: string }[];
    };
    const second = (await (await post(payload)).json()) as typeof first;
    expect(first.alerts[0]?.fingerprint).toMatch(/^alertmanager:[0-9a-f]{16}$/);
    expect(second.alerts[0]).toMatchObject({
      outcome: 'JOINED',
      fingerprint: first.alerts[0]?.fingerprint,
    });
  });

  it('answers 400 with the reason, and writes nothing, for a bad payload', async () => {
    const before = await counts();
    const badDate = fixture();
    (badDate.alerts[1] as Record<string, unknown>).startsAt = 'yesterday';
    const cases: [unknown, string][] = [
      [badDate, 'alerts[1].startsAt: must be an ISO date'],
      [{ ...fixture(), version: '3' }, 'version: must be "4"'],
      ['{"version": "4", "alerts": [', 'not valid JSON'],
      [{ ...fixture(), padding: 'x'.repeat(1_100_000) }, 'too large'],
    ];
    for (const [body, reason] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(reason);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses the whole payload when one alert cannot become a signal', async () => {
    const before = await counts();
    const long = alert('bbb2', 'firing');
    long.labels.namespace = 'Not_A_Namespace';
    const response = await post({
      version: '4',
      receiver: 'r',
      status: 'firing',
      alerts: [alert('bbb1', 'firing'), long],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(
      'signals.1.deployment.namespace',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a wrong or missing token with 401, writing nothing', async () => {
    const before = await counts();
    expect((await post(fixture(), 'not-the-token-at-all')).status).toBe(401);
    const anonymous = await fetch(`${server.url}/webhooks/alertmanager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixture()),
    });
    expect(anonymous.status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe('Alertmanager webhook without a token', () => {
  it('answers 503: not configured', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/webhooks/alertmanager`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(fixture()),
      });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toContain('not configured');
    } finally {
      await server.stop();
    }
  });
});
