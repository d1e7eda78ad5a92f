import type { Actor } from '../audit/index.ts';
import { humanNumber } from '../shared/human-id.ts';
import { cachedQuery, type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type {
  IncidentFilter,
  IncidentRecord,
  IncidentSource,
  IncidentStatus,
  Severity,
  SignalRecord,
  TimelineEntryRecord,
  TimelineKind,
} from './incidents.types.ts';

const incidents = rowMapper<IncidentRecord>()(
  `id, number, title, summary, status, severity, source, fingerprint, environment,
  deployment_namespace, deployment_name, commander_id, assignee_id, merged_into_id, cancel_reason,
  triggered_at, acknowledged_at, mitigated_at, resolved_at, closed_at, created_by, updated_at`,
  {
    number: (r) => Number(r.number),
    deployment: (r) =>
      r.deployment_namespace && r.deployment_name
        ? { namespace: String(r.deployment_namespace), name: String(r.deployment_name) }
        : null,
  },
  ['deployment_namespace', 'deployment_name'],
);
const COLUMNS = incidents.columns;
const toRecord = incidents.from;
const OPEN = `('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED')`;

export type NewIncident = Pick<
  IncidentRecord,
  | 'title'
  | 'summary'
  | 'status'
  | 'severity'
  | 'source'
  | 'fingerprint'
  | 'environment'
  | 'deployment'
  | 'triggeredAt'
  | 'createdBy'
>;

/** Which timestamp column a status sets when an incident enters it. */
const STAMP: Partial<Record<IncidentStatus, string>> = {
  ACKNOWLEDGED: 'acknowledged_at',
  MITIGATED: 'mitigated_at',
  RESOLVED: 'resolved_at',
  CLOSED: 'closed_at',
};

export const incidentsRepository = {
  /** Open incidents by severity and status, with the oldest trigger time of each group. */
  async openSummary(
    db: Queryable,
  ): Promise<{ severity: string; status: string; count: number; oldestTriggeredAt: Date }[]> {
    const { rows } = await db.query<{
      severity: string;
      status: string;
      count: string;
      oldest: Date;
    }>(
      `SELECT severity, status, count(*) AS count, min(triggered_at) AS oldest FROM incidents
       WHERE status IN ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED') GROUP BY severity, status`,
    );
    return rows.map((r) => ({
      severity: r.severity,
      status: r.status,
      count: Number(r.count),
      oldestTriggeredAt: new Date(r.oldest),
    }));
  },

  async list(db: Queryable, filter: IncidentFilter): Promise<IncidentRecord[]> {
    return (await incidentsRepository.page(db, filter, filter.first ?? 100, null)).rows;
  },

  /**
   * Up to `limit` incidents the filter matches, newest first, after a position in that order
   * (`triggered_at DESC, number DESC`); with `count`, also how many the filter matches in all.
   * The position's time is read back from its incident, whose stored precision may be finer than
   * the milliseconds a cursor carries.
   */
  async page(
    db: Queryable,
    filter: IncidentFilter,
    limit: number,
    after: { triggeredAt: string; number: number } | null,
    count = false,
  ): Promise<{ rows: IncidentRecord[]; totalCount: number }> {
    // Only the conditions the filter sets, so that the planner sees a plain ordered scan of the
    // newest incidents when it sets none.
    const params: unknown[] = [];
    const conditions: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.status?.length) conditions.push(`status = ANY(${param(filter.status)}::text[])`);
    if (filter.severity?.length)
      conditions.push(`severity = ANY(${param(filter.severity)}::text[])`);
    if (filter.namespace) conditions.push(`deployment_namespace = ${param(filter.namespace)}`);
    if (filter.name) conditions.push(`deployment_name = ${param(filter.name)}`);
    const search = filter.search?.trim();
    if (search) {
      const like = param(`%${search.replace(/[%_\\]/g, '\\$&')}%`);
      const number = humanNumber('INC', search);
      conditions.push(
        `(title ILIKE ${like} OR deployment_name ILIKE ${like}${number === null ? '' : ` OR number = ${param(number)}`})`,
      );
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const filterParams = [...params];
    if (after) {
      const number = param(after.number);
      conditions.push(
        `(triggered_at, number) < (COALESCE((SELECT triggered_at FROM incidents WHERE number = ${number}),
          ${param(after.triggeredAt)}::timestamptz), ${number})`,
      );
    }
    const pageWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ rows }, total] = await Promise.all([
      cachedQuery(
        db,
        `SELECT ${COLUMNS} FROM incidents ${pageWhere}
         ORDER BY triggered_at DESC, number DESC LIMIT ${param(limit)}`,
        params,
      ),
      count
        ? cachedQuery<{ count: string }>(
            db,
            `SELECT count(*) AS count FROM incidents ${where}`,
            filterParams,
          )
        : null,
    ]);
    return { rows: rows.map(toRecord), totalCount: Number(total?.rows[0]?.count ?? 0) };
  },

  async find(db: Queryable, id: string, lock = false): Promise<IncidentRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM incidents WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async findByNumber(db: Queryable, number: number): Promise<IncidentRecord | null> {
    const { rows } = await db.query(`SELECT ${COLUMNS} FROM incidents WHERE number = $1`, [number]);
    return rows[0] ? toRecord(rows[0]) : null;
  },

  /** The incidents with these ids (uuids), by id; one query for a page's worth. */
  async findMany(db: Queryable, ids: readonly string[]): Promise<Map<string, IncidentRecord>> {
    const { rows } = await db.query(`SELECT ${COLUMNS} FROM incidents WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return new Map(rows.map(toRecord).map((r) => [r.id, r]));
  },

  /**
   * The open incident a signal with this fingerprint belongs to, locked: the one carrying the
   * fingerprint, or one an incident with it was merged into.
   */
  async findOpenFor(db: Queryable, fingerprint: string): Promise<IncidentRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM incidents WHERE status IN ${OPEN} AND (fingerprint = $1
         OR id IN (SELECT incident_id FROM incident_signals WHERE fingerprint = $1))
       ORDER BY fingerprint = $1 DESC, triggered_at LIMIT 1 FOR UPDATE`,
      [fingerprint],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  /**
   * The open incident, locked, that health or a rollout opened for a deployment: what one
   * deployment's health and its rollout report is one problem, so one incident.
   */
  async findOpenForDeployment(
    db: Queryable,
    deployment: { namespace: string; name: string },
    sources: readonly IncidentSource[],
  ): Promise<IncidentRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM incidents WHERE status IN ${OPEN} AND deployment_namespace = $1
         AND deployment_name = $2 AND source = ANY($3::text[])
       ORDER BY triggered_at LIMIT 1 FOR UPDATE`,
      [deployment.namespace, deployment.name, sources],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  /**
   * Inserts an open incident unless one with its fingerprint is open already (the partial
   * unique index decides, so concurrent inserts make one). Returns null when one is.
   */
  async insertOpen(db: Queryable, i: NewIncident): Promise<IncidentRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO incidents (title, summary, status, severity, source, fingerprint, environment,
         deployment_namespace, deployment_name, triggered_at, created_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10)
       ON CONFLICT (fingerprint) WHERE status IN ${OPEN} DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        i.title,
        i.summary,
        i.status,
        i.severity,
        i.source,
        i.fingerprint,
        i.environment,
        i.deployment?.namespace ?? null,
        i.deployment?.name ?? null,
        i.triggeredAt,
        i.createdBy,
      ],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async setStatus(
    db: Queryable,
    id: string,
    status: IncidentStatus,
    at: Date,
    extra: { mergedIntoId?: string; cancelReason?: string; stampAt?: Date } = {},
  ): Promise<IncidentRecord> {
    const stamp = STAMP[status];
    const { rows } = await db.query(
      `UPDATE incidents SET status = $2, updated_at = $3,
         merged_into_id = coalesce($4, merged_into_id), cancel_reason = coalesce($5, cancel_reason)
         ${stamp ? `, ${stamp} = coalesce(${stamp}, $6::timestamptz)` : ''}
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        status,
        at,
        extra.mergedIntoId ?? null,
        extra.cancelReason ?? null,
        // Only a stamped status has a sixth parameter in its statement.
        ...(stamp ? [extra.stampAt ?? at] : []),
      ],
    );
    return toRecord(rows[0] as StoredRow);
  },

  async update(
    db: Queryable,
    id: string,
    at: Date,
    changes: { severity?: Severity; commanderId?: string | null; assigneeId?: string | null },
  ): Promise<IncidentRecord> {
    const { rows } = await db.query(
      `UPDATE incidents SET updated_at = $2, severity = coalesce($3, severity),
         commander_id = CASE WHEN $4::boolean THEN $5::uuid ELSE commander_id END,
         assignee_id = CASE WHEN $6::boolean THEN $7::uuid ELSE assignee_id END
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        at,
        changes.severity ?? null,
        'commanderId' in changes,
        changes.commanderId ?? null,
        'assigneeId' in changes,
        changes.assigneeId ?? null,
      ],
    );
    return toRecord(rows[0] as StoredRow);
  },

  async openForDeployment(
    db: Queryable,
    namespace: string,
    name: string,
  ): Promise<IncidentRecord[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM incidents WHERE status IN ${OPEN}
         AND deployment_namespace = $1 AND deployment_name = $2 ORDER BY fingerprint FOR UPDATE`,
      [namespace, name],
    );
    return rows.map(toRecord);
  },

  async userExists(db: Queryable, id: string): Promise<boolean> {
    const { rows } = await db.query('SELECT 1 FROM users WHERE id::text = $1', [id]);
    return rows.length > 0;
  },

  async addTimeline(
    db: Queryable,
    e: {
      incidentId: string;
      at: Date;
      kind: TimelineKind;
      actor: Actor;
      message: string;
      details?: Record<string, unknown>;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO incident_timeline (incident_id, at, kind, actor_type, actor_id, actor, message, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        e.incidentId,
        e.at,
        e.kind,
        e.actor.type,
        e.actor.id,
        e.actor.name,
        e.message,
        JSON.stringify(e.details ?? {}),
      ],
    );
  },

  async timeline(db: Queryable, incidentId: string): Promise<TimelineEntryRecord[]> {
    const { rows } = await db.query<{
      id: string;
      incident_id: string;
      at: Date;
      kind: TimelineKind;
      actor_type: TimelineEntryRecord['actorType'];
      actor_id: string | null;
      actor: string;
      message: string;
      details: Record<string, unknown>;
    }>(
      `SELECT id, incident_id, at, kind, actor_type, actor_id, actor, message, details
       FROM incident_timeline WHERE incident_id = $1 ORDER BY at, id`,
      [incidentId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      incidentId: r.incident_id,
      at: r.at,
      kind: r.kind,
      actorType: r.actor_type,
      actorId: r.actor_id,
      actor: r.actor,
      message: r.message,
      details: r.details,
    }));
  },

  /** Records a firing signal on an incident: new, firing again, or seen once more. */
  async fireSignal(
    db: Queryable,
    incidentId: string,
    fingerprint: string,
    source: IncidentSource,
    at: Date,
  ): Promise<void> {
    await db.query(
      `INSERT INTO incident_signals (incident_id, fingerprint, source, status, first_at, last_at)
       VALUES ($1, $2, $3, 'FIRING', $4, $4)
       ON CONFLICT (incident_id, fingerprint) DO UPDATE
         SET status = 'FIRING', last_at = excluded.last_at, count = incident_signals.count + 1`,
      [incidentId, fingerprint, source, at],
    );
  },

  async resolveSignal(
    db: Queryable,
    incidentId: string,
    fingerprint: string,
    at: Date,
  ): Promise<void> {
    await db.query(
      `UPDATE incident_signals SET status = 'RESOLVED', last_at = $3
       WHERE incident_id = $1 AND fingerprint = $2`,
      [incidentId, fingerprint, at],
    );
  },

  async signals(db: Queryable, incidentId: string): Promise<SignalRecord[]> {
    const { rows } = await db.query<{
      incident_id: string;
      fingerprint: string;
      source: IncidentSource;
      status: 'FIRING' | 'RESOLVED';
      first_at: Date;
      last_at: Date;
      count: number;
    }>(
      `SELECT incident_id, fingerprint, source, status, first_at, last_at, count
       FROM incident_signals WHERE incident_id = $1 ORDER BY first_at, fingerprint`,
      [incidentId],
    );
    return rows.map((r) => ({
      incidentId: r.incident_id,
      fingerprint: r.fingerprint,
      source: r.source,
      status: r.status,
      firstAt: r.first_at,
      lastAt: r.last_at,
      count: Number(r.count),
    }));
  },

  /** Moves the signals of a merged incident to the one it was merged into. */
  async moveSignals(db: Queryable, fromId: string, toId: string): Promise<void> {
    await db.query(
      `INSERT INTO incident_signals (incident_id, fingerprint, source, status, first_at, last_at, count)
       SELECT $2, fingerprint, source, status, first_at, last_at, count FROM incident_signals
       WHERE incident_id = $1
       ON CONFLICT (incident_id, fingerprint) DO UPDATE SET
         status = CASE WHEN excluded.status = 'FIRING' THEN 'FIRING' ELSE incident_signals.status END,
         last_at = greatest(incident_signals.last_at, excluded.last_at),
         count = incident_signals.count + excluded.count`,
      [fromId, toId],
    );
    await db.query('DELETE FROM incident_signals WHERE incident_id = $1', [fromId]);
  },
};
