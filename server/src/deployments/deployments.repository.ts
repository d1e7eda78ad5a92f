import type { Environment } from '../catalog/index.ts';
import { cachedQuery, type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type {
  AdoptedWorkload,
  DeploymentRecord,
  ObservedDeploymentRecord,
  ObservedWorkload,
  RevisionRecord,
  Strategy,
  TimelineEntry,
} from './deployments.types.ts';

/** A locking read runs in the caller's transaction; the others go through the store's read cache. */
const select = (db: Queryable, lock: boolean, sql: string, params: unknown[]) =>
  lock ? db.query(sql, params) : cachedQuery(db, sql, params);

const nullableNumber = (v: unknown) => (v === null ? null : Number(v));

const deployments = rowMapper<DeploymentRecord>()(
  `id, namespace, name, environment, release_id, replicas, strategy, slo_error_ratio, slo_ttft_p95_ms,
  generation, applied_generation, last_applied_at, last_apply_error, deleting, stable_release_id, canary_release_id,
  canary_replicas, adopted, created_at, updated_at, created_by, gateway_namespace, gateway_name,
  canary_weight, mirror_percent, route_applied`,
  {
    gateway: (r) =>
      r.gateway_namespace && r.gateway_name
        ? { namespace: String(r.gateway_namespace), name: String(r.gateway_name) }
        : null,
    canaryWeight: (r) => Number(r.canary_weight),
    mirrorPercent: (r) => nullableNumber(r.mirror_percent),
    adopted: (r) =>
      (typeof r.adopted === 'string' ? JSON.parse(r.adopted) : r.adopted) as AdoptedWorkload | null,
    replicas: (r) => Number(r.replicas),
    sloErrorRatio: (r) => nullableNumber(r.slo_error_ratio),
    sloTtftP95Ms: (r) => nullableNumber(r.slo_ttft_p95_ms),
    generation: (r) => Number(r.generation),
    appliedGeneration: (r) => Number(r.applied_generation),
    canaryReplicas: (r) => Number(r.canary_replicas),
  },
  ['gateway_namespace', 'gateway_name'],
);

export type DesiredState = Pick<
  DeploymentRecord,
  | 'namespace'
  | 'name'
  | 'environment'
  | 'releaseId'
  | 'replicas'
  | 'strategy'
  | 'sloErrorRatio'
  | 'sloTtftP95Ms'
  | 'createdBy'
> &
  Partial<Pick<DeploymentRecord, 'gateway'>>;

const observedDeployments = rowMapper<ObservedDeploymentRecord>()(
  `id, namespace, name, environment, replicas, strategy, slo_error_ratio, slo_ttft_p95_ms, observed,
  created_at, updated_at, created_by`,
  {
    replicas: (r) => Number(r.replicas),
    sloErrorRatio: (r) => nullableNumber(r.slo_error_ratio),
    sloTtftP95Ms: (r) => nullableNumber(r.slo_ttft_p95_ms),
    managed: () => false as const,
    observed: (r) =>
      (typeof r.observed === 'string' ? JSON.parse(r.observed) : r.observed) as ObservedWorkload,
  },
);

/** What discovery saw of an observed deployment: written on each look, never by a person. */
export interface ObservedState {
  namespace: string;
  name: string;
  environment: Environment;
  replicas: number;
  strategy: Strategy;
  observed: ObservedWorkload;
  createdBy: string;
}

export const observedRepository = {
  async list(db: Queryable): Promise<ObservedDeploymentRecord[]> {
    const { rows } = await cachedQuery(
      db,
      `SELECT ${observedDeployments.columns} FROM model_deployments WHERE NOT managed ORDER BY namespace, name`,
    );
    return rows.map(observedDeployments.from);
  },

  async find(
    db: Queryable,
    namespace: string,
    name: string,
    lock = false,
  ): Promise<ObservedDeploymentRecord | null> {
    const { rows } = await select(
      db,
      lock,
      `SELECT ${observedDeployments.columns} FROM model_deployments WHERE NOT managed AND namespace = $1 AND name = $2${lock ? ' FOR UPDATE' : ''}`,
      [namespace, name],
    );
    return rows[0] ? observedDeployments.from(rows[0]) : null;
  },

  async findById(
    db: Queryable,
    id: string,
    lock = false,
  ): Promise<ObservedDeploymentRecord | null> {
    const { rows } = await select(
      db,
      lock,
      `SELECT ${observedDeployments.columns} FROM model_deployments WHERE NOT managed AND id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? observedDeployments.from(rows[0]) : null;
  },

  /**
   * An observed server becomes managed, keeping its id, name, environment, SLOs and history: it
   * runs `releaseId` now, in the shape `adopted` keeps. The generation moves on, so the
   * reconciler applies it.
   */
  async adopt(
    db: Queryable,
    id: string,
    change: { releaseId: string; replicas: number; strategy: Strategy; adopted: AdoptedWorkload },
  ): Promise<DeploymentRecord | null> {
    const { rows } = await db.query(
      `UPDATE model_deployments SET managed = true, observed = NULL, release_id = $2, replicas = $3,
         strategy = $4, adopted = $5, stable_release_id = NULL, canary_release_id = NULL,
         canary_replicas = 0, canary_weight = 0, mirror_percent = NULL, deleting = false,
         last_apply_error = NULL,
         generation = generation + 1, updated_at = now()
       WHERE id = $1 AND NOT managed RETURNING ${deployments.columns}`,
      [id, change.releaseId, change.replicas, change.strategy, JSON.stringify(change.adopted)],
    );
    return rows[0] ? deployments.from(rows[0]) : null;
  },

  /** A managed deployment goes back to being observed, as `observed` describes it. */
  async release(
    db: Queryable,
    id: string,
    observed: ObservedWorkload,
  ): Promise<ObservedDeploymentRecord | null> {
    const { rows } = await db.query(
      `UPDATE model_deployments SET managed = false, observed = $2, release_id = NULL, adopted = NULL,
         stable_release_id = NULL, canary_release_id = NULL, canary_replicas = 0, canary_weight = 0,
         mirror_percent = NULL, gateway_namespace = NULL, gateway_name = NULL,
         last_apply_error = NULL, updated_at = now()
       WHERE id = $1 AND managed RETURNING ${observedDeployments.columns}`,
      [id, JSON.stringify(observed)],
    );
    return rows[0] ? observedDeployments.from(rows[0]) : null;
  },

  /** Inserts a newly found server; null when the name is taken (a managed deployment has it). */
  async insert(db: Queryable, o: ObservedState): Promise<ObservedDeploymentRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO model_deployments (namespace, name, environment, release_id, replicas, strategy, managed, observed, created_by)
       VALUES ($1, $2, $3, NULL, $4, $5, false, $6, $7) ON CONFLICT (namespace, name) DO NOTHING
       RETURNING ${observedDeployments.columns}`,
      [
        o.namespace,
        o.name,
        o.environment,
        o.replicas,
        o.strategy,
        JSON.stringify(o.observed),
        o.createdBy,
      ],
    );
    return rows[0] ? observedDeployments.from(rows[0]) : null;
  },

  /** What the cluster says now: replicas, strategy and what runs. Settings people made stay. */
  async refresh(
    db: Queryable,
    id: string,
    o: Pick<ObservedState, 'replicas' | 'strategy' | 'observed'>,
  ): Promise<void> {
    await db.query(
      `UPDATE model_deployments SET replicas = $2, strategy = $3, observed = $4, updated_at = now()
       WHERE id = $1 AND NOT managed`,
      [id, o.replicas, o.strategy, JSON.stringify(o.observed)],
    );
  },

  async remove(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM model_deployments WHERE id = $1 AND NOT managed', [id]);
  },

  async updateSettings(
    db: Queryable,
    id: string,
    settings: Pick<ObservedDeploymentRecord, 'environment' | 'sloErrorRatio' | 'sloTtftP95Ms'>,
  ): Promise<ObservedDeploymentRecord> {
    const { rows } = await db.query(
      `UPDATE model_deployments SET environment = $2, slo_error_ratio = $3, slo_ttft_p95_ms = $4,
         updated_at = now()
       WHERE id = $1 AND NOT managed RETURNING ${observedDeployments.columns}`,
      [id, settings.environment, settings.sloErrorRatio, settings.sloTtftP95Ms],
    );
    return observedDeployments.from(rows[0] as StoredRow);
  },
};

export const deploymentsRepository = {
  /** Managed and observed deployments in one read, by namespace and name. */
  async listAll(db: Queryable): Promise<(DeploymentRecord | ObservedDeploymentRecord)[]> {
    const { rows } = await cachedQuery(
      db,
      `SELECT ${deployments.columns}, managed, observed FROM model_deployments ORDER BY namespace, name`,
    );
    return rows.map((row) => (row.managed ? deployments.from(row) : observedDeployments.from(row)));
  },

  async list(db: Queryable): Promise<DeploymentRecord[]> {
    const { rows } = await cachedQuery(
      db,
      `SELECT ${deployments.columns} FROM model_deployments WHERE managed ORDER BY namespace, name`,
    );
    return rows.map(deployments.from);
  },

  async find(
    db: Queryable,
    namespace: string,
    name: string,
    lock = false,
  ): Promise<DeploymentRecord | null> {
    const { rows } = await select(
      db,
      lock,
      `SELECT ${deployments.columns} FROM model_deployments WHERE managed AND namespace = $1 AND name = $2${lock ? ' FOR UPDATE' : ''}`,
      [namespace, name],
    );
    return rows[0] ? deployments.from(rows[0]) : null;
  },

  async findById(db: Queryable, id: string, lock = false): Promise<DeploymentRecord | null> {
    const { rows } = await select(
      db,
      lock,
      `SELECT ${deployments.columns} FROM model_deployments WHERE managed AND id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? deployments.from(rows[0]) : null;
  },

  async insert(db: Queryable, d: DesiredState): Promise<DeploymentRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO model_deployments (namespace, name, environment, release_id, replicas, strategy, slo_error_ratio,
         slo_ttft_p95_ms, created_by, gateway_namespace, gateway_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (namespace, name) DO NOTHING RETURNING ${deployments.columns}`,
      [
        d.namespace,
        d.name,
        d.environment,
        d.releaseId,
        d.replicas,
        d.strategy,
        d.sloErrorRatio,
        d.sloTtftP95Ms,
        d.createdBy,
        d.gateway?.namespace ?? null,
        d.gateway?.name ?? null,
      ],
    );
    return rows[0] ? deployments.from(rows[0]) : null;
  },

  /** Changes the desired state and bumps the generation the reconciler works towards. */
  async updateDesired(
    db: Queryable,
    id: string,
    changes: Partial<
      Pick<
        DeploymentRecord,
        | 'environment'
        | 'releaseId'
        | 'replicas'
        | 'strategy'
        | 'sloErrorRatio'
        | 'sloTtftP95Ms'
        | 'deleting'
        | 'stableReleaseId'
        | 'canaryReleaseId'
        | 'canaryReplicas'
        | 'gateway'
        | 'canaryWeight'
        | 'mirrorPercent'
      >
    >,
  ): Promise<DeploymentRecord> {
    const { rows } = await db.query(
      `UPDATE model_deployments SET
         environment = coalesce($2, environment),
         release_id = coalesce($3, release_id),
         replicas = coalesce($4, replicas),
         strategy = coalesce($5, strategy),
         slo_error_ratio = CASE WHEN $6::boolean THEN $7 ELSE slo_error_ratio END,
         slo_ttft_p95_ms = CASE WHEN $6::boolean THEN $8 ELSE slo_ttft_p95_ms END,
         deleting = coalesce($9, deleting),
         stable_release_id = CASE WHEN $10::boolean THEN $11 ELSE stable_release_id END,
         canary_release_id = CASE WHEN $12::boolean THEN $13 ELSE canary_release_id END,
         canary_replicas = coalesce($14, canary_replicas),
         gateway_namespace = CASE WHEN $15::boolean THEN $16 ELSE gateway_namespace END,
         gateway_name = CASE WHEN $15::boolean THEN $17 ELSE gateway_name END,
         canary_weight = coalesce($18, canary_weight),
         mirror_percent = CASE WHEN $19::boolean THEN $20 ELSE mirror_percent END,
         generation = generation + 1,
         updated_at = now()
       WHERE id = $1 RETURNING ${deployments.columns}`,
      [
        id,
        changes.environment ?? null,
        changes.releaseId ?? null,
        changes.replicas ?? null,
        changes.strategy ?? null,
        'sloErrorRatio' in changes || 'sloTtftP95Ms' in changes,
        changes.sloErrorRatio ?? null,
        changes.sloTtftP95Ms ?? null,
        changes.deleting ?? null,
        'stableReleaseId' in changes,
        changes.stableReleaseId ?? null,
        'canaryReleaseId' in changes,
        changes.canaryReleaseId ?? null,
        changes.canaryReplicas ?? null,
        'gateway' in changes,
        changes.gateway?.namespace ?? null,
        changes.gateway?.name ?? null,
        changes.canaryWeight ?? null,
        'mirrorPercent' in changes,
        changes.mirrorPercent ?? null,
      ],
    );
    return deployments.from(rows[0] as StoredRow);
  },

  async recordApply(
    db: Queryable,
    id: string,
    generation: number,
    error: string | null,
    at: Date,
  ): Promise<void> {
    await db.query(
      `UPDATE model_deployments SET
         applied_generation = CASE WHEN $3::text IS NULL THEN greatest(applied_generation, $2) ELSE applied_generation END,
         last_apply_error = $3, last_applied_at = CASE WHEN $3::text IS NULL THEN $4 ELSE last_applied_at END
       WHERE id = $1`,
      [id, generation, error, at],
    );
  },

  /** Records whether the route and the per-track Services are in the cluster. */
  async recordRoute(db: Queryable, id: string, applied: boolean): Promise<void> {
    await db.query('UPDATE model_deployments SET route_applied = $2 WHERE id = $1', [id, applied]);
  },

  async remove(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM model_deployments WHERE id = $1 AND deleting', [id]);
  },

  async addRevision(
    db: Queryable,
    r: Omit<RevisionRecord, 'revision' | 'createdAt'>,
  ): Promise<number> {
    const { rows } = await db.query<{ revision: number }>(
      `INSERT INTO deployment_revisions (deployment_id, revision, release_id, created_by, reason)
       SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4 FROM deployment_revisions WHERE deployment_id = $1
       RETURNING revision`,
      [r.deploymentId, r.releaseId, r.createdBy, r.reason],
    );
    return Number(rows[0]?.revision ?? 0);
  },

  async revisions(db: Queryable, deploymentId: string): Promise<RevisionRecord[]> {
    const { rows } = await db.query<{
      deployment_id: string;
      revision: number;
      release_id: string;
      created_at: Date;
      created_by: string;
      reason: string | null;
    }>(
      `SELECT deployment_id, revision, release_id, created_at, created_by, reason FROM deployment_revisions
       WHERE deployment_id = $1 ORDER BY revision DESC`,
      [deploymentId],
    );
    return rows.map((r) => ({
      deploymentId: r.deployment_id,
      revision: Number(r.revision),
      releaseId: r.release_id,
      createdAt: r.created_at,
      createdBy: r.created_by,
      reason: r.reason,
    }));
  },

  async addTimelineEntry(db: Queryable, deploymentId: string, entry: TimelineEntry): Promise<void> {
    await db.query(
      `INSERT INTO deployment_timeline (deployment_id, at, kind, message, actor, objects)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        deploymentId,
        entry.at,
        entry.kind,
        entry.message,
        entry.actor,
        JSON.stringify(entry.objects),
      ],
    );
  },

  /** Newest first. */
  async timeline(db: Queryable, deploymentId: string, limit: number): Promise<TimelineEntry[]> {
    const { rows } = await db.query<{
      at: Date;
      kind: TimelineEntry['kind'];
      message: string;
      actor: string;
      objects: string[];
    }>(
      `SELECT at, kind, message, actor, objects FROM deployment_timeline
       WHERE deployment_id = $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [deploymentId, limit],
    );
    return rows.map((r) => ({
      at: new Date(r.at),
      kind: r.kind,
      message: r.message,
      actor: r.actor,
      objects: r.objects,
    }));
  },
};
