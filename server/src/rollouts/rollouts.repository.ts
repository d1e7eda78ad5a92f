import { type Queryable, rowMapper } from '../store/index.ts';
import type { Analysis, AnalysisVerdict } from './analysis.ts';
import type { RolloutState } from './rollout-machine.ts';
import type {
  AnalysisRecord,
  RolloutEventRecord,
  RolloutRecord,
  RolloutStepRecord,
} from './rollouts.types.ts';

const ACTIVE = `r.state NOT IN ('SUCCEEDED', 'ROLLED_BACK', 'FAILED')`;

const FROM = 'rollouts r JOIN model_deployments d ON d.id = r.deployment_id';

/** Splits the stored details into the check's evidence (source, sample) and the rest. */
function evidenceOf(stored: Record<string, unknown> | null): {
  details: Record<string, unknown> | null;
  source: string | null;
  sample: number | null;
} {
  if (!stored) return { details: null, source: null, sample: null };
  const { source, sample, ...rest } = stored;
  return {
    details: Object.keys(rest).length ? rest : null,
    source: typeof source === 'string' ? source : null,
    sample: typeof sample === 'number' ? sample : null,
  };
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const rollouts = rowMapper<RolloutRecord>()(
  `r.id, r.deployment_id, d.namespace, d.name, r.strategy, r.mode, r.state, r.from_release_id, r.to_release_id,
  r.current_step, r.steps, r.window_started_at, r.step_deadline, r.window_counters, r.ever_ready, r.reason,
  r.failed_at, r.version, r.created_by, r.created_at, r.updated_at, r.finished_at`,
  {
    currentStep: (r) => Number(r.current_step),
    steps: (r) => json(r.steps as RolloutStepRecord[] | string),
    windowCounters: (r) =>
      typeof r.window_counters === 'string' ? JSON.parse(r.window_counters) : r.window_counters,
    everReady: (r) => json(r.ever_ready as string[] | string),
    version: (r) => Number(r.version),
  },
);
const COLUMNS = rollouts.columns;
const toRecord = rollouts.from;

export type RolloutChanges = Partial<
  Pick<
    RolloutRecord,
    | 'state'
    | 'currentStep'
    | 'steps'
    | 'windowStartedAt'
    | 'stepDeadline'
    | 'windowCounters'
    | 'everReady'
    | 'reason'
    | 'failedAt'
    | 'finishedAt'
  >
>;

const CHANGE_COLUMNS: Record<keyof RolloutChanges, string> = {
  state: 'state',
  currentStep: 'current_step',
  steps: 'steps',
  windowStartedAt: 'window_started_at',
  stepDeadline: 'step_deadline',
  windowCounters: 'window_counters',
  everReady: 'ever_ready',
  reason: 'reason',
  failedAt: 'failed_at',
  finishedAt: 'finished_at',
};
const JSON_COLUMNS = new Set(['steps', 'windowCounters', 'everReady']);

export const rolloutsRepository = {
  async insert(
    db: Queryable,
    r: Pick<
      RolloutRecord,
      | 'deploymentId'
      | 'strategy'
      | 'mode'
      | 'state'
      | 'fromReleaseId'
      | 'toReleaseId'
      | 'steps'
      | 'createdBy'
    > & { at: Date },
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO rollouts (deployment_id, strategy, state, from_release_id, to_release_id, steps, created_by,
         created_at, updated_at, mode)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id`,
      [
        r.deploymentId,
        r.strategy,
        r.state,
        r.fromReleaseId,
        r.toReleaseId,
        JSON.stringify(r.steps),
        r.createdBy,
        r.at,
        r.mode,
      ],
    );
    return (rows[0] as { id: string }).id;
  },

  async find(db: Queryable, id: string, lock = false): Promise<RolloutRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async activeFor(
    db: Queryable,
    deploymentId: string,
    lock = false,
  ): Promise<RolloutRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.deployment_id = $1 AND ${ACTIVE}${lock ? ' FOR UPDATE OF r' : ''}`,
      [deploymentId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async listActive(db: Queryable): Promise<RolloutRecord[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${ACTIVE} ORDER BY r.created_at`,
    );
    return rows.map(toRecord);
  },

  async listFor(db: Queryable, deploymentId: string, limit: number): Promise<RolloutRecord[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.deployment_id = $1 ORDER BY r.created_at DESC, r.id LIMIT $2`,
      [deploymentId, limit],
    );
    return rows.map(toRecord);
  },

  /**
   * Changes a rollout only if nobody changed it since `version` was read: every write of the
   * controller and of a person is a compare-and-set, so none is applied twice.
   */
  async update(
    db: Queryable,
    id: string,
    version: number,
    changes: RolloutChanges,
    at: Date,
  ): Promise<boolean> {
    const sets: string[] = [];
    const values: unknown[] = [id, version, at];
    for (const [key, value] of Object.entries(changes)) {
      const column = CHANGE_COLUMNS[key as keyof RolloutChanges];
      values.push(JSON_COLUMNS.has(key) && value !== null ? JSON.stringify(value) : value);
      sets.push(`${column} = $${values.length}`);
    }
    const { rows } = await db.query<{ id: string }>(
      `UPDATE rollouts SET ${[...sets, 'version = version + 1', 'updated_at = $3'].join(', ')}
       WHERE id = $1 AND version = $2 RETURNING id`,
      values,
    );
    return rows.length === 1;
  },

  async addEvent(db: Queryable, e: RolloutEventRecord): Promise<void> {
    await db.query(
      `INSERT INTO rollout_events (rollout_id, at, from_state, to_state, step, actor, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [e.rolloutId, e.at, e.from, e.to, e.step, e.actor, e.message],
    );
  },

  async events(db: Queryable, rolloutId: string): Promise<RolloutEventRecord[]> {
    const { rows } = await db.query<{
      rollout_id: string;
      at: Date;
      from_state: RolloutState | null;
      to_state: RolloutState;
      step: number | null;
      actor: string;
      message: string;
    }>(
      `SELECT rollout_id, at, from_state, to_state, step, actor, message FROM rollout_events
       WHERE rollout_id = $1 ORDER BY id`,
      [rolloutId],
    );
    return rows.map((r) => ({
      rolloutId: r.rollout_id,
      at: r.at,
      from: r.from_state,
      to: r.to_state,
      step: r.step === null ? null : Number(r.step),
      actor: r.actor,
      message: r.message,
    }));
  },

  async addAnalysis(
    db: Queryable,
    rolloutId: string,
    step: number,
    a: Analysis,
    at: Date,
  ): Promise<void> {
    await db.query(
      `INSERT INTO rollout_analysis (rollout_id, at, step, check_name, verdict, message, canary_value,
         baseline_value, threshold, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        rolloutId,
        at,
        step,
        a.check,
        a.verdict,
        a.message,
        a.canaryValue,
        a.baselineValue,
        a.threshold,
        // What the figure was read from and how much of it, kept with the details.
        JSON.stringify({
          ...(a.details ?? {}),
          source: a.source ?? null,
          sample: a.sample ?? null,
        }),
      ],
    );
  },

  async analysis(db: Queryable, rolloutId: string): Promise<AnalysisRecord[]> {
    const { rows } = await db.query<{
      rollout_id: string;
      at: Date;
      step: number;
      check_name: Analysis['check'];
      verdict: AnalysisVerdict;
      message: string;
      canary_value: number | null;
      baseline_value: number | null;
      threshold: number | null;
      details: Record<string, unknown> | string | null;
    }>(
      `SELECT rollout_id, at, step, check_name, verdict, message, canary_value, baseline_value, threshold, details
       FROM rollout_analysis WHERE rollout_id = $1 ORDER BY id DESC`,
      [rolloutId],
    );
    const num = (v: number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      rolloutId: r.rollout_id,
      at: r.at,
      step: Number(r.step),
      check: r.check_name,
      verdict: r.verdict,
      message: r.message,
      canaryValue: num(r.canary_value),
      baselineValue: num(r.baseline_value),
      threshold: num(r.threshold),
      ...evidenceOf(typeof r.details === 'string' ? JSON.parse(r.details) : r.details),
    }));
  },
};
