import { type Queryable, rowMapper } from '../store/index.ts';
import type {
  CalendarRecord,
  MessageRecord,
  PauseRecord,
  Priority,
  SlaClockKind,
  SlaPolicyRecord,
  TicketFilter,
  TicketRecord,
  TicketSource,
  Visibility,
} from './tickets.types.ts';

const tickets = rowMapper<TicketRecord>()(
  `id, number, subject, description, priority, status, requester_name, requester_email,
  requester_organisation, assignee_id, group_name, tags, source, incident_id, merged_into_id,
  suggested_reply, created_at, updated_at, first_responded_at, last_public_reply_at, resolved_at,
  closed_at, created_by`,
  {
    number: (r) => Number(r.number),
    requester: (r) => ({
      name: String(r.requester_name),
      email: String(r.requester_email),
      organisation: r.requester_organisation as string | null,
    }),
    group: (r) => r.group_name as string | null,
    tags: (r) => (r.tags as string[] | null) ?? [],
  },
  ['requester_name', 'requester_email', 'requester_organisation', 'group_name'],
);
const COLUMNS = tickets.columns;
const toRecord = tickets.from;

const slaPolicies = rowMapper<SlaPolicyRecord>()(
  'priority, calendar_id, first_response_minutes, next_update_minutes, resolution_minutes',
);
const calendars = rowMapper<CalendarRecord>()('id, name, time_zone, always_open, hours, holidays');

export interface NewTicket {
  subject: string;
  description: string;
  priority: Priority;
  requester: { name: string; email: string; organisation: string | null };
  assigneeId: string | null;
  group: string | null;
  tags: string[];
  source: TicketSource;
  idempotencyKey: string | null;
  at: Date;
  createdBy: string;
}

/** Columns `update` may set, by field name. */
const FIELDS = {
  subject: 'subject',
  priority: 'priority',
  status: 'status',
  assigneeId: 'assignee_id',
  group: 'group_name',
  tags: 'tags',
  incidentId: 'incident_id',
  mergedIntoId: 'merged_into_id',
  suggestedReply: 'suggested_reply',
  firstRespondedAt: 'first_responded_at',
  lastPublicReplyAt: 'last_public_reply_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
} as const;
export type TicketChanges = Partial<{
  -readonly [K in keyof typeof FIELDS]: K extends keyof TicketRecord ? TicketRecord[K] : never;
}>;

export const ticketsRepository = {
  /** Inserts a ticket; null when its idempotency key is already taken. */
  async insert(db: Queryable, t: NewTicket): Promise<TicketRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO tickets (subject, description, priority, status, requester_name, requester_email,
         requester_organisation, assignee_id, group_name, tags, source, idempotency_key,
         created_at, updated_at, created_by)
       VALUES ($1, $2, $3, 'NEW', $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        t.subject,
        t.description,
        t.priority,
        t.requester.name,
        t.requester.email,
        t.requester.organisation,
        t.assigneeId,
        t.group,
        t.tags,
        t.source,
        t.idempotencyKey,
        t.at,
        t.createdBy,
      ],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async find(db: Queryable, id: string, lock = false): Promise<TicketRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM tickets WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async findByNumber(db: Queryable, number: number, lock = false): Promise<TicketRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM tickets WHERE number = $1${lock ? ' FOR UPDATE' : ''}`,
      [number],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  /** The ticket a customer follow-up with this idempotency key went to. */
  async ticketOfMessageKey(db: Queryable, key: string): Promise<TicketRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM tickets WHERE id = (
         SELECT ticket_id FROM ticket_messages WHERE idempotency_key = $1)`,
      [key],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async findByKey(db: Queryable, key: string): Promise<TicketRecord | null> {
    const { rows } = await db.query(`SELECT ${COLUMNS} FROM tickets WHERE idempotency_key = $1`, [
      key,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async list(db: Queryable, filter: TicketFilter): Promise<TicketRecord[]> {
    return (await ticketsRepository.page(db, filter, filter.first ?? 100, null)).rows;
  },

  /**
   * Up to `limit` tickets the filter matches, newest first, after a position in that order
   * (`created_at DESC, number DESC`, the position's time read back from its ticket); with
   * `count`, also how many the filter matches in all.
   */
  async page(
    db: Queryable,
    filter: TicketFilter,
    limit: number,
    after: { createdAt: string; number: number } | null,
    count = false,
  ): Promise<{ rows: TicketRecord[]; totalCount: number }> {
    const search = filter.search?.trim()
      ? `%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%`
      : null;
    const number = /^T?-?(\d{1,12})$/i.exec(filter.search?.trim() ?? '')?.[1] ?? null;
    const params = [
      filter.status?.length ? filter.status : null,
      filter.priority?.length ? filter.priority : null,
      search,
      number,
      filter.incidentId ?? null,
      filter.view === 'MINE' ? (filter.viewerId ?? null) : null,
      filter.view === 'UNASSIGNED',
    ];
    const where = `($1::text[] IS NULL OR status = ANY($1))
         AND ($2::text[] IS NULL OR priority = ANY($2))
         AND ($3::text IS NULL OR subject ILIKE $3 OR requester_email ILIKE $3
              OR requester_name ILIKE $3 OR requester_organisation ILIKE $3
              OR number::text = $4)
         AND ($5::uuid IS NULL OR incident_id = $5)
         AND ($6::uuid IS NULL OR assignee_id = $6)
         AND (NOT $7::boolean OR assignee_id IS NULL)`;
    const [{ rows }, total] = await Promise.all([
      db.query(
        `SELECT ${COLUMNS} FROM tickets WHERE ${where}
           AND ($10::bigint IS NULL OR (created_at, number) < (COALESCE(
             (SELECT created_at FROM tickets WHERE number = $10), $9::timestamptz), $10))
         ORDER BY created_at DESC, number DESC LIMIT $8`,
        [...params, limit, after?.createdAt ?? null, after?.number ?? null],
      ),
      count
        ? db.query<{ count: string }>(
            `SELECT count(*) AS count FROM tickets WHERE ${where}`,
            params,
          )
        : null,
    ]);
    return { rows: rows.map(toRecord), totalCount: Number(total?.rows[0]?.count ?? 0) };
  },

  async update(db: Queryable, id: string, at: Date, changes: TicketChanges): Promise<TicketRecord> {
    const sets = ['updated_at = $2'];
    const params: unknown[] = [id, at];
    for (const [field, value] of Object.entries(changes)) {
      const column = FIELDS[field as keyof typeof FIELDS];
      if (!column || value === undefined) continue;
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    const { rows } = await db.query(
      `UPDATE tickets SET ${sets.join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`,
      params,
    );
    if (!rows[0]) throw new Error(`ticket ${id} vanished`);
    return toRecord(rows[0]);
  },

  /** Tickets waiting on an incident, locked: only one transaction moves each of them. */
  async waitingOn(db: Queryable, incidentId: string): Promise<TicketRecord[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM tickets WHERE incident_id = $1 AND status = 'PENDING_INCIDENT'
       ORDER BY id FOR UPDATE`,
      [incidentId],
    );
    return rows.map(toRecord);
  },

  /** Incidents with tickets still waiting on them, for the sweep that catches missed events. */
  async incidentsWaitedOn(db: Queryable): Promise<string[]> {
    const { rows } = await db.query<{ incident_id: string }>(
      `SELECT DISTINCT t.incident_id FROM tickets t JOIN incidents i ON i.id = t.incident_id
       WHERE t.status = 'PENDING_INCIDENT' AND i.status NOT IN ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED')`,
    );
    return rows.map((r) => r.incident_id);
  },

  async active(db: Queryable): Promise<TicketRecord[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM tickets WHERE status NOT IN ('RESOLVED', 'CLOSED', 'MERGED')
       ORDER BY created_at`,
    );
    return rows.map(toRecord);
  },

  async resolvedBefore(db: Queryable, before: Date): Promise<string[]> {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM tickets WHERE status = 'RESOLVED' AND resolved_at <= $1 ORDER BY id`,
      [before],
    );
    return rows.map((r) => r.id);
  },

  async addMessage(
    db: Queryable,
    m: Omit<MessageRecord, 'id'> & { idempotencyKey?: string | null },
  ): Promise<MessageRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO ticket_messages
         (ticket_id, at, visibility, author_type, author_id, author_name, body, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${MESSAGE_COLUMNS}`,
      [
        m.ticketId,
        m.at,
        m.visibility,
        m.authorType,
        m.authorId,
        m.authorName,
        m.body,
        m.idempotencyKey ?? null,
      ],
    );
    return rows[0] ? toMessage(rows[0]) : null;
  },

  async messages(
    db: Queryable,
    ticketId: string,
    visibility: Visibility | null = null,
  ): Promise<MessageRecord[]> {
    const { rows } = await db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ticket_messages
       WHERE ticket_id = $1 AND ($2::text IS NULL OR visibility = $2) ORDER BY at, id`,
      [ticketId, visibility],
    );
    return rows.map(toMessage);
  },

  async pauses(db: Queryable, ticketIds: readonly string[]): Promise<Map<string, PauseRecord[]>> {
    const map = new Map<string, PauseRecord[]>();
    if (!ticketIds.length) return map;
    const { rows } = await db.query<{
      ticket_id: string;
      status: PauseRecord['status'];
      started_at: Date;
      ended_at: Date | null;
    }>(
      `SELECT ticket_id, status, started_at, ended_at FROM ticket_sla_pauses
       WHERE ticket_id = ANY($1::uuid[]) ORDER BY started_at`,
      [ticketIds],
    );
    for (const r of rows) {
      const list = map.get(r.ticket_id) ?? [];
      list.push({
        status: r.status,
        from: new Date(r.started_at),
        to: r.ended_at ? new Date(r.ended_at) : null,
      });
      map.set(r.ticket_id, list);
    }
    return map;
  },

  async startPause(db: Queryable, ticketId: string, status: PauseRecord['status'], at: Date) {
    await db.query(
      `INSERT INTO ticket_sla_pauses (ticket_id, status, started_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [ticketId, status, at],
    );
  },

  async endPauses(db: Queryable, ticketId: string, at: Date) {
    await db.query(
      `UPDATE ticket_sla_pauses SET ended_at = $2 WHERE ticket_id = $1 AND ended_at IS NULL`,
      [ticketId, at],
    );
  },

  /** The breaches already recorded for these tickets, as `ticketId/clock/clockStartedAt` keys. */
  async recordedBreaches(db: Queryable, ticketIds: readonly string[]): Promise<Set<string>> {
    if (!ticketIds.length) return new Set();
    const { rows } = await db.query<{ ticket_id: string; clock: string; clock_started_at: Date }>(
      `SELECT ticket_id, clock, clock_started_at FROM ticket_sla_breaches
       WHERE ticket_id = ANY($1::uuid[])`,
      [ticketIds],
    );
    return new Set(rows.map((r) => breachKey(r.ticket_id, r.clock, new Date(r.clock_started_at))));
  },

  /** Records a breach once; false when it was recorded before. */
  async recordBreach(
    db: Queryable,
    ticketId: string,
    clock: SlaClockKind,
    clockStartedAt: Date,
    at: Date,
  ): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO ticket_sla_breaches (ticket_id, clock, clock_started_at, breached_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [ticketId, clock, clockStartedAt, at],
    );
    return result.rowCount > 0;
  },

  async policies(db: Queryable): Promise<SlaPolicyRecord[]> {
    const { rows } = await db.query(
      `SELECT ${slaPolicies.columns} FROM ticket_sla_policies
       ORDER BY array_position(ARRAY['URGENT', 'HIGH', 'NORMAL', 'LOW'], priority)`,
    );
    return rows.map(slaPolicies.from);
  },

  async calendars(db: Queryable): Promise<CalendarRecord[]> {
    const { rows } = await db.query(
      `SELECT ${calendars.columns} FROM ticket_calendars ORDER BY id`,
    );
    return rows.map(calendars.from);
  },

  async userExists(db: Queryable, id: string): Promise<boolean> {
    const { rows } = await db.query('SELECT 1 FROM users WHERE id = $1 AND NOT disabled', [id]);
    return rows.length > 0;
  },
};

const messages = rowMapper<MessageRecord>()(
  'id, ticket_id, at, visibility, author_type, author_id, author_name, body',
  { id: (r) => String(r.id) },
);
const MESSAGE_COLUMNS = messages.columns;
const toMessage = messages.from;

export function breachKey(ticketId: string, clock: string, startedAt: Date): string {
  return `${ticketId}/${clock}/${startedAt.toISOString()}`;
}
