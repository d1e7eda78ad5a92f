import { cachedQuery, type Queryable, rowMapper } from '../store/index.ts';
import type { Finding } from './diagnosis.types.ts';
import type { HealthReport } from './health.types.ts';
import type { HealthState, Transition } from './health-state.ts';
import type { MetricsWindow } from './sources/runtime-metrics.ts';

export interface HealthSample {
  at: Date;
  state: HealthState;
  requestRate: number | null;
  errorRatio: number | null;
  ttftP95Ms: number | null;
  kvCacheUsage: number | null;
}

export interface TransitionRecord extends Transition {
  at: Date;
  findings: Finding[];
}

const transitions = rowMapper<TransitionRecord>()(
  'at, from_state, to_state, reasons, findings',
  {
    at: (r) => new Date(r.at as Date),
    from: (r) => r.from_state as HealthState,
    to: (r) => r.to_state as HealthState,
  },
  ['from_state', 'to_state'],
);

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export const healthRepository = {
  /** The leader's latest report of a deployment, replacing the one before. */
  async saveReport(db: Queryable, deploymentId: string, report: HealthReport): Promise<void> {
    await db.query(
      `INSERT INTO health_reports (deployment_id, state, reasons, since, checked_at, findings,
         past_terminations, metrics, synthetic)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (deployment_id) DO UPDATE SET state = excluded.state, reasons = excluded.reasons,
         since = excluded.since, checked_at = excluded.checked_at, findings = excluded.findings,
         past_terminations = excluded.past_terminations, metrics = excluded.metrics,
         synthetic = excluded.synthetic`,
      [
        deploymentId,
        report.state,
        JSON.stringify(report.reasons),
        report.since,
        report.checkedAt,
        JSON.stringify(report.findings),
        JSON.stringify(report.pastTerminations),
        report.metrics ? JSON.stringify(report.metrics) : null,
        report.synthetic ? JSON.stringify(report.synthetic) : null,
      ],
    );
  },

  async report(db: Queryable, deploymentId: string): Promise<HealthReport | null> {
    return (await healthRepository.reports(db, [deploymentId])).get(deploymentId) ?? null;
  },

  /** The latest reports of these deployments, by deployment id; one query for a page's worth. */
  async reports(
    db: Queryable,
    deploymentIds: readonly string[],
  ): Promise<Map<string, HealthReport>> {
    const { rows } = await cachedQuery<{
      deployment_id: string;
      state: HealthState;
      reasons: string[];
      since: Date;
      checked_at: Date;
      findings: Finding[];
      past_terminations: HealthReport['pastTerminations'];
      metrics: HealthReport['metrics'];
      synthetic: HealthReport['synthetic'];
    }>(
      db,
      `SELECT deployment_id, state, reasons, since, checked_at, findings, past_terminations,
         metrics, synthetic
       FROM health_reports WHERE deployment_id = ANY($1::uuid[])`,
      [deploymentIds],
    );
    return new Map(
      rows.map((r) => [
        r.deployment_id,
        {
          state: r.state,
          reasons: r.reasons,
          since: new Date(r.since),
          checkedAt: new Date(r.checked_at),
          findings: r.findings,
          pastTerminations: r.past_terminations,
          metrics: r.metrics,
          synthetic: r.synthetic,
        },
      ]),
    );
  },

  async addSample(
    db: Queryable,
    deploymentId: string,
    at: Date,
    state: HealthState,
    m: MetricsWindow | null,
  ): Promise<void> {
    await db.query(
      `INSERT INTO health_samples (deployment_id, at, state, request_rate, error_ratio, ttft_p95_ms, kv_cache_usage)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [
        deploymentId,
        at,
        state,
        m?.requestRate ?? null,
        m?.errorRatio ?? null,
        m?.ttftP95 == null ? null : m.ttftP95 * 1000,
        m?.kvCacheUsage ?? null,
      ],
    );
  },

  /**
   * Samples since `since`, averaged into buckets of `bucketSeconds` so a chart over a
   * week gets a few hundred points, not a hundred thousand. The worst state wins a bucket.
   */
  async history(
    db: Queryable,
    deploymentId: string,
    since: Date,
    bucketSeconds: number,
  ): Promise<HealthSample[]> {
    const { rows } = await db.query<{
      at: Date;
      state: HealthState;
      request_rate: number | null;
      error_ratio: number | null;
      ttft_p95_ms: number | null;
      kv_cache_usage: number | null;
    }>(
      `SELECT to_timestamp(floor(extract(epoch FROM at) / $3) * $3) AS at,
              (array_agg(state ORDER BY CASE state WHEN 'DOWN' THEN 0 WHEN 'DEGRADED' THEN 1 WHEN 'PROGRESSING' THEN 2
                 WHEN 'UNKNOWN' THEN 3 ELSE 4 END))[1] AS state,
              avg(request_rate) AS request_rate, avg(error_ratio) AS error_ratio,
              max(ttft_p95_ms) AS ttft_p95_ms, avg(kv_cache_usage) AS kv_cache_usage
       FROM health_samples WHERE deployment_id = $1 AND at >= $2
       GROUP BY 1 ORDER BY 1`,
      [deploymentId, since, bucketSeconds],
    );
    return rows.map((r) => ({
      at: new Date(r.at),
      state: r.state,
      requestRate: num(r.request_rate),
      errorRatio: num(r.error_ratio),
      ttftP95Ms: num(r.ttft_p95_ms),
      kvCacheUsage: num(r.kv_cache_usage),
    }));
  },

  /** Keeps seven days; beyond a day, one sample a minute. */
  async prune(db: Queryable, now: Date): Promise<void> {
    await db.query('DELETE FROM health_samples WHERE at < $1', [
      new Date(now.getTime() - 7 * 86_400_000),
    ]);
    await db.query(
      `DELETE FROM health_samples s WHERE at < $1 AND EXISTS (
         SELECT 1 FROM health_samples o WHERE o.deployment_id = s.deployment_id
           AND date_trunc('minute', o.at) = date_trunc('minute', s.at) AND o.at < s.at)`,
      [new Date(now.getTime() - 86_400_000)],
    );
  },

  async addTransition(
    db: Queryable,
    deploymentId: string,
    at: Date,
    transition: Transition,
    findings: Finding[],
  ): Promise<void> {
    await db.query(
      `INSERT INTO health_transitions (deployment_id, at, from_state, to_state, reasons, findings)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        deploymentId,
        at,
        transition.from,
        transition.to,
        JSON.stringify(transition.reasons),
        JSON.stringify(findings),
      ],
    );
  },

  async transitions(
    db: Queryable,
    deploymentId: string,
    limit: number,
  ): Promise<TransitionRecord[]> {
    const { rows } = await db.query(
      `SELECT ${transitions.columns} FROM health_transitions
       WHERE deployment_id = $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [deploymentId, limit],
    );
    return rows.map(transitions.from);
  },
};
