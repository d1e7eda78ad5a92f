import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditService } from '../../server/src/audit/index.ts';
import { InMemoryEventBus } from '../../server/src/events/index.ts';
import { IncidentsService, type Signal } from '../../server/src/incidents/index.ts';
import { type Db, migrate } from '../../server/src/store/index.ts';
import { TestClock } from '../support/clock.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

const DOWN: Signal = {
  source: 'HEALTH',
  fingerprint: 'health:ml-prod/chat:DOWN',
  title: 'chat is down',
  summary: 'No replica of ml-prod/chat is ready.',
  deployment: { namespace: 'ml-prod', name: 'chat' },
  environment: 'PROD',
  impact: 'DOWN',
  status: 'FIRING',
};

for (const kind of storeKinds()) {
  describe(`incident dedup on ${kind.name}`, () => {
    let store: TestStore;
    let db: Db;
    let incidents: IncidentsService;

    beforeEach(async () => {
      store = await kind.create();
      db = store.db;
      await migrate(db);
      const bus = new InMemoryEventBus();
      const clock = new TestClock();
      incidents = new IncidentsService({ db, bus, clock, audit: new AuditService(db, bus, clock) });
    });
    afterEach(() => store.drop());

    it('makes one incident of 20 concurrent identical signals, with 1 opened + 19 joined', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => incidents.recordSignal(DOWN)),
      );
      const ids = new Set(outcomes.map((o) => o.incident?.id));
      expect(ids.size).toBe(1);
      expect(outcomes.filter((o) => o.outcome === 'OPENED')).toHaveLength(1);
      const all = await incidents.list({});
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ status: 'TRIGGERED', severity: 'SEV1', source: 'HEALTH' });
      const kinds = (await incidents.timeline(all[0]?.id as string)).map((e) => e.kind);
      expect(kinds[0]).toBe('OPENED');
      expect(kinds.filter((k) => k === 'SIGNAL_JOINED')).toHaveLength(19);
      expect(kinds).toHaveLength(20);
      const signals = await incidents.signals(all[0]?.id as string);
      expect(signals).toMatchObject([
        { fingerprint: DOWN.fingerprint, status: 'FIRING', count: 20 },
      ]);
      const { rows } = await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM audit_log WHERE action IN ('incident.open', 'incident.signal')",
      );
      expect(Number(rows[0]?.n)).toBe(20);
    });

    it('resolves by itself when its last signal resolves, and opens anew after', async () => {
      const other = {
        ...DOWN,
        fingerprint: 'health:ml-prod/chat:SLO',
        impact: 'SLO_BURN' as const,
      };
      const opened = await incidents.recordSignal(DOWN);
      const id = opened.incident?.id as string;
      // A signal joins an open incident only with the same fingerprint: this one opens another.
      expect((await incidents.recordSignal(other)).incident?.id).not.toBe(id);
      const resolved = await incidents.recordSignal({ ...DOWN, status: 'RESOLVED' });
      expect(resolved.incident).toMatchObject({ id, status: 'RESOLVED' });
      expect(resolved.incident?.resolvedAt).toBeInstanceOf(Date);
      const again = await incidents.recordSignal(DOWN);
      expect(again.outcome).toBe('OPENED');
      expect(again.incident?.id).not.toBe(id);
    });

    it('makes one incident of a deployment going down and its rollout being rolled back', async () => {
      const down = { ...DOWN, deployment: { namespace: 'ml-prod', name: 'both' } };
      const opened = await incidents.recordSignal(down);
      const rolledBack = await incidents.recordSignal({
        source: 'ROLLOUT',
        fingerprint: 'rollout:ml-prod/both',
        title: 'ml-prod/both: rollout rolled back',
        summary: 'Backline rolled ml-prod/both back.',
        deployment: down.deployment,
        environment: 'PROD',
        impact: 'ROLLED_BACK',
        status: 'FIRING',
      });
      expect(rolledBack.outcome).toBe('JOINED');
      expect(rolledBack.incident?.id).toBe(opened.incident?.id);
      const signals = await incidents.signals(opened.incident?.id as string);
      expect(signals.map((x) => x.source).sort()).toEqual(['HEALTH', 'ROLLOUT']);
      // Another deployment's rollback is another incident.
      const elsewhere = await incidents.recordSignal({
        source: 'ROLLOUT',
        fingerprint: 'rollout:ml-prod/other',
        title: 'ml-prod/other: rollout rolled back',
        summary: 'Backline rolled ml-prod/other back.',
        deployment: { namespace: 'ml-prod', name: 'other' },
        environment: 'PROD',
        impact: 'ROLLED_BACK',
        status: 'FIRING',
      });
      expect(elsewhere.outcome).toBe('OPENED');
    });

    it('marks open incidents of a rolled-back deployment MITIGATED', async () => {
      const opened = await incidents.recordSignal(DOWN);
      const [mitigated] = await incidents.mitigatedByRollback(DOWN.deployment as never);
      expect(mitigated).toMatchObject({ id: opened.incident?.id, status: 'MITIGATED' });
      expect(mitigated?.mitigatedAt).toBeInstanceOf(Date);
    });
  });
}

const FIELDS = `id number title status severity source fingerprint commanderId assigneeId
  triggeredAt acknowledgedAt mitigatedAt resolvedAt closedAt mergedInto { id }
  timeline { kind actor actorType message } signals { fingerprint status }`;

interface IncidentView {
  id: string;
  number: number;
  status: string;
  severity: string;
  commanderId: string | null;
  acknowledgedAt: string | null;
  closedAt: string | null;
  mergedInto: { id: string } | null;
  timeline: { kind: string; actor: string; message: string }[];
}

describe('incidents over GraphQL', () => {
  let server: TestServer;
  let sre: { id: string; cookie: string };
  let viewer: { cookie: string };
  let adminCookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    adminCookie = await login(server.url, server.adminEmail, server.adminPassword);
    sre = await userWithRole(server.url, adminCookie, 'SRE');
    viewer = await userWithRole(server.url, adminCookie, 'VIEWER');
  });
  afterAll(() => server.stop());

  async function call<T = { incident: IncidentView }>(
    mutation: string,
    input: Record<string, unknown>,
    cookie = sre.cookie,
  ) {
    const inputType = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
    const type = [
      'acknowledgeIncident',
      'mitigateIncident',
      'resolveIncident',
      'closeIncident',
    ].includes(mutation)
      ? 'IncidentTransitionInput'
      : inputType;
    const result = await graphql<Record<string, T>>(
      server.url,
      `mutation($input: ${type}!) { ${mutation}(input: $input) { incident { ${FIELDS} } } }`,
      { input },
      { cookie },
    );
    return { data: result.data?.[mutation] ?? null, errors: result.errors };
  }

  async function declare(title = 'Chat answers slowly') {
    const { data, errors } = await call('declareIncident', {
      title,
      severity: 'SEV2',
      deployment: { namespace: 'ml-prod', name: 'chat' },
      environment: 'PROD',
    });
    expect(errors).toBeUndefined();
    return data?.incident as IncidentView;
  }

  it('is found by the id people use, INC-n, as by its own id', async () => {
    const incident = await declare('Found by its number');
    for (const id of [`INC-${incident.number}`, `inc${incident.number}`]) {
      const read = await graphql<{ incident: { id: string } | null }>(
        server.url,
        'query($id: ID!) { incident(id: $id) { id } }',
        { id },
        { cookie: viewer.cookie },
      );
      expect(read.data?.incident?.id, id).toBe(incident.id);
    }
    const none = await graphql<{ incident: unknown }>(
      server.url,
      'query { incident(id: "INC-999999") { id } }',
      {},
      { cookie: viewer.cookie },
    );
    expect(none.data?.incident).toBeNull();
  });

  it('runs the lifecycle, refusing a step the current state does not allow', async () => {
    const incident = await declare();
    expect(incident).toMatchObject({ status: 'TRIGGERED', severity: 'SEV2', source: 'MANUAL' });

    const early = await call('closeIncident', { id: incident.id });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toBe(
      `INC-${incident.number} is TRIGGERED, so it cannot become CLOSED; it can become ACKNOWLEDGED, MITIGATED, RESOLVED, MERGED, CANCELED.`,
    );

    const acked = await call('acknowledgeIncident', { id: incident.id, note: 'looking' });
    expect(acked.data?.incident.status).toBe('ACKNOWLEDGED');
    expect(acked.data?.incident.acknowledgedAt).not.toBeNull();
    // Closing a SEV2 needs a published postmortem (test/integration/postmortems.test.ts).
    for (const [mutation, input] of [
      ['startPostmortem', { incidentId: incident.id }],
      [
        'updatePostmortem',
        { incidentId: incident.id, rootCause: 'A bad release.', summary: 'Slow.' },
      ],
      ['publishPostmortem', { incidentId: incident.id }],
    ] as const) {
      const type = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
      const done = await graphql(
        server.url,
        `mutation($input: ${type}!) { ${mutation}(input: $input) { postmortem { status } } }`,
        { input },
        { cookie: sre.cookie },
      );
      expect(done.errors).toBeUndefined();
    }
    for (const [mutation, status] of [
      ['mitigateIncident', 'MITIGATED'],
      ['resolveIncident', 'RESOLVED'],
      ['closeIncident', 'CLOSED'],
    ] as const) {
      const step = await call(mutation, { id: incident.id });
      expect(step.errors).toBeUndefined();
      expect(step.data?.incident.status).toBe(status);
    }
    const closed = await call('resolveIncident', { id: incident.id });
    expect(closed.errors?.[0]?.message).toContain(
      'is CLOSED, so it cannot become RESOLVED; it is final.',
    );

    const read = await graphql<{ incident: IncidentView }>(
      server.url,
      `query($id: ID!) { incident(id: $id) { ${FIELDS} } }`,
      { id: incident.id },
      { cookie: viewer.cookie },
    );
    expect(read.data?.incident.closedAt).not.toBeNull();
    expect(read.data?.incident.timeline.map((e) => e.kind)).toEqual([
      'OPENED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
      'STATUS_CHANGED',
    ]);
    expect(read.data?.incident.timeline[1]).toMatchObject({ message: 'Acknowledged: looking' });
    const audited = await server.backline.services.audit.list({ targetId: incident.id }, 10);
    expect(audited.entries.map((e) => e.action).sort()).toEqual(
      [
        'postmortem.start',
        'postmortem.update',
        'postmortem.publish',
        'incident.open',
        'incident.acknowledged',
        'incident.mitigated',
        'incident.resolved',
        'incident.closed',
      ].sort(),
    );
  });

  it('changes severity with a reason, assigns, takes notes, merges and cancels', async () => {
    const a = await declare('Errors on chat');
    const b = await declare('Timeouts on chat');

    const noReason = await call('changeIncidentSeverity', {
      id: a.id,
      severity: 'SEV1',
      reason: '',
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'reason'] }],
    });
    const raised = await call('changeIncidentSeverity', {
      id: a.id,
      severity: 'SEV1',
      reason: 'all customers affected',
    });
    expect(raised.data?.incident.severity).toBe('SEV1');

    const assigned = await call('assignIncident', { id: a.id, commanderId: sre.id });
    expect(assigned.data?.incident.commanderId).toBe(sre.id);

    const note = await graphql<{ addIncidentNote: { entry: { kind: string; actor: string } } }>(
      server.url,
      'mutation($input: AddIncidentNoteInput!) { addIncidentNote(input: $input) { entry { kind actor } } }',
      { input: { id: a.id, body: 'Restarted the gateway.' } },
      { cookie: sre.cookie },
    );
    expect(note.data?.addIncidentNote.entry.kind).toBe('NOTE');

    const merged = await call('mergeIncident', { id: b.id, intoId: a.id });
    expect(merged.data?.incident).toMatchObject({ status: 'MERGED', mergedInto: { id: a.id } });
    const target = await graphql<{ incident: IncidentView }>(
      server.url,
      `query($id: ID!) { incident(id: $id) { ${FIELDS} } }`,
      { id: a.id },
      { cookie: sre.cookie },
    );
    expect(target.data?.incident.timeline.map((e) => e.kind)).toEqual([
      'OPENED',
      'SEVERITY_CHANGED',
      'ASSIGNED',
      'NOTE',
      'MERGED',
    ]);
    // People by name, not by id.
    expect(target.data?.incident.timeline.find((e) => e.kind === 'ASSIGNED')?.message).toBe(
      'SRE user commands.',
    );

    const canceled = await call('cancelIncident', { id: a.id, reason: 'a test, not an outage' });
    expect(canceled.data?.incident.status).toBe('CANCELED');

    const list = await graphql<{ incidents: { id: string }[] }>(
      server.url,
      '{ incidents(status: [MERGED], severity: [SEV2]) { id } }',
      {},
      { cookie: viewer.cookie },
    );
    expect(list.data?.incidents.map((i) => i.id)).toEqual([b.id]);
  });

  it('lets a viewer read but not change incidents', async () => {
    const incident = await declare();
    const refused = await call('acknowledgeIncident', { id: incident.id }, viewer.cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('streams a new incident to a subscriber', async () => {
    class WithHeaders extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: viewer.cookie, origin: server.url } });
      }
    }
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WithHeaders,
      retryAttempts: 0,
      lazy: true,
    });
    // Other parts of the server subscribe to the bus too: wait for this subscription's own.
    const before = server.backline.services.audit.subscriberCount();
    const received = new Promise<unknown>((resolve, reject) => {
      const stop = client.subscribe(
        { query: 'subscription { incidentChanged { title status } }' },
        {
          next: (value) => {
            stop();
            resolve(value);
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await expect
      .poll(() => server.backline.services.audit.subscriberCount(), { timeout: 10_000 })
      .toBeGreaterThan(before);
    await declare('Seen live');
    expect(await received).toMatchObject({
      data: { incidentChanged: { title: 'Seen live', status: 'TRIGGERED' } },
    });
    await client.dispose();
  });
});
