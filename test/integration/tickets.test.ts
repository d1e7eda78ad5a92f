import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/index.ts';
import { InMemoryEventBus } from '../../server/src/events/index.ts';
import { IncidentsService } from '../../server/src/incidents/index.ts';
import { migrate } from '../../server/src/store/index.ts';
import { TicketsService } from '../../server/src/tickets/index.ts';
import { TestClock } from '../support/clock.ts';
import { type Credentials, graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';
import { waitFor } from '../support/wait.ts';

const TOKEN = 'tickets-inbound-token-0123456789';
const MINUTE = 60_000;

const TICKET_FIELDS = `id number reference status priority suggestedReply firstRespondedAt
  incident { id }
  sla { state dueAt paused clocks { kind state elapsedMs remainingMs dueAt paused } }`;

interface Clock {
  kind: string;
  state: string;
  elapsedMs: number;
  remainingMs: number;
  dueAt: string | null;
  paused: boolean;
}
interface Ticket {
  id: string;
  number: number;
  reference: string;
  status: string;
  priority: string;
  suggestedReply: string | null;
  firstRespondedAt: string | null;
  incident: { id: string } | null;
  sla: { state: string | null; dueAt: string | null; paused: boolean; clocks: Clock[] };
}

const requester = { name: 'Ada Byron', email: 'ada@example.com', organisation: 'Analytical' };

for (const kind of storeKinds()) {
  describe(`support tickets over HTTP on ${kind.name}`, () => {
    const clock = new TestClock();
    let server: TestServer;
    let dropDatabase: (() => Promise<void>) | null = null;
    let admin: Credentials;
    let support: Credentials;
    let viewer: Credentials;

    beforeAll(async () => {
      let databaseUrl: string | undefined;
      if (kind.name === 'postgres') {
        const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer({
        clock,
        ...(databaseUrl ? { databaseUrl } : {}),
        env: {
          BACKLINE_TICKETS_TOKEN: TOKEN,
          BACKLINE_TICKETS_SWEEP_INTERVAL: '100ms',
          // The test clock moves days ahead; sessions should outlast it.
          BACKLINE_SESSION_IDLE_TIMEOUT: '3650d',
          BACKLINE_SESSION_MAX_AGE: '3650d',
        },
      });
      const adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
      admin = { cookie: adminCookie };
      support = { cookie: (await userWithRole(server.url, adminCookie, 'SUPPORT')).cookie };
      viewer = { cookie: (await userWithRole(server.url, adminCookie, 'VIEWER')).cookie };
    });
    afterAll(async () => {
      await server.stop();
      await dropDatabase?.();
    });

    async function call<T>(query: string, variables: Record<string, unknown>, who = support) {
      const result = await graphql<T>(server.url, query, variables, who);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    }

    async function create(priority = 'URGENT', subject = 'The chat model answers slowly') {
      const data = await call<{ createTicket: { ticket: Ticket } }>(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ${TICKET_FIELDS} } } }`,
        { input: { subject, description: 'Since this morning.', priority, requester } },
      );
      return data.createTicket.ticket;
    }

    async function get(id: string, who = support) {
      const data = await call<{ ticket: Ticket }>(
        `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`,
        { id },
        who,
      );
      return data.ticket;
    }

    function clockOf(ticket: Ticket, kind: string): Clock {
      return ticket.sla.clocks.find((c) => c.kind === kind) as Clock;
    }

    async function status(id: string, to: string) {
      return call<{ changeTicketStatus: { ticket: Ticket } }>(
        `mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { ${TICKET_FIELDS} } } }`,
        { input: { id, status: to } },
      ).then((d) => d.changeTicketStatus.ticket);
    }

    async function reply(id: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') {
      return call<{ replyToTicket: { ticket: Ticket } }>(
        `mutation($input: ReplyToTicketInput!) { replyToTicket(input: $input) { ticket { ${TICKET_FIELDS} } } }`,
        { input: { id, body, visibility } },
      ).then((d) => d.replyToTicket.ticket);
    }

    async function audits(targetId: string) {
      return (await server.backline.services.audit.list({ targetId }, 100)).entries;
    }

    it('tells a change in words, with people by name', async () => {
      const ticket = await create('NORMAL');
      const me = await call<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {});
      await call(
        'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }',
        { input: { id: ticket.id, assigneeId: me.viewer.user.id, priority: 'HIGH' } },
      );
      const events = await call<{ ticket: { conversation: { body: string }[] } }>(
        'query($id: ID!) { ticket(id: $id) { conversation(visibility: INTERNAL) { body } } }',
        { id: ticket.id },
      );
      expect(events.ticket.conversation.map((m) => m.body)).toContain(
        'Changed the priority to high, the assignee to SUPPORT user.',
      );
    });

    it('walks the lifecycle, keeps internal notes out of the public conversation, audits each step', async () => {
      const ticket = await create('NORMAL');
      expect(ticket).toMatchObject({ status: 'NEW', reference: `T-${ticket.number}` });
      expect(ticket.number).toBeGreaterThanOrEqual(1001);
      // Its reference finds it, as its id does.
      const byReference = await call<{ ticket: { id: string } }>(
        'query($id: ID!) { ticket(id: $id) { id } }',
        { id: ticket.reference },
      );
      expect(byReference.ticket.id).toBe(ticket.id);

      const noted = await reply(ticket.id, 'Customer is on the enterprise plan.', 'INTERNAL');
      expect(noted).toMatchObject({ status: 'NEW', firstRespondedAt: null });
      const answered = await reply(ticket.id, 'We are looking into it.', 'PUBLIC');
      expect(answered.status).toBe('OPEN');
      expect(clockOf(answered, 'FIRST_RESPONSE').state).toBe('MET');

      expect((await status(ticket.id, 'PENDING_CUSTOMER')).status).toBe('PENDING_CUSTOMER');
      expect((await status(ticket.id, 'RESOLVED')).status).toBe('RESOLVED');
      expect((await status(ticket.id, 'OPEN')).status).toBe('OPEN');
      expect((await status(ticket.id, 'RESOLVED')).status).toBe('RESOLVED');
      expect((await status(ticket.id, 'CLOSED')).status).toBe('CLOSED');
      const refused = await graphql(
        server.url,
        'mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ticket { id } } }',
        { input: { id: ticket.id, status: 'OPEN' } },
        support,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain('it is final');

      const { ticket: conversation } = await call<{
        ticket: {
          public: { visibility: string; body: string }[];
          all: { visibility: string; body: string }[];
        };
      }>(
        `query($id: ID!) { ticket(id: $id) {
           public: conversation(visibility: PUBLIC) { visibility body }
           all: conversation { visibility body } } }`,
        { id: ticket.id },
      );
      expect(conversation.public.map((m) => m.body)).toEqual([
        'Since this morning.',
        'We are looking into it.',
      ]);
      expect(conversation.public.every((m) => m.visibility === 'PUBLIC')).toBe(true);
      expect(conversation.all.map((m) => m.body)).toContain('Customer is on the enterprise plan.');

      const actions = (await audits(ticket.id)).map((e) => e.action).reverse();
      expect(actions).toEqual([
        'ticket.create',
        'ticket.note',
        'ticket.open',
        'ticket.reply',
        'ticket.pending_customer',
        'ticket.resolved',
        'ticket.open',
        'ticket.resolved',
        'ticket.closed',
      ]);
    });

    it('lets VIEWER read neither tickets nor an incident’s tickets', async () => {
      const denied = await graphql(server.url, '{ tickets { id } }', {}, viewer);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('reads first response on track, at risk under 25 % left, then breached, announced once', async () => {
      const ticket = await create('URGENT'); // first response within 30 minutes, round the clock
      clock.advance(20 * MINUTE);
      expect(clockOf(await get(ticket.id), 'FIRST_RESPONSE').state).toBe('ON_TRACK');
      clock.advance(5 * MINUTE);
      const atRisk = await get(ticket.id);
      expect(clockOf(atRisk, 'FIRST_RESPONSE')).toMatchObject({
        state: 'AT_RISK',
        remainingMs: 5 * MINUTE,
      });
      expect(atRisk.sla.state).toBe('AT_RISK');
      const breaching = await call<{ tickets: { id: string }[] }>(
        '{ tickets(view: BREACHING) { id } }',
        {},
      );
      expect(breaching.tickets.map((t) => t.id)).toContain(ticket.id);
      clock.advance(5 * MINUTE);
      const breached = await get(ticket.id);
      expect(clockOf(breached, 'FIRST_RESPONSE').state).toBe('BREACHED');
      expect(breached.sla.state).toBe('BREACHED');
      const announced = await waitFor('the breach to be announced', async () => {
        const entries = (await audits(ticket.id)).filter((e) => e.action === 'ticket.sla_breach');
        return entries.length ? entries : undefined;
      });
      expect(announced[0]).toMatchObject({
        actorType: 'SYSTEM',
        details: { clock: 'FIRST_RESPONSE' },
      });
      // Later sweeps do not announce it again.
      await server.backline.services.tickets.sweep();
      expect(
        (await audits(ticket.id)).filter((e) => e.action === 'ticket.sla_breach'),
      ).toHaveLength(1);
    });

    it('stops every clock while PENDING_CUSTOMER and resumes on OPEN', async () => {
      const ticket = await create('URGENT');
      await reply(ticket.id, 'Could you send the request id?', 'PUBLIC');
      clock.advance(10 * MINUTE);
      await status(ticket.id, 'PENDING_CUSTOMER');
      clock.advance(3 * 60 * MINUTE);
      const waiting = await get(ticket.id);
      expect(waiting.sla.paused).toBe(true);
      expect(clockOf(waiting, 'NEXT_UPDATE')).toMatchObject({
        elapsedMs: 10 * MINUTE,
        paused: true,
        dueAt: null,
        state: 'ON_TRACK',
      });
      expect(clockOf(waiting, 'RESOLUTION')).toMatchObject({
        elapsedMs: 10 * MINUTE,
        paused: true,
      });
      await status(ticket.id, 'OPEN');
      clock.advance(30 * MINUTE);
      const resumed = await get(ticket.id);
      expect(resumed.sla.paused).toBe(false);
      expect(clockOf(resumed, 'NEXT_UPDATE')).toMatchObject({
        elapsedMs: 40 * MINUTE,
        remainingMs: 20 * MINUTE,
        state: 'ON_TRACK',
      });
      expect(clockOf(resumed, 'RESOLUTION').elapsedMs).toBe(40 * MINUTE);
    });

    it('waits in PENDING_INCIDENT, then returns to OPEN with a suggested reply when the incident resolves', async () => {
      const declared = await call<{ declareIncident: { incident: { id: string } } }>(
        'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { incident { id } } }',
        { input: { title: 'Chat completions time out', severity: 'SEV2' } },
        admin,
      );
      const incidentId = declared.declareIncident.incident.id;
      const ticket = await create('HIGH');
      const linked = await call<{ linkTicketToIncident: { ticket: Ticket } }>(
        `mutation($input: LinkTicketInput!) { linkTicketToIncident(input: $input) { ticket { ${TICKET_FIELDS} } } }`,
        { input: { id: ticket.id, incidentId } },
      ).then((d) => d.linkTicketToIncident.ticket);
      expect(linked).toMatchObject({ status: 'PENDING_INCIDENT', incident: { id: incidentId } });
      expect(clockOf(linked, 'RESOLUTION').paused).toBe(true);
      expect(clockOf(linked, 'FIRST_RESPONSE').paused).toBe(false);

      const listed = await call<{ incident: { tickets: { reference: string }[] } }>(
        'query($id: ID!) { incident(id: $id) { tickets { reference } } }',
        { id: incidentId },
      );
      expect(listed.incident.tickets).toEqual([{ reference: ticket.reference }]);
      const hidden = await call<{ incident: { tickets: unknown[] } }>(
        'query($id: ID!) { incident(id: $id) { tickets { id } } }',
        { id: incidentId },
        viewer,
      );
      expect(hidden.incident.tickets).toEqual([]);

      await call(
        'mutation($id: ID!) { acknowledgeIncident(input: { id: $id }) { incident { id } } }',
        { id: incidentId },
        admin,
      );
      await call(
        'mutation($id: ID!) { addIncidentNote(input: { id: $id, body: "internal: suspect node gpu-7" }) { incident { id } } }',
        { id: incidentId },
        admin,
      );
      clock.advance(20 * MINUTE);
      await call(
        'mutation($id: ID!) { resolveIncident(input: { id: $id, note: "the faulty node was drained" }) { incident { id } } }',
        { id: incidentId },
        admin,
      );
      const reopened = await waitFor('the ticket to return to OPEN', async () => {
        const t = await get(ticket.id);
        return t.status === 'OPEN' ? t : undefined;
      });
      expect(reopened.suggestedReply).toContain('Chat completions time out');
      expect(reopened.suggestedReply).toContain('Resolution: the faulty node was drained');
      expect(reopened.suggestedReply).toContain('Our engineers acknowledged it');
      expect(reopened.suggestedReply).not.toContain('gpu-7');
      const moves = (await audits(ticket.id)).filter((e) => e.action === 'ticket.open');
      expect(moves).toHaveLength(1);
      expect(moves[0]?.actorType).toBe('SYSTEM');

      const sent = await reply(ticket.id, reopened.suggestedReply as string, 'PUBLIC');
      expect(sent.suggestedReply).toBeNull();
    });

    it('moves the tickets of an incident once when several replicas handle the same event', async () => {
      const db = server.backline.db;
      const services = server.backline.services;
      const declared = await services.incidents.declare(
        { type: 'SYSTEM', id: null, name: 'test' },
        { title: 'Embeddings return 500', severity: 'SEV3' },
      );
      const tickets = await Promise.all([create('LOW'), create('LOW')]);
      for (const t of tickets) {
        await services.tickets.link(
          { type: 'SYSTEM', id: null, name: 'test' },
          { id: t.id, incidentId: declared.id },
        );
      }
      // Two more services on the same store, as other replicas would have; the server's own
      // follower also gets the event.
      const replicas = [1, 2].map(() => {
        const bus = new InMemoryEventBus();
        const audit = new AuditService(db, bus, clock);
        const incidents = new IncidentsService({ db, audit, bus, clock });
        return new TicketsService({
          db,
          audit,
          bus,
          clock,
          incidents,
          options: { atRiskFraction: 0.25, autoCloseAfterMs: 7 * 86_400_000 },
        });
      });
      await services.incidents.resolve(
        { type: 'SYSTEM', id: null, name: 'test' },
        { id: declared.id },
      );
      const moved = await Promise.all(replicas.map((r) => r.onIncidentChanged(declared.id)));
      await waitFor('both tickets to be OPEN', async () => {
        const all = await Promise.all(tickets.map((t) => get(t.id)));
        return all.every((t) => t.status === 'OPEN') ? true : undefined;
      });
      expect(moved.flat().length).toBeLessThanOrEqual(2);
      for (const t of tickets) {
        expect((await audits(t.id)).filter((e) => e.action === 'ticket.open')).toHaveLength(1);
      }
      await migrate(db); // nothing left to apply; the store is intact
    });

    describe('POST /webhooks/tickets', () => {
      const form = {
        subject: 'Cannot sign in to the playground',
        description: 'It says my key is invalid.',
        priority: 'HIGH',
        requester: { name: 'Grace Hopper', email: 'grace@example.com' },
        tags: ['web-form'],
      };

      function post(body: unknown, headers: Record<string, string> = {}) {
        return fetch(`${server.url}/webhooks/tickets`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${TOKEN}`,
            ...headers,
          },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      }

      async function counts() {
        const n = async (sql: string) =>
          Number((await server.backline.db.query<{ n: string }>(sql)).rows[0]?.n);
        return {
          tickets: await n('SELECT count(*) AS n FROM tickets'),
          messages: await n('SELECT count(*) AS n FROM ticket_messages'),
          audit: await n("SELECT count(*) AS n FROM audit_log WHERE action = 'ticket.create'"),
        };
      }

      it('opens a ticket once per idempotency key and answers the retry with the same ticket', async () => {
        const before = await counts();
        const first = await post(form, { 'idempotency-key': 'form-42' });
        expect(first.status).toBe(201);
        const created = (await first.json()) as {
          ticket: { id: string; reference: string };
          duplicate: boolean;
        };
        expect(created).toMatchObject({
          duplicate: false,
          ticket: { reference: expect.stringMatching(/^T-\d+$/) },
        });
        const again = await post(form, { 'idempotency-key': 'form-42' });
        expect(again.status).toBe(200);
        expect(await again.json()).toMatchObject({
          duplicate: true,
          ticket: { id: created.ticket.id },
        });
        expect(await counts()).toEqual({
          tickets: before.tickets + 1,
          messages: before.messages + 1,
          audit: before.audit + 1,
        });
        const ticket = await server.backline.services.tickets.get(created.ticket.id);
        expect(ticket).toMatchObject({ source: 'INBOUND', priority: 'HIGH', tags: ['web-form'] });
        const audit = (await audits(created.ticket.id))[0];
        expect(audit).toMatchObject({ actor: 'inbound', actorType: 'SYSTEM' });
      });

      it('adds the customer’s follow-up to their ticket once, reopening it, and refuses strangers', async () => {
        const opened = (await (await post(form, { 'idempotency-key': 'form-77' })).json()) as {
          ticket: { id: string; reference: string };
        };
        const { id, reference } = opened.ticket;
        await status(id, 'PENDING_CUSTOMER');
        const followUp = {
          ticket: reference,
          requester: { email: 'GRACE@example.com' },
          description: 'Here is the request id: 7f3a.',
        };
        const first = await post(followUp, { 'idempotency-key': 'mail-<abc@example.com>' });
        expect(first.status).toBe(201);
        expect(await first.json()).toMatchObject({
          ticket: { id, status: 'OPEN' },
          duplicate: false,
        });
        const again = await post(followUp, { 'idempotency-key': 'mail-<abc@example.com>' });
        expect(again.status).toBe(200);
        expect(await again.json()).toMatchObject({ duplicate: true });
        const messages = await server.backline.services.tickets.conversation(id, 'PUBLIC');
        expect(messages.filter((m) => m.authorType === 'CUSTOMER').map((m) => m.body)).toEqual([
          form.description,
          'Here is the request id: 7f3a.',
        ]);

        const before = await counts();
        const stranger = await post({ ...followUp, requester: { email: 'mallory@example.com' } });
        expect(stranger.status).toBe(404);
        const missing = await post({ ...followUp, ticket: 'T-999999' });
        expect(missing.status).toBe(404);
        expect(await counts()).toEqual(before);
      });

      it('refuses malformed, invalid, oversized and unauthorised posts and writes nothing', async () => {
        const before = await counts();
        const malformed = await post('{"subject": ');
        expect(malformed.status).toBe(400);
        expect(((await malformed.json()) as { error: string }).error).toMatch(/not valid JSON/);

        const invalid = await post({
          ...form,
          requester: { name: 'Grace', email: 'not-an-email' },
          priority: 'SOON',
        });
        expect(invalid.status).toBe(400);
        const body = (await invalid.json()) as { error: string; fields: { path: string }[] };
        expect(body.fields.map((f) => f.path).sort()).toEqual(['priority', 'requester.email']);
        expect(body.error).toContain('requester.email: must be an email address');

        const big = await post({ ...form, description: 'x'.repeat(70_000) });
        expect(big.status).toBe(413);
        expect(((await big.json()) as { error: string }).error).toContain('too large');

        const array = await post([form]);
        expect(array.status).toBe(400);

        const wrong = await post(form, { authorization: 'Bearer not-the-token-at-all' });
        expect(wrong.status).toBe(401);

        expect(await counts()).toEqual(before);
      });
    });

    it('closes a ticket automatically once it has been RESOLVED for the configured days', async () => {
      const ticket = await create('NORMAL');
      await status(ticket.id, 'RESOLVED');
      clock.advance(6 * 86_400_000);
      await server.backline.services.tickets.sweep();
      expect((await get(ticket.id)).status).toBe('RESOLVED');
      clock.advance(86_400_000);
      const closed = await waitFor('the ticket to close', async () => {
        const t = await get(ticket.id);
        return t.status === 'CLOSED' ? t : undefined;
      });
      expect(closed.status).toBe('CLOSED');
      const entry = (await audits(ticket.id)).find((e) => e.action === 'ticket.closed');
      expect(entry?.actorType).toBe('SYSTEM');
    });
  });
}
