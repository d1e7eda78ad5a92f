import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures.ts';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
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
    ];
    for (const [body, reason] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(reason);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 413 with a JSON error, and writes nothing, for a payload over 1 MB', async () => {
    const before = await counts();
    const response = await post({ ...fixture(), padding: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: 'The payload is too large (limit 1 MB).' });
    expect(await counts()).toEqual(before);
  });

  it('links an alert to the managed deployment its pod, service or deployment label names', async () => {
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const { releaseId } = await createTestRelease(server.url, cookie, { modelName: 'linked' });
    for (const name of ['chat', 'chat-v2']) {
      const deployed = await graphql(
        server.url,
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        { input: { namespace: 'ml-staging', name, environment: 'PROD', releaseId, replicas: 1 } },
        { cookie },
      );
      expect(deployed.errors).toBeUndefined();
    }
    const firing = (fingerprint: string, labels: Record<string, string>) => ({
      status: 'firing',
      labels: { alertname: 'KubePodCrashLooping', severity: 'critical', ...labels },
      annotations: { summary: 'Pod is crash looping.' },
      startsAt: '2026-11-27T09:00:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint,
    });
    const cases: [Record<string, string>, string | null][] = [
      // kube-state-metrics: the pod of a ReplicaSet of the managed Deployment.
      [{ namespace: 'ml-staging', pod: 'chat-7c9d5b8f4-x2abc', container: 'server' }, 'chat'],
      // The longest managed name that fits: chat-v2's pod, not chat's.
      [{ namespace: 'ml-staging', pod: 'chat-v2-5d8f7b9c6-qwert' }, 'chat-v2'],
      // During a canary.
      [{ namespace: 'ml-staging', pod: 'chat-canary-6b7c8d9f5-zz9k2' }, 'chat'],
      // A runtime's metrics scraped through the Service.
      [{ namespace: 'ml-staging', service: 'chat-v2', job: 'vllm' }, 'chat-v2'],
      // kube-state-metrics deployment metrics name the canary Deployment.
      [{ namespace: 'ml-staging', deployment: 'chat-canary' }, 'chat'],
      // Another namespace's pod of the same name is not ours.
      [{ namespace: 'other', pod: 'chat-7c9d5b8f4-x2abc' }, null],
      // A pod of something else in the namespace.
      [{ namespace: 'ml-staging', pod: 'redis-0' }, null],
    ];
    const response = await post({
      version: '4',
      receiver: 'backline',
      status: 'firing',
      alerts: cases.map(([labels], i) => firing(`link${i}`, labels)),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      alerts: { fingerprint: string; incidentId: string }[];
    };
    for (const [i, [labels, expected]] of cases.entries()) {
      const outcome = body.alerts.find((a) => a.fingerprint === `alertmanager:link${i}`);
      const incident = await server.backline.services.incidents.get(outcome?.incidentId as string);
      expect(incident?.deployment, JSON.stringify(labels)).toEqual(
        expected ? { namespace: 'ml-staging', name: expected } : null,
      );
    }
  });

  it('resolves the incident at the alert’s endsAt, not when the webhook arrived', async () => {
    const opened = (await (
      await post({
        version: '4',
        receiver: 'backline',
        status: 'firing',
        alerts: [alert('ends1', 'firing', 'GPUHot')],
      })
    ).json()) as { alerts: { incidentId: string }[] };
    const id = opened.alerts[0]?.incidentId as string;
    const resolved = await post({
      version: '4',
      receiver: 'backline',
      status: 'resolved',
      alerts: [alert('ends1', 'resolved', 'GPUHot')],
    });
    expect(resolved.status).toBe(200);
    const incident = await server.backline.services.incidents.get(id);
    expect(incident?.status).toBe('RESOLVED');
    expect(incident?.resolvedAt?.toISOString()).toBe('2026-11-27T09:10:00.000Z');
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
