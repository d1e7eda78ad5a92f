import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const TOKEN = 'alertmanager-test-token-0123456789';

interface PublicIncident {
  status: string;
  updates: { status: string; body: string; at: string }[];
}

describe('the public status page when an incident resolves', () => {
  let server: TestServer;
  let cookie: string;

  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const result = await graphql<T>(server.url, query, variables, { cookie });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const alerts = (status: 'firing' | 'resolved') =>
    fetch(`${server.url}/webhooks/alertmanager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        version: '4',
        receiver: 'backline',
        status,
        alerts: [
          {
            status,
            labels: {
              alertname: 'ChatErrors',
              severity: 'critical',
              namespace: 'ml-prod',
              pod: 'support-bot-6b7c8d9f5-zz9k2',
            },
            annotations: { summary: 'Chat answers fail' },
            startsAt: '2026-12-06T09:00:00Z',
            endsAt: status === 'resolved' ? '2026-12-06T09:40:00Z' : '0001-01-01T00:00:00Z',
            fingerprint: 'sp-resolve-1',
          },
        ],
      }),
    });
  const publicIncidents = async () =>
    ((await (await fetch(`${server.url}/status.json`)).json()) as { incidents: PublicIncident[] })
      .incidents;

  beforeAll(async () => {
    server = await startTestServer({
      env: { BACKLINE_NAMESPACES: 'ml-prod', BACKLINE_ALERTMANAGER_TOKEN: TOKEN },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    const { releaseId } = await createTestRelease(server.url, cookie, { modelName: 'support' });
    await call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'support-bot',
          environment: 'PROD',
          releaseId,
          replicas: 0,
        },
      },
    );
    await call(
      'mutation($input: SetDeploymentPublicInput!) { setDeploymentPublic(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'support-bot',
          public: true,
          displayName: 'Support bot',
        },
      },
    );
  });
  afterAll(() => server?.stop());

  it('resolves the public entry with the incident, even without a last update', async () => {
    const fired = (await (await alerts('firing')).json()) as { alerts: { incidentId: string }[] };
    const incidentId = fired.alerts[0]?.incidentId as string;
    await call(
      'mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { update { id } } }',
      {
        input: {
          incidentId,
          status: 'INVESTIGATING',
          body: 'Chat answers fail. We are looking into it.',
        },
      },
    );
    expect((await publicIncidents()).map((i) => i.status)).toEqual(['investigating']);

    expect((await alerts('resolved')).status).toBe(200);
    const [entry] = await publicIncidents();
    expect(entry?.status).toBe('resolved');
    expect(entry?.updates.map((u) => [u.status, u.body])).toEqual([
      ['resolved', 'This incident has been resolved.'],
      ['investigating', 'Chat answers fail. We are looking into it.'],
    ]);
  });
});
