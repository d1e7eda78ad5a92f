import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

interface PublicStatus {
  status: string;
  components: {
    name: string;
    status: string;
    maintenance: { startsAt: string; endsAt: string; message: string } | null;
  }[];
  incidents: {
    components: string[];
    status: string;
    updates: { status: string; body: string; at: string }[];
  }[];
}

const INTERNAL_NOTE = 'Internal: the on-call pager for Acme Corp rang twice';

// The simulated cluster makes health real; one store kind at a time keeps the two cores free.
for (const kind of storeKinds()) {
  describe(`public status page on ${kind.name}`, () => {
    let cluster: SimulatedCluster;
    let server: TestServer;
    let dropDatabase = async () => {};
    let cookie: string;
    let sre: { email: string; cookie: string };
    let releaseId: string;
    let tgiReleaseId: string;

    const call = async <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      as = sre.cookie,
    ) => {
      const result = await graphql<T>(server.url, query, variables, { cookie: as });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };

    /** As an anonymous visitor: no cookie, no token. */
    const statusJson = async () => {
      const response = await fetch(`${server.url}/status.json`);
      expect(response.status).toBe(200);
      const text = await response.text();
      return { text, body: JSON.parse(text) as PublicStatus, headers: response.headers };
    };

    const component = async (name: string) =>
      (await statusJson()).body.components.find((c) => c.name === name);

    async function deploy(name: string, sloErrorRatio?: number, release = releaseId) {
      await call(
        'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name,
            environment: 'PROD',
            releaseId: release,
            replicas: 1,
            ...(sloErrorRatio ? { sloErrorRatio } : {}),
          },
        },
        cookie,
      );
      await waitFor(
        `${name} to be healthy`,
        async () => {
          const data = await call<{ deployment: { health: { state: string } } }>(
            'query($n: String!) { deployment(namespace: "ml-prod", name: $n) { health { state } } }',
            { n: name },
          );
          return data.deployment.health.state === 'HEALTHY' ? true : undefined;
        },
        60_000,
      );
    }

    const setPublic = (name: string, displayName: string | null) =>
      call(
        'mutation($input: SetDeploymentPublicInput!) { setDeploymentPublic(input: $input) { deployment { statusPage { public displayName status } } } }',
        {
          input: {
            namespace: 'ml-prod',
            name,
            public: displayName !== null,
            ...(displayName ? { displayName } : {}),
          },
        },
      );

    beforeAll(async () => {
      cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
      let databaseUrl: string | undefined;
      if (kind.name === 'postgres') {
        const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer({
        ...(databaseUrl ? { databaseUrl } : {}),
        env: {
          KUBECONFIG: cluster.kubeconfig,
          BACKLINE_NAMESPACES: 'ml-prod',
          BACKLINE_HEALTH_INTERVAL: '300ms',
          BACKLINE_SYNTHETIC_TIMEOUT: '1s',
        },
      });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
      sre = await userWithRole(server.url, cookie, 'SRE');
      const vllm = await createTestRelease(server.url, cookie);
      releaseId = vllm.releaseId;
      // The simulated vLLM reports no failed requests; TGI counts them.
      tgiReleaseId = (
        await createTestRelease(server.url, cookie, {
          modelId: vllm.modelId,
          runtime: 'TGI',
          image: 'ghcr.io/huggingface/text-generation-inference:3.0.1',
        })
      ).releaseId;
      await Promise.all([
        deploy('chat'),
        deploy('embed', 0.05, tgiReleaseId),
        deploy('secret-eval'),
      ]);
    }, 180_000);
    afterAll(async () => {
      await server?.stop();
      await cluster?.stop();
      await dropDatabase();
    });

    it('shows only public components, to anyone, with short caching and a strict policy', async () => {
      const shown = await setPublic('chat', 'Chat assistant');
      expect(shown).toMatchObject({
        setDeploymentPublic: {
          deployment: {
            statusPage: { public: true, displayName: 'Chat assistant', status: 'OPERATIONAL' },
          },
        },
      });
      await setPublic('embed', 'Embeddings API');

      const { body, text, headers } = await statusJson();
      expect(body.status).toBe('operational');
      expect(body.components).toEqual([
        { name: 'Chat assistant', status: 'operational', maintenance: null },
        { name: 'Embeddings API', status: 'operational', maintenance: null },
      ]);
      expect(text).not.toContain('ml-prod');
      expect(text).not.toContain('secret-eval');
      expect(headers.get('cache-control')).toBe('public, max-age=15');

      const page = await fetch(`${server.url}/status`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const html = await page.text();
      expect(html).toContain('All systems operational');
      expect(html).toContain('Chat assistant');
      expect(html).not.toMatch(/<script|style=|ml-prod|secret-eval/);
      const css = await fetch(`${server.url}/status.css`);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);

      // Hidden again, it disappears.
      await setPublic('embed', null);
      expect((await statusJson()).body.components.map((c) => c.name)).toEqual(['Chat assistant']);
      await setPublic('embed', 'Embeddings API');
    });

    it('shows an outage from a crash loop, with public updates and never internal notes', async () => {
      const fault = cluster.sim.injectFault({
        type: 'crash-loop',
        namespace: 'ml-prod',
        deployment: 'chat',
      });
      await waitFor(
        'chat to show an outage',
        async () => ((await component('Chat assistant'))?.status === 'outage' ? true : undefined),
        60_000,
      );
      expect((await component('Embeddings API'))?.status).toBe('operational');
      expect((await statusJson()).body.status).toBe('outage');

      // Health is stored before its incident is recorded: wait for the page, not the first read.
      const incident = await waitFor('the crash loop to open an incident', async () => {
        const { incidents } = await call<{ incidents: { id: string; severity: string }[] }>(
          '{ incidents(status: [TRIGGERED], namespace: "ml-prod", name: "chat") { id severity } }',
        );
        return incidents[0];
      });
      expect(incident.severity).toBe('SEV1');
      // Nothing is said in public until someone says it.
      expect((await statusJson()).body.incidents).toEqual([]);

      await call(
        'mutation($input: AddIncidentNoteInput!) { addIncidentNote(input: $input) { entry { id } } }',
        { input: { id: incident.id, body: INTERNAL_NOTE } },
      );
      for (const [status, body] of [
        ['INVESTIGATING', 'Chat answers fail. We are looking into it.'],
        ['IDENTIFIED', 'A bad model server release; we are rolling it back.'],
      ]) {
        await call(
          'mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { update { id } } }',
          { input: { incidentId: incident.id, status, body } },
        );
      }

      const { body, text } = await statusJson();
      expect(body.incidents).toHaveLength(1);
      expect(body.incidents[0]).toMatchObject({
        components: ['Chat assistant'],
        status: 'identified',
        updates: [
          { status: 'identified', body: 'A bad model server release; we are rolling it back.' },
          { status: 'investigating', body: 'Chat answers fail. We are looking into it.' },
        ],
      });
      for (const secret of [INTERNAL_NOTE, 'Acme', sre.email, '@example.com', 'ml-prod', 'SEV1']) {
        expect(text).not.toContain(secret);
      }
      const html = await (await fetch(`${server.url}/status`)).text();
      expect(html).toContain('Some systems are down');
      expect(html).toContain('A bad model server release; we are rolling it back.');
      for (const secret of [INTERNAL_NOTE, sre.email, 'ml-prod']) {
        expect(html).not.toContain(secret);
      }

      const read = await call<{ incident: { publicUpdates: { status: string }[] } }>(
        'query($id: ID!) { incident(id: $id) { publicUpdates { status } } }',
        { id: incident.id },
      );
      expect(read.incident.publicUpdates.map((u) => u.status)).toEqual([
        'INVESTIGATING',
        'IDENTIFIED',
      ]);

      cluster.sim.clearFault(fault.id);
      await waitFor(
        'chat to recover',
        async () =>
          (await component('Chat assistant'))?.status === 'operational' ? true : undefined,
        90_000,
      );
    }, 180_000);

    it('shows a degraded component from an error rate above its SLO', async () => {
      const fault = cluster.sim.injectFault({
        type: 'error-rate',
        namespace: 'ml-prod',
        deployment: 'embed',
        params: { percent: 20 },
      });
      let last: unknown;
      await waitFor(
        'embed to be degraded',
        async () => {
          last = await call(
            '{ deployment(namespace: "ml-prod", name: "embed") { health { state reasons metrics { requestRate errorRatio } } } }',
          );
          return (await component('Embeddings API'))?.status === 'degraded' ? true : undefined;
        },
        60_000,
      ).catch((err: unknown) => {
        throw new Error(`${String(err)}; health: ${JSON.stringify(last)}`);
      });
      expect((await statusJson()).body.status).toBe('degraded');
      cluster.sim.clearFault(fault.id);
    }, 120_000);

    it('shows maintenance inside a window set on the deployment', async () => {
      const startsAt = new Date(Date.now() - 60_000).toISOString();
      const endsAt = new Date(Date.now() + 3_600_000).toISOString();
      await call(
        'mutation($input: SetMaintenanceWindowInput!) { setMaintenanceWindow(input: $input) { deployment { id } } }',
        {
          input: {
            namespace: 'ml-prod',
            name: 'chat',
            window: { startsAt, endsAt, message: 'Moving to new GPUs' },
          },
        },
      );
      const chat = await component('Chat assistant');
      expect(chat).toMatchObject({
        status: 'maintenance',
        maintenance: { startsAt, endsAt, message: 'Moving to new GPUs' },
      });
      const html = await (await fetch(`${server.url}/status`)).text();
      expect(html).toContain('Under maintenance');
      expect(html).toContain('Moving to new GPUs');

      await call(
        'mutation($input: SetMaintenanceWindowInput!) { setMaintenanceWindow(input: $input) { deployment { id } } }',
        { input: { namespace: 'ml-prod', name: 'chat', window: null } },
      );
      expect((await component('Chat assistant'))?.maintenance).toBeNull();

      const { rows } = await server.backline.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE action LIKE 'statuspage.%' OR action LIKE 'deployment.maintenance.%' OR action = 'incident.public_update' ORDER BY seq",
      );
      expect(rows.map((r) => r.action)).toEqual([
        'statuspage.component.show',
        'statuspage.component.show',
        'statuspage.component.hide',
        'statuspage.component.show',
        'incident.public_update',
        'incident.public_update',
        'deployment.maintenance.set',
        'deployment.maintenance.clear',
      ]);
    });
  });
}
