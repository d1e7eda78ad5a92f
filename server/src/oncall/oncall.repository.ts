import type { Role } from '../auth/roles.ts';
import { nameTaken, type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type { EscalationPosition, EscalationStep } from './escalation-policy.ts';
import type { Layer } from './schedule.ts';

export interface ScheduleRecord {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  layers: Layer[];
  createdAt: Date;
  updatedAt: Date;
}

export interface OverrideRecord {
  id: string;
  scheduleId: string;
  userId: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
}

export interface PolicyRecord {
  id: string;
  name: string;
  description: string;
  steps: EscalationStep[];
  repeat: number;
  isDefault: boolean;
  environments: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface EscalationRecord extends EscalationPosition {
  incidentId: string;
  policyId: string | null;
  status: 'ACTIVE' | 'STOPPED';
  nextAt: Date | null;
  stoppedReason: string | null;
}

const schedules = rowMapper<ScheduleRecord>()(
  'id, name, description, time_zone, layers, created_at, updated_at',
);
const overrides = rowMapper<OverrideRecord>()(
  'id, schedule_id, user_id, starts_at, ends_at, created_at',
);
const policies = rowMapper<PolicyRecord>()(
  'id, name, description, steps, repeat, is_default, environments, created_at, updated_at',
  {
    repeat: (r) => Number(r.repeat),
    environments: (r) => (r.environments as string[] | null) ?? [],
  },
);
const escalations = rowMapper<EscalationRecord>()(
  'incident_id, policy_id, step, round, status, next_at, stopped_reason',
  { step: (r) => Number(r.step), round: (r) => Number(r.round) },
);
const toSchedule = schedules.from;
const toOverride = overrides.from;
const toPolicy = policies.from;
const toEscalation = escalations.from;
const SCHEDULE = schedules.columns;
const OVERRIDE = overrides.columns;
const POLICY = policies.columns;
const ESCALATION = escalations.columns;

export interface ScheduleFields {
  name: string;
  description: string;
  timeZone: string;
  layers: Layer[];
}

export interface PolicyFields {
  name: string;
  description: string;
  steps: EscalationStep[];
  repeat: number;
  isDefault: boolean;
  environments: string[];
}

export const oncallRepository = {
  async schedules(db: Queryable): Promise<ScheduleRecord[]> {
    const { rows } = await db.query(`SELECT ${SCHEDULE} FROM oncall_schedules ORDER BY name`);
    return rows.map(toSchedule);
  },

  async schedule(db: Queryable, id: string, lock = false): Promise<ScheduleRecord | null> {
    const { rows } = await db.query(
      `SELECT ${SCHEDULE} FROM oncall_schedules WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toSchedule(rows[0]) : null;
  },

  scheduleNameTaken(db: Queryable, name: string, exceptId?: string): Promise<boolean> {
    return nameTaken(db, 'oncall_schedules', name, exceptId);
  },

  async insertSchedule(db: Queryable, s: ScheduleFields): Promise<ScheduleRecord> {
    const { rows } = await db.query(
      `INSERT INTO oncall_schedules (name, description, time_zone, layers) VALUES ($1, $2, $3, $4)
       RETURNING ${SCHEDULE}`,
      [s.name, s.description, s.timeZone, JSON.stringify(s.layers)],
    );
    return toSchedule(rows[0] as StoredRow);
  },

  async updateSchedule(
    db: Queryable,
    id: string,
    s: ScheduleFields,
    at: Date,
  ): Promise<ScheduleRecord> {
    const { rows } = await db.query(
      `UPDATE oncall_schedules SET name = $2, description = $3, time_zone = $4, layers = $5,
         updated_at = $6 WHERE id = $1 RETURNING ${SCHEDULE}`,
      [id, s.name, s.description, s.timeZone, JSON.stringify(s.layers), at],
    );
    return toSchedule(rows[0] as StoredRow);
  },

  async deleteSchedule(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM oncall_schedules WHERE id = $1', [id]);
  },

  async overrides(
    db: Queryable,
    scheduleId: string,
    endingAfter?: Date,
  ): Promise<OverrideRecord[]> {
    const { rows } = await db.query(
      `SELECT ${OVERRIDE} FROM oncall_overrides
       WHERE schedule_id = $1 AND ($2::timestamptz IS NULL OR ends_at > $2)
       ORDER BY created_at, id`,
      [scheduleId, endingAfter ?? null],
    );
    return rows.map(toOverride);
  },

  async override(db: Queryable, id: string): Promise<OverrideRecord | null> {
    const { rows } = await db.query(`SELECT ${OVERRIDE} FROM oncall_overrides WHERE id = $1`, [id]);
    return rows[0] ? toOverride(rows[0]) : null;
  },

  async insertOverride(
    db: Queryable,
    o: { scheduleId: string; userId: string; startsAt: Date; endsAt: Date; at: Date },
  ): Promise<OverrideRecord> {
    const { rows } = await db.query(
      `INSERT INTO oncall_overrides (schedule_id, user_id, starts_at, ends_at, created_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${OVERRIDE}`,
      [o.scheduleId, o.userId, o.startsAt, o.endsAt, o.at],
    );
    return toOverride(rows[0] as StoredRow);
  },

  async deleteOverride(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM oncall_overrides WHERE id = $1', [id]);
  },

  async policies(db: Queryable): Promise<PolicyRecord[]> {
    const { rows } = await db.query(
      `SELECT ${POLICY} FROM escalation_policies ORDER BY is_default DESC, name`,
    );
    return rows.map(toPolicy);
  },

  async policy(db: Queryable, id: string, lock = false): Promise<PolicyRecord | null> {
    const { rows } = await db.query(
      `SELECT ${POLICY} FROM escalation_policies WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toPolicy(rows[0]) : null;
  },

  /** The policy naming the environment, else the default one. */
  async policyFor(db: Queryable, environment: string | null): Promise<PolicyRecord | null> {
    const { rows } = await db.query(
      `SELECT ${POLICY} FROM escalation_policies
       WHERE ($1::text IS NOT NULL AND $1 = ANY(environments)) OR is_default
       ORDER BY ($1::text IS NOT NULL AND $1 = ANY(environments)) DESC LIMIT 1`,
      [environment],
    );
    return rows[0] ? toPolicy(rows[0]) : null;
  },

  policyNameTaken(db: Queryable, name: string, exceptId?: string): Promise<boolean> {
    return nameTaken(db, 'escalation_policies', name, exceptId);
  },

  async insertPolicy(db: Queryable, p: PolicyFields): Promise<PolicyRecord> {
    const { rows } = await db.query(
      `INSERT INTO escalation_policies (name, description, steps, repeat, is_default, environments)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${POLICY}`,
      [p.name, p.description, JSON.stringify(p.steps), p.repeat, p.isDefault, p.environments],
    );
    return toPolicy(rows[0] as StoredRow);
  },

  async updatePolicy(db: Queryable, id: string, p: PolicyFields, at: Date): Promise<PolicyRecord> {
    const { rows } = await db.query(
      `UPDATE escalation_policies SET name = $2, description = $3, steps = $4, repeat = $5,
         is_default = $6, environments = $7, updated_at = $8 WHERE id = $1 RETURNING ${POLICY}`,
      [
        id,
        p.name,
        p.description,
        JSON.stringify(p.steps),
        p.repeat,
        p.isDefault,
        p.environments,
        at,
      ],
    );
    return toPolicy(rows[0] as StoredRow);
  },

  async deletePolicy(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM escalation_policies WHERE id = $1', [id]);
  },

  /** Takes the default away from every other policy (one default at most). */
  async clearDefault(db: Queryable, exceptId: string | null): Promise<void> {
    await db.query(
      'UPDATE escalation_policies SET is_default = false WHERE is_default AND id IS DISTINCT FROM $1',
      [exceptId],
    );
  },

  /** Takes the environments away from every other policy (one policy per environment). */
  async releaseEnvironments(db: Queryable, environments: string[], exceptId: string | null) {
    if (!environments.length) return;
    await db.query(
      `UPDATE escalation_policies SET environments = ARRAY(
         SELECT e FROM unnest(environments) AS e WHERE e <> ALL($1::text[]))
       WHERE environments && $1::text[] AND id IS DISTINCT FROM $2`,
      [environments, exceptId],
    );
  },

  /** Names of the policies whose steps name the target (a schedule, user or channel). */
  async policiesNaming(db: Queryable, type: string, id: string): Promise<string[]> {
    const { rows } = await db.query<{ name: string }>(
      `SELECT name FROM escalation_policies
       WHERE steps @> jsonb_build_array(jsonb_build_object('targets',
         jsonb_build_array(jsonb_build_object('type', $1::text, 'id', $2::text))))
       ORDER BY name`,
      [type, id],
    );
    return rows.map((r) => r.name);
  },

  async escalation(db: Queryable, incidentId: string, lock = false) {
    const { rows } = await db.query(
      `SELECT ${ESCALATION} FROM incident_escalations WHERE incident_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [incidentId],
    );
    return rows[0] ? toEscalation(rows[0]) : null;
  },

  /** Whether any escalation is due, without a transaction: the engine's cheap idle check. */
  async anyDue(db: Queryable, now: Date): Promise<boolean> {
    const { rows } = await db.query(
      `SELECT 1 FROM incident_escalations WHERE status = 'ACTIVE' AND next_at <= $1 LIMIT 1`,
      [now],
    );
    return rows.length > 0;
  },

  /** Escalations whose next step is due; locked, skipping any another transaction holds. */
  async dueEscalations(db: Queryable, now: Date, limit: number): Promise<EscalationRecord[]> {
    const { rows } = await db.query(
      `SELECT ${ESCALATION} FROM incident_escalations
       WHERE status = 'ACTIVE' AND next_at <= $1 ORDER BY next_at LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(toEscalation);
  },

  async upsertEscalation(db: Queryable, e: EscalationRecord, at: Date): Promise<void> {
    await db.query(
      `INSERT INTO incident_escalations (incident_id, policy_id, step, round, status, next_at,
         stopped_reason, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (incident_id) DO UPDATE SET policy_id = $2, step = $3, round = $4, status = $5,
         next_at = $6, stopped_reason = $7, updated_at = $8`,
      [e.incidentId, e.policyId, e.step, e.round, e.status, e.nextAt, e.stoppedReason, at],
    );
  },

  async onCallPeople(
    db: Queryable,
    roles: Role[],
  ): Promise<{ id: string; name: string; email: string }[]> {
    const { rows } = await db.query<{ id: string; name: string; email: string }>(
      'SELECT id, name, email FROM users WHERE NOT disabled AND role = ANY($1::text[]) ORDER BY name, email',
      [roles],
    );
    return rows;
  },

  async users(
    db: Queryable,
    ids: string[],
  ): Promise<{ id: string; name: string; email: string; role: Role; disabled: boolean }[]> {
    if (!ids.length) return [];
    const { rows } = await db.query<{
      id: string;
      name: string;
      email: string;
      role: Role;
      disabled: boolean;
    }>('SELECT id, name, email, role, disabled FROM users WHERE id = ANY($1::uuid[])', [ids]);
    return rows;
  },
};
