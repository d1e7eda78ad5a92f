import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';

const POSTMORTEM = `postmortem { incidentId status summary impact rootCause contributingFactors
  timeline { at text } actionItems { id title dueDate done owner { id name } } publishedAt publishedBy }`;

interface Postmortem {
  incidentId: string;
  status: string;
  summary: string;
  impact: string;
  rootCause: string;
  timeline: { at: string; text: string }[];
  actionItems: {
    id: string;
    title: string;
    dueDate: string | null;
    done: boolean;
    owner: { id: string; name: string } | null;
  }[];
  publishedAt: string | null;
}

for (const kind of storeKinds()) {
  describe(`postmortems and incident metrics on ${kind.name}`, () => {
    const clock = new TestClock();
    let server: TestServer;
    let dropDatabase = async () => {};
    let cookie: string;
    let sre: { id: string; cookie: string };

    async function call<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      as = cookie,
    ) {
      return graphql<T>(server.url, query, variables, { cookie: as });
    }

    async function mutate(name: string, input: Record<string, unknown>, select: string) {
      const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
      const result = await call<Record<string, Record<string, unknown>>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`,
        { input },
        sre.cookie,
      );
      return { data: result.data?.[name] ?? null, errors: result.errors };
    }

    const pm = async (name: string, input: Record<string, unknown>) => {
      const { data, errors } = await mutate(name, input, POSTMORTEM);
      return { postmortem: (data?.postmortem ?? null) as Postmortem | null, errors };
    };

    async function declare(severity: string, name = 'chat') {
      const { data, errors } = await mutate(
        'declareIncident',
        {
          title: `${name} answers with errors`,
          summary: 'Half the requests to chat fail with 500.',
          severity,
          deployment: { namespace: 'ml-prod', name },
          environment: 'PROD',
        },
        'incident { id number }',
      );
      expect(errors).toBeUndefined();
      return (data?.incident ?? {}) as { id: string; number: number };
    }

    const step = (mutation: string, id: string) =>
      call<Record<string, { incident: { status: string } }>>(
        `mutation($id: ID!) { ${mutation}(input: { id: $id }) { incident { status } } }`,
        { id },
        sre.cookie,
      );

    beforeAll(async () => {
      let databaseUrl: string | undefined;
      if (kind.name === 'postgres') {
        const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer({ clock, ...(databaseUrl ? { databaseUrl } : {}) });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
      sre = await userWithRole(server.url, cookie, 'SRE');
    });
    afterAll(async () => {
      await server?.stop();
      await dropDatabase();
    });

    it('closes a SEV2 only once its postmortem is written and published, auditing each change', async () => {
      const incident = await declare('SEV2');
      clock.advance(120_000);
      await step('acknowledgeIncident', incident.id);
      clock.advance(480_000);
      await step('resolveIncident', incident.id);

      const refused = await step('closeIncident', incident.id);
      expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toBe(
        `INC-${incident.number} is SEV2, so closing it needs a published postmortem. Start the postmortem, write it and publish it first.`,
      );

      const started = await pm('startPostmortem', { incidentId: incident.id });
      expect(started.errors).toBeUndefined();
      expect(started.postmortem).toMatchObject({
        status: 'DRAFT',
        summary: 'Half the requests to chat fail with 500.',
        impact: 'SEV2 affecting ml-prod/chat in PROD, for 10 min.',
        rootCause: '',
        actionItems: [],
      });
      const texts = started.postmortem?.timeline.map((e) => e.text) ?? [];
      expect(texts[0]).toMatch(/^Declared by sre-\w+@example\.com\.$/);
      expect(texts.some((t) => t.startsWith('Acknowledged.'))).toBe(true);
      expect(texts.some((t) => t.startsWith('Resolved.'))).toBe(true);

      const again = await pm('startPostmortem', { incidentId: incident.id });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const draft = await step('closeIncident', incident.id);
      expect(draft.errors?.[0]?.message).toBe(
        `INC-${incident.number} cannot be closed: its postmortem is still a draft. Publish the postmortem first.`,
      );

      const added = await pm('addPostmortemActionItem', {
        incidentId: incident.id,
        title: 'Alert on the 5xx ratio of chat',
        dueDate: '2026-12-15',
      });
      expect(added.postmortem?.actionItems).toMatchObject([
        {
          title: 'Alert on the 5xx ratio of chat',
          dueDate: '2026-12-15',
          done: false,
          owner: null,
        },
      ]);
      const itemId = added.postmortem?.actionItems[0]?.id as string;

      const unready = await pm('publishPostmortem', { incidentId: incident.id });
      expect(unready.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unready.errors?.[0]?.extensions?.fields).toEqual([
        { path: ['postmortem', 'rootCause'], message: 'must be written' },
        { path: ['postmortem', 'actionItems', '0', 'owner'], message: 'needs an owner' },
      ]);

      const badDate = await pm('updatePostmortemActionItem', { id: itemId, dueDate: '2026-13-45' });
      expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const owned = await pm('updatePostmortemActionItem', { id: itemId, ownerId: sre.id });
      expect(owned.postmortem?.actionItems[0]?.owner).toEqual({ id: sre.id, name: 'SRE user' });

      const edited = await pm('updatePostmortem', {
        incidentId: incident.id,
        rootCause: 'A release with a tokenizer mismatch.',
        contributingFactors: 'No canary for chat.',
        timeline: [
          { at: '2026-11-27T09:05:00.000Z', text: 'Rolled back to the previous release.' },
          { at: '2026-11-27T09:00:00.000Z', text: 'Errors start.' },
        ],
      });
      expect(edited.errors).toBeUndefined();
      // Kept in time order, whatever order it was sent in.
      expect(edited.postmortem?.timeline.map((e) => e.text)).toEqual([
        'Errors start.',
        'Rolled back to the previous release.',
      ]);

      const published = await pm('publishPostmortem', { incidentId: incident.id });
      expect(published.errors).toBeUndefined();
      expect(published.postmortem?.status).toBe('PUBLISHED');
      expect(published.postmortem?.publishedAt).toBe(clock.now().toISOString());

      const frozen = await pm('updatePostmortem', { incidentId: incident.id, summary: 'changed' });
      expect(frozen.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const done = await pm('updatePostmortemActionItem', { id: itemId, done: true });
      expect(done.postmortem?.actionItems[0]?.done).toBe(true);

      const closed = await step('closeIncident', incident.id);
      expect(closed.errors).toBeUndefined();
      expect(closed.data?.closeIncident?.incident.status).toBe('CLOSED');

      const read = await call<{ incident: { postmortem: Postmortem } }>(
        `query($id: ID!) { incident(id: $id) { ${POSTMORTEM} } }`,
        { id: incident.id },
      );
      expect(read.data?.incident.postmortem).toMatchObject({
        status: 'PUBLISHED',
        rootCause: 'A release with a tokenizer mismatch.',
      });

      const { rows } = await server.backline.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'postmortem.%' ORDER BY seq",
        [incident.id],
      );
      expect(rows.map((r) => r.action)).toEqual([
        'postmortem.start',
        'postmortem.action_item.add',
        'postmortem.action_item.update',
        'postmortem.update',
        'postmortem.publish',
        'postmortem.action_item.update',
      ]);
    });

    it('lets a SEV4 close without a postmortem, but not with an unpublished one', async () => {
      const quiet = await declare('SEV4', 'embed');
      await step('resolveIncident', quiet.id);
      expect((await step('closeIncident', quiet.id)).errors).toBeUndefined();

      const started = await declare('SEV4', 'embed');
      await step('resolveIncident', started.id);
      await pm('startPostmortem', { incidentId: started.id });
      expect((await step('closeIncident', started.id)).errors?.[0]?.message).toContain(
        'postmortem is still a draft',
      );
    });

    it('keeps postmortems to SREs', async () => {
      const incident = await declare('SEV3', 'rerank');
      const viewer = await userWithRole(server.url, cookie, 'VIEWER');
      const refused = await call(
        'mutation($input: StartPostmortemInput!) { startPostmortem(input: $input) { postmortem { status } } }',
        { input: { incidentId: incident.id } },
        viewer.cookie,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('reports MTTA and MTTR per deployment on /metrics and in the API', async () => {
      // A second incident of ml-prod/chat: acknowledged after 60 s, resolved after 300 s.
      const second = await declare('SEV3');
      clock.advance(60_000);
      await step('acknowledgeIncident', second.id);
      clock.advance(240_000);
      await step('resolveIncident', second.id);
      // Canceled incidents do not count.
      const canceled = await declare('SEV3');
      await call(
        'mutation($id: ID!) { cancelIncident(input: { id: $id, reason: "a test alert" }) { incident { id } } }',
        { id: canceled.id },
        sre.cookie,
      );

      const text = await (await fetch(`${server.url}/metrics`, { headers: { cookie } })).text();
      const value = (name: string, labels: string) =>
        Number(
          text
            .split('\n')
            .find((l) => l.startsWith(`${name}{${labels}}`))
            ?.split(' ')
            .pop(),
        );
      const chat = 'deployment_namespace="ml-prod",deployment="chat"';
      expect(value('backline_incident_mtta_seconds', chat)).toBe((120 + 60) / 2);
      expect(value('backline_incident_mttr_seconds', chat)).toBe((600 + 300) / 2);
      expect(value('backline_incident_window_incidents', `${chat},stage="triggered"`)).toBe(2);
      expect(value('backline_incident_window_incidents', `${chat},stage="resolved"`)).toBe(2);
      expect(text).toContain('# TYPE backline_incident_mtta_seconds gauge');

      const api = await call<{
        incidentStats: {
          deployment: { name: string };
          incidents: number;
          mttaSeconds: number | null;
          mttrSeconds: number | null;
        }[];
      }>('{ incidentStats(days: 30) { deployment { name } incidents mttaSeconds mttrSeconds } }');
      expect(api.data?.incidentStats.find((s) => s.deployment.name === 'chat')).toEqual({
        deployment: { name: 'chat' },
        incidents: 2,
        mttaSeconds: 90,
        mttrSeconds: 450,
      });

      // Out of the window, they no longer count.
      clock.advance(31 * 86_400_000);
      const later = await (await fetch(`${server.url}/metrics`, { headers: { cookie } })).text();
      expect(later).not.toContain('backline_incident_mtta_seconds{');
    });
  });
}
