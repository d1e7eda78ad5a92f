import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISABLE_AFTER_FAILURES } from '../../server/src/notifications/index.ts';
import { TestClock } from '../support/clock.ts';
import { graphql, login } from '../support/graphql.ts';
import { startBacklineProcess } from '../support/process.ts';
import { WebhookReceiver } from '../support/receiver.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase } from '../support/stores.ts';
import { waitFor, waitForMetrics } from '../support/wait.ts';

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

const DELIVERY = `query($id: ID!) { notificationDelivery(id: $id) {
  id status attempts lastError nextAttemptAt deliveredAt } }`;

const serverUrl = process.env.TEST_DATABASE_URL;
const stores = [{ name: 'pglite' }, ...(serverUrl ? [{ name: 'postgres' }] : [])];

for (const store of stores) {
  describe(`notification delivery on ${store.name}`, () => {
    let server: TestServer;
    let cookie: string;
    let receiver: WebhookReceiver;
    let smtp: SMTPServer;
    const mails: { to: string[]; data: string }[] = [];
    let dropDb = async () => {};
    const clock = new TestClock();

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
    const createChannel = async (input: Record<string, unknown>) =>
      (
        await gql<{
          createNotificationChannel: { channel: { id: string }; secret: string | null };
        }>(
          `mutation($input: CreateNotificationChannelInput!) {
            createNotificationChannel(input: $input) { channel { id } secret }
          }`,
          { input },
        )
      ).createNotificationChannel;
    const testSend = async (id: string) =>
      (
        await gql<{ testNotificationChannel: Delivery }>(
          'mutation($id: ID!) { testNotificationChannel(id: $id) { id status attempts } }',
          { id },
        )
      ).testNotificationChannel;
    const delivery = async (id: string) =>
      (await gql<{ notificationDelivery: Delivery }>(DELIVERY, { id })).notificationDelivery;

    beforeAll(async () => {
      receiver = await WebhookReceiver.start();
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          let data = '';
          stream.on('data', (chunk: Buffer) => {
            data += chunk.toString();
          });
          stream.on('end', () => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const smtpPort = (smtp.server.address() as AddressInfo).port;
      let databaseUrl: string | undefined;
      if (store.name === 'postgres' && serverUrl) {
        const db = await createServerDatabase(serverUrl);
        databaseUrl = db.url;
        dropDb = db.drop;
      }
      server = await startTestServer({
        clock,
        ...(databaseUrl ? { databaseUrl } : {}),
        env: {
          BACKLINE_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          BACKLINE_SMTP_FROM: 'Backline <backline@example.com>',
        },
      });
      cookie = await login(server.url, server.adminEmail, server.adminPassword);
    });

    afterAll(async () => {
      await server?.stop();
      await receiver?.close();
      await new Promise<void>((resolve) => smtp?.close(() => resolve()));
      await dropDb();
    });

    it('signs a webhook body with the channel secret, shown only at creation', async () => {
      const { channel, secret } = await createChannel({
        name: 'Signed',
        type: 'WEBHOOK',
        url: `${receiver.url}/signed`,
      });
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const sent = await testSend(channel.id);
      expect(sent).toMatchObject({ status: 'PENDING', attempts: 0 });
      const [request] = await waitFor('the webhook', () =>
        receiver.at('/signed').length ? receiver.at('/signed') : undefined,
      );
      expect(request?.headers['content-type']).toBe('application/json');
      // Verified as a receiver would, with the Standard Webhooks library.
      const headers = {
        'webhook-id': String(request?.headers['webhook-id']),
        'webhook-timestamp': String(request?.headers['webhook-timestamp']),
        'webhook-signature': String(request?.headers['webhook-signature']),
      };
      expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      expect(new Webhook(secret as string).verify(request?.body ?? '', headers)).toMatchObject({
        event: 'test',
      });
      // A tampered body, or the same delivery replayed later, is refused.
      expect(() => new Webhook(secret as string).verify(`${request?.body} `, headers)).toThrow();
      const replayed = {
        ...headers,
        'webhook-timestamp': String(Math.floor(Date.now() / 1000) - 3600),
      };
      expect(() => new Webhook(secret as string).verify(request?.body ?? '', replayed)).toThrow();
      expect(request?.headers['webhook-id']).toBe(request?.json.id);
      expect(request?.headers['idempotency-key']).toBe(request?.json.id);
      expect(request?.json).toMatchObject({ event: 'test', incident: null });
      await waitFor('delivered', async () =>
        (await delivery(sent.id)).status === 'DELIVERED' ? true : undefined,
      );
      // The secret is never readable again, and not in the audit log.
      const listed = await graphql(
        server.url,
        '{ notificationChannels { id secret } }',
        {},
        { cookie },
      );
      expect(listed.errors?.[0]?.message).toMatch(/secret/);
      const { rows } = await server.backline.db.query<{ details: unknown }>(
        "SELECT details FROM audit_log WHERE action LIKE 'notification_channel.%'",
      );
      expect(JSON.stringify(rows)).not.toContain(secret);
      await waitForMetrics(server.url, [
        /^backline_notification_outbox_pending \d+$/m,
        /^backline_notification_deliveries_total\{channel_type="WEBHOOK",outcome="delivered"\} [1-9]/m,
        /^backline_notification_delivery_seconds_count\{channel_type="WEBHOOK"\} [1-9]/m,
      ]);
    });

    it('retries with exponential back-off until the receiver accepts', async () => {
      receiver.respond = (p, count) => (p === '/flaky' && count < 2 ? 500 : 200);
      const { channel } = await createChannel({
        name: 'Flaky',
        type: 'WEBHOOK',
        url: `${receiver.url}/flaky`,
      });
      const sent = await testSend(channel.id);
      const first = await waitFor('first failure', async () => {
        const d = await delivery(sent.id);
        return d.attempts === 1 ? d : undefined;
      });
      expect(first).toMatchObject({ status: 'PENDING', lastError: 'HTTP 500: nope' });
      expect(Date.parse(first.nextAttemptAt) - clock.now().getTime()).toBe(10_000);
      clock.advance(10_000);
      const second = await waitFor('second failure', async () => {
        const d = await delivery(sent.id);
        return d.attempts === 2 ? d : undefined;
      });
      expect(Date.parse(second.nextAttemptAt) - clock.now().getTime()).toBe(20_000);
      clock.advance(19_000);
      // Not due yet: a pass of the dispatcher changes nothing.
      await testSend(
        (await createChannel({ name: 'Probe', type: 'WEBHOOK', url: `${receiver.url}/probe` }))
          .channel.id,
      );
      await waitFor('probe', () => (receiver.at('/probe').length ? true : undefined));
      expect(receiver.at('/flaky')).toHaveLength(2);
      clock.advance(1000);
      const done = await waitFor('delivered', async () => {
        const d = await delivery(sent.id);
        return d.status === 'DELIVERED' ? d : undefined;
      });
      expect(done).toMatchObject({ attempts: 3, lastError: null });
      const keys = receiver.at('/flaky').map((r) => r.headers['idempotency-key']);
      expect(new Set(keys).size).toBe(1);
    });

    it('delivers an incident’s messages to a channel in order: a later one waits for the earlier', async () => {
      receiver.respond = (p, count) => (p === '/ordered' && count === 0 ? 500 : 200);
      await createChannel({
        name: 'Ordered',
        type: 'WEBHOOK',
        url: `${receiver.url}/ordered`,
        isFallback: true,
      });
      // No escalation policy: the fallback channel hears about the incident at once.
      const declared = await gql<{ declareIncident: { incident: { id: string } } }>(
        'mutation { declareIncident(input: { title: "Order test", severity: SEV2 }) { incident { id } } }',
      );
      const id = declared.declareIncident.incident.id;
      await waitFor('first attempt', () =>
        receiver.at('/ordered').length === 1 ? true : undefined,
      );
      await gql(
        'mutation($id: ID!) { acknowledgeIncident(input: { id: $id }) { incident { id } } }',
        {
          id,
        },
      );
      const log = async () =>
        (
          await gql<{ incident: { notifications: { event: string; status: string }[] } }>(
            'query($id: ID!) { incident(id: $id) { notifications { event status attempts } } }',
            { id },
          )
        ).incident.notifications;
      expect((await log()).map((n) => [n.event, n.status])).toEqual([
        ['incident.fallback', 'PENDING'],
        ['incident.acknowledged', 'PENDING'],
      ]);
      // The acknowledgement is due, but waits behind the fallback message's retry.
      await testSend(
        (await createChannel({ name: 'Probe 2', type: 'WEBHOOK', url: `${receiver.url}/probe2` }))
          .channel.id,
      );
      await waitFor('probe', () => (receiver.at('/probe2').length ? true : undefined));
      expect(receiver.at('/ordered')).toHaveLength(1);
      clock.advance(10_000);
      await waitFor('both', () => (receiver.at('/ordered').length === 3 ? true : undefined));
      expect(receiver.at('/ordered').map((r) => r.json.event)).toEqual([
        'incident.fallback',
        'incident.fallback',
        'incident.acknowledged',
      ]);
      await waitFor('log', async () =>
        (await log()).every((n) => n.status === 'DELIVERED') ? true : undefined,
      );
    });

    it('disables a channel after repeated consecutive failures', async () => {
      receiver.respond = (p) => (p === '/down' ? 503 : 200);
      const { channel } = await createChannel({
        name: 'Down',
        type: 'WEBHOOK',
        url: `${receiver.url}/down`,
      });
      const first = await testSend(channel.id);
      const second = await testSend(channel.id);
      const state = async () =>
        (
          await gql<{
            notificationChannels: { id: string; enabled: boolean; disabledReason: string | null }[];
          }>('{ notificationChannels { id enabled disabledReason consecutiveFailures } }')
        ).notificationChannels.find((c) => c.id === channel.id);
      await waitFor(
        'disabled',
        async () => {
          if (!(await state())?.enabled) return true;
          clock.advance(60_000);
          return undefined;
        },
        60_000,
      );
      expect((await state())?.disabledReason).toMatch(
        new RegExp(
          `^Disabled after ${DISABLE_AFTER_FAILURES} failed deliveries in a row; last: HTTP 503`,
        ),
      );
      // Both messages were in flight together, so one more attempt may have been under way.
      const seen = receiver.at('/down').length;
      expect(seen).toBeGreaterThanOrEqual(DISABLE_AFTER_FAILURES);
      expect(seen).toBeLessThanOrEqual(DISABLE_AFTER_FAILURES + 1);
      const statuses = [(await delivery(first.id)).status, (await delivery(second.id)).status];
      expect(statuses).toEqual(['FAILED', 'FAILED']);
      const { rows } = await server.backline.db.query<{ actor: string }>(
        "SELECT actor FROM audit_log WHERE action = 'notification_channel.disable' AND target_id = $1",
        [channel.id],
      );
      expect(rows).toEqual([{ actor: 'system' }]);
      // Nothing more goes to a disabled channel.
      clock.advance(30 * 60_000);
      const probe = await createChannel({
        name: 'Probe 3',
        type: 'WEBHOOK',
        url: `${receiver.url}/probe3`,
      });
      await testSend(probe.channel.id);
      await waitFor('probe', () => (receiver.at('/probe3').length ? true : undefined));
      expect(receiver.at('/down')).toHaveLength(seen);
    });

    it('posts Slack messages with blocks', async () => {
      const { channel, secret } = await createChannel({
        name: 'Slack',
        type: 'SLACK',
        url: `${receiver.url}/slack`,
      });
      expect(secret).toBeNull();
      await testSend(channel.id);
      const [request] = await waitFor('slack', () =>
        receiver.at('/slack').length ? receiver.at('/slack') : undefined,
      );
      expect(request?.json.text).toMatch(/^Test message from Backline to Slack/);
      expect(request?.json.blocks).toEqual([
        { type: 'header', text: { type: 'plain_text', text: 'Backline' } },
        { type: 'section', text: { type: 'mrkdwn', text: request?.json.text } },
      ]);
    });

    it('sends email over SMTP', async () => {
      const { channel } = await createChannel({
        name: 'Mail',
        type: 'EMAIL',
        emailTo: ['oncall@example.com', 'sre@example.com'],
      });
      const sent = await testSend(channel.id);
      const mail = await waitFor('mail', () => mails[0]);
      expect(mail.to).toEqual(['oncall@example.com', 'sre@example.com']);
      expect(mail.data).toMatch(/^Subject: Test message from Backline to Mail/m);
      expect(mail.data).toMatch(/^From: Backline <backline@example.com>/m);
      await waitFor('delivered', async () =>
        (await delivery(sent.id)).status === 'DELIVERED' ? true : undefined,
      );
    });
  });
}

describe('a crash between commit and delivery', () => {
  let receiver: WebhookReceiver;
  let dataDir: string;
  let dropDb = async () => {};

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-crash-'));
  });
  afterAll(async () => {
    await receiver.close();
    await rm(dataDir, { recursive: true, force: true });
    await dropDb();
  });

  it('delivers the notification of a committed change once after a SIGKILL and restart', {
    timeout: 120_000,
  }, async () => {
    const env: Record<string, string> = {
      BACKLINE_DATA_DIR: dataDir,
      BACKLINE_ADMIN_PASSWORD: 'crash-test-password',
    };
    if (serverUrl) {
      const db = await createServerDatabase(serverUrl);
      env.DATABASE_URL = db.url;
      dropDb = db.drop;
    }
    // The receiver takes the first request and never answers it: the process dies mid-delivery,
    // after the change and its outbox row committed and before the delivery was recorded.
    receiver.respond = (_p, count) => (count === 0 ? 'hold' : 200);
    const first = await startBacklineProcess(env);
    let cookie = await login(first.url, 'admin@backline.local', 'crash-test-password');
    const call = async <T>(url: string, query: string, variables = {}) => {
      const r = await graphql<T>(url, query, variables, { cookie });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data as T;
    };
    await call(
      first.url,
      'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }',
      { input: { name: 'Pager', type: 'WEBHOOK', url: `${receiver.url}/pager`, isFallback: true } },
    );
    const declared = await call<{ declareIncident: { incident: { id: string } } }>(
      first.url,
      'mutation { declareIncident(input: { title: "Crash test", severity: SEV1 }) { incident { id } } }',
    );
    const id = declared.declareIncident.incident.id;
    await waitFor('the first attempt', () =>
      receiver.at('/pager').length === 1 ? true : undefined,
    );
    await first.kill();
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startBacklineProcess(env);
    try {
      cookie = await login(second.url, 'admin@backline.local', 'crash-test-password');
      const log = async () =>
        (
          await call<{
            incident: {
              notifications: { status: string; attempts: number }[];
              timeline: { kind: string }[];
            };
          }>(
            second.url,
            'query($id: ID!) { incident(id: $id) { notifications { status attempts } timeline { kind } } }',
            { id },
          )
        ).incident;
      const done = await waitFor('delivered after the restart', async () => {
        const incident = await log();
        return incident.notifications[0]?.status === 'DELIVERED' ? incident : undefined;
      });
      expect(done.notifications).toEqual([{ status: 'DELIVERED', attempts: 1 }]);
      expect(done.timeline.filter((e) => e.kind === 'NOTIFIED')).toHaveLength(1);
      const requests = receiver.at('/pager');
      expect(requests).toHaveLength(2);
      // The same message: a receiver that saw the unanswered one can tell by its key.
      expect(requests[1]?.headers['idempotency-key']).toBe(requests[0]?.headers['idempotency-key']);
      expect(requests[1]?.body).toBe(requests[0]?.body);
    } finally {
      second.child.kill('SIGTERM');
      await second.exit;
    }
  });
});
