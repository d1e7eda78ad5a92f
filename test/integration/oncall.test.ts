import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { WebhookReceiver } from '../support/receiver.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const MINUTE = 60_000;

const stores: { name: string; url?: () => Promise<{ url: string; drop(): Promise<void> }> }[] = [
  { name: 'pglite' },
];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) stores.push({ name: 'postgres', url: () => createServerDatabase(serverUrl) });

for (const store of stores) {
  describe(`on-call and escalation on ${store.name}`, () => {
    let server: TestServer;
    let cookie: string;
    let receiver: WebhookReceiver;
    let dropDb = async () => {};
    const clock = new TestClock();
    let adminId: string;
    const channels: Record<string, string> = {};

    const gql = async <T = Record<string, unknown>>(query: string, variables = {}) => {
      let r = await graphql<T>(server.url, query, variables, { cookie });
      if (r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
        // The test clock moved past the session's idle timeout: sign in again.
        cookie = await login(server.url, server.adminEmail, server.adminPassword);
        r = await graphql<T>(server.url, query, variables, { cookie });
      }
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data as T;
    };
    const events = (path: string) => receiver.at(path).map((r) => r.json.event);

    beforeAll(async () => {
      receiver = await WebhookReceiver.start();
      const db = store.url ? await store.url() : null;
      if (db) dropDb = db.drop;
      server = await startTestServer({ clock, ...(db ? { databaseUrl: db.url } : {}) });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
      const me = await gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }');
      adminId = me.viewer.user.id;
      for (const [name, isFallback] of [
        ['step1', false],
        ['step2', false],
        ['fallback', true],
      ] as const) {
        const created = await gql<{ createNotificationChannel: { channel: { id: string } } }>(
          `mutation($input: CreateNotificationChannelInput!) {
            createNotificationChannel(input: $input) { channel { id } secret }
          }`,
          { input: { name, type: 'WEBHOOK', url: `${receiver.url}/${name}`, isFallback } },
        );
        channels[name] = created.createNotificationChannel.channel.id;
      }
    });

    afterAll(async () => {
      await server?.stop();
      await receiver?.close();
      await dropDb();
    });

    it('says who is on call now, with layers and overrides', async () => {
      const created = await gql<{ createOnCallSchedule: { id: string } }>(
        `mutation($input: CreateOnCallScheduleInput!) { createOnCallSchedule(input: $input) { id } }`,
        {
          input: {
            name: 'Primary',
            timeZone: 'Europe/Berlin',
            layers: [
              { name: 'Week', userIds: [adminId], start: '2026-11-23T09:00', shift: 'WEEKLY' },
            ],
          },
        },
      );
      const now = await gql<{
        onCallNow: { schedule: { name: string }; user: { email: string }; layer: string }[];
      }>('{ onCallNow { schedule { name } user { email } layer until } }');
      expect(now.onCallNow).toEqual([
        {
          schedule: { name: 'Primary' },
          user: { email: server.adminEmail },
          layer: 'Week',
          until: null,
        },
      ]);
      const bad = await graphql(
        server.url,
        `mutation($input: CreateOnCallScheduleInput!) { createOnCallSchedule(input: $input) { id } }`,
        { input: { name: 'Bad', timeZone: 'Mars/Olympus', layers: [] } },
        { cookie },
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // An override puts someone else on call over every layer, for its time range only.
      const sre = await userWithRole(server.url, cookie, 'SRE');
      const now0 = clock.now().getTime();
      // Only those who can acknowledge are offered, and taken: not support staff or viewers.
      const support = await userWithRole(server.url, cookie, 'SUPPORT');
      const people = await gql<{ onCallPeople: { id: string }[] }>('{ onCallPeople { id } }');
      expect(people.onCallPeople.map((p) => p.id)).toContain(sre.id);
      expect(people.onCallPeople.map((p) => p.id)).not.toContain(support.id);
      const refused = await graphql(
        server.url,
        `mutation($input: AddOnCallOverrideInput!) { addOnCallOverride(input: $input) { id } }`,
        {
          input: {
            scheduleId: created.createOnCallSchedule.id,
            userId: support.id,
            startsAt: new Date(now0 - MINUTE).toISOString(),
            endsAt: new Date(now0 + 60 * MINUTE).toISOString(),
          },
        },
        { cookie },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['input', 'userId'], message: 'names someone who cannot acknowledge' }],
      });
      expect(refused.errors?.[0]?.message).toBe(
        'SUPPORT user cannot be on call: a SUPPORT cannot acknowledge incidents. Only SREs and admins can.',
      );
      await gql(
        `mutation($input: AddOnCallOverrideInput!) { addOnCallOverride(input: $input) { id } }`,
        {
          input: {
            scheduleId: created.createOnCallSchedule.id,
            userId: sre.id,
            startsAt: new Date(now0 - MINUTE).toISOString(),
            endsAt: new Date(now0 + 60 * MINUTE).toISOString(),
          },
        },
      );
      const during = await gql<{
        onCallNow: { user: { id: string }; layer: string | null; until: string }[];
      }>('{ onCallNow { user { id } layer until } }');
      expect(during.onCallNow[0]).toEqual({
        user: { id: sre.id },
        layer: null,
        until: new Date(now0 + 60 * MINUTE).toISOString(),
      });
      const after = await gql<{ onCallNow: { user: { id: string } }[] }>(
        'query($at: DateTime) { onCallNow(at: $at) { user { id } } }',
        { at: new Date(now0 + 61 * MINUTE).toISOString() },
      );
      expect(after.onCallNow[0]?.user.id).toBe(adminId);
      const overrides = await gql<{ onCallSchedule: { overrides: { id: string }[] } }>(
        'query($id: ID!) { onCallSchedule(id: $id) { overrides { id } } }',
        { id: created.createOnCallSchedule.id },
      );
      await gql('mutation($id: ID!) { removeOnCallOverride(id: $id) { id } }', {
        id: overrides.onCallSchedule.overrides[0]?.id,
      });
      const preview = await gql<{ onCallSchedule: { shifts: { layer: string }[] } }>(
        `query($id: ID!) { onCallSchedule(id: $id) { shifts(days: 3) { userId layer start end } } }`,
        { id: created.createOnCallSchedule.id },
      );
      expect(preview.onCallSchedule.shifts).toHaveLength(1);
    });

    it('notifies step 1 at once, step 2 after the timeout, repeats, falls back, and stops on ack', async () => {
      const schedules = await gql<{ onCallSchedules: { id: string }[] }>(
        '{ onCallSchedules { id } }',
      );
      await gql(
        `mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }`,
        {
          input: {
            name: 'Default',
            isDefault: true,
            repeat: 1,
            steps: [
              {
                timeoutMinutes: 5,
                targets: [
                  { type: 'SCHEDULE', id: schedules.onCallSchedules[0]?.id },
                  { type: 'CHANNEL', id: channels.step1 },
                ],
              },
              { timeoutMinutes: 10, targets: [{ type: 'CHANNEL', id: channels.step2 }] },
            ],
          },
        },
      );
      const declared = await gql<{ declareIncident: { incident: { id: string } } }>(
        `mutation { declareIncident(input: { title: "Chat is down", severity: SEV1 }) { incident { id } } }`,
      );
      const id = declared.declareIncident.incident.id;

      await waitFor('step 1', () => (receiver.at('/step1').length === 1 ? true : undefined));
      const first = receiver.at('/step1')[0];
      expect(first?.json).toMatchObject({
        event: 'incident.triggered',
        step: 1,
        onCall: [{ email: server.adminEmail }],
        incident: { id, severity: 'SEV1', status: 'TRIGGERED' },
      });
      expect(receiver.at('/step2')).toHaveLength(0);

      clock.advance(5 * MINUTE - 1000);
      await server.backline.services.notifications.pendingCount();
      expect(receiver.at('/step2')).toHaveLength(0);
      clock.advance(1000);
      await waitFor('step 2', () => (receiver.at('/step2').length === 1 ? true : undefined));
      expect(receiver.at('/step2')[0]?.json).toMatchObject({
        event: 'incident.escalated',
        step: 2,
      });

      // The second pass, then the fallback, and the fallback again.
      clock.advance(10 * MINUTE);
      await waitFor('step 1 again', () => (receiver.at('/step1').length === 2 ? true : undefined));
      expect(receiver.at('/step1')[1]?.json).toMatchObject({ step: 1, round: 2 });
      clock.advance(5 * MINUTE);
      await waitFor('step 2 again', () => (receiver.at('/step2').length === 2 ? true : undefined));
      expect(receiver.at('/fallback')).toHaveLength(0);
      clock.advance(10 * MINUTE);
      await waitFor('fallback', () => (receiver.at('/fallback').length === 1 ? true : undefined));
      expect(receiver.at('/fallback')[0]?.json).toMatchObject({ event: 'incident.fallback' });
      clock.advance(10 * MINUTE);
      await waitFor('fallback again', () =>
        receiver.at('/fallback').length === 2 ? true : undefined,
      );

      await gql(
        `mutation($id: ID!) { acknowledgeIncident(input: { id: $id }) { incident { id } } }`,
        {
          id,
        },
      );
      // Each channel's delivery is its own: wait for both, not one then the other.
      await waitFor('the acknowledged message on the fallback and step 1', () =>
        events('/fallback').includes('incident.acknowledged') &&
        events('/step1').includes('incident.acknowledged')
          ? true
          : undefined,
      );
      const before = receiver.received.length;
      clock.advance(60 * MINUTE);
      // A pass of the engine and the dispatcher after the ack: nothing more is sent.
      await server.backline.services.incidents.get(id);
      await new Promise((resolve) => setImmediate(resolve));
      const escalated = await waitFor('the engine to see the ack', async () => {
        const rows = await server.backline.db.query<{ status: string }>(
          'SELECT status FROM incident_escalations WHERE incident_id = $1',
          [id],
        );
        return rows.rows[0]?.status === 'STOPPED' ? true : undefined;
      });
      expect(escalated).toBe(true);
      expect(receiver.received.length).toBe(before);

      const incident = await gql<{
        incident: {
          timeline: { kind: string; message: string }[];
          notifications: { channelName: string; status: string; attempts: number }[];
        };
      }>(
        `query($id: ID!) { incident(id: $id) {
          timeline { kind message }
          notifications { channelName target status attempts lastError createdAt deliveredAt }
        } }`,
        { id },
      );
      const kinds = incident.incident.timeline.map((e) => e.kind);
      expect(kinds.filter((k) => k === 'ESCALATED')).toHaveLength(6);
      expect(incident.incident.timeline.find((e) => e.kind === 'NOTIFIED')?.message).toMatch(
        /^Notified 127\.0\.0\.1:\d+ via step1 \(webhook\)\.$/,
      );
      expect(incident.incident.notifications.every((n) => n.status === 'DELIVERED')).toBe(true);
      expect(incident.incident.notifications.length).toBe(receiver.received.length);
    });

    it('uses the policy naming the incident’s environment before the default one', async () => {
      await gql(
        `mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }`,
        {
          input: {
            name: 'Staging',
            environments: ['STAGING'],
            steps: [{ timeoutMinutes: 30, targets: [{ type: 'CHANNEL', id: channels.step2 }] }],
          },
        },
      );
      const before = receiver.at('/step2').length;
      const declared = await gql<{ declareIncident: { incident: { id: string } } }>(
        `mutation { declareIncident(input: { title: "Staging is slow", severity: SEV3, environment: STAGING }) {
          incident { id } } }`,
      );
      await waitFor('the staging policy’s step', () =>
        receiver.at('/step2').length === before + 1 ? true : undefined,
      );
      expect(receiver.at('/step2')[before]?.json).toMatchObject({
        event: 'incident.triggered',
        incident: { id: declared.declareIncident.incident.id, environment: 'STAGING' },
      });
      await gql(
        `mutation($id: ID!) { acknowledgeIncident(input: { id: $id }) { incident { id } } }`,
        {
          id: declared.declareIncident.incident.id,
        },
      );
    });

    it('refuses to delete a channel or schedule a policy names', async () => {
      await expect(
        gql('mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: channels.step2 }),
      ).rejects.toThrow(/CONFLICT/);
      const schedules = await gql<{ onCallSchedules: { id: string }[] }>(
        '{ onCallSchedules { id } }',
      );
      await expect(
        gql('mutation($id: ID!) { deleteOnCallSchedule(id: $id) }', {
          id: schedules.onCallSchedules[0]?.id,
        }),
      ).rejects.toThrow(/CONFLICT/);
    });
  });
}
