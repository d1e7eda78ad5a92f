import type { Queryable } from '../store/index.ts';

/** Time to acknowledge and to resolve, over the incidents of one deployment in a window. */
export interface IncidentStats {
  deployment: { namespace: string; name: string };
  windowDays: number;
  /** Incidents triggered in the window (merged and canceled ones do not count). */
  incidents: number;
  acknowledged: number;
  resolved: number;
  /** Mean seconds from triggered to acknowledged; null when none was acknowledged. */
  mttaSeconds: number | null;
  /** Mean seconds from triggered to resolved; null when none has resolved. */
  mttrSeconds: number | null;
}

export interface IncidentTimes {
  namespace: string;
  name: string;
  triggeredAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
}

export const DEFAULT_STATS_DAYS = 30;

/**
 * MTTA and MTTR per deployment. An incident resolved without anyone acknowledging it counts
 * towards MTTR only; one still open counts towards neither mean, only the count.
 */
export function computeIncidentStats(
  incidents: readonly IncidentTimes[],
  windowDays: number,
): IncidentStats[] {
  const byDeployment = new Map<
    string,
    { stats: IncidentStats; ackSum: number; resolveSum: number }
  >();
  for (const i of incidents) {
    const key = `${i.namespace}/${i.name}`;
    let entry = byDeployment.get(key);
    if (!entry) {
      entry = {
        stats: {
          deployment: { namespace: i.namespace, name: i.name },
          windowDays,
          incidents: 0,
          acknowledged: 0,
          resolved: 0,
          mttaSeconds: null,
          mttrSeconds: null,
        },
        ackSum: 0,
        resolveSum: 0,
      };
      byDeployment.set(key, entry);
    }
    entry.stats.incidents++;
    if (i.acknowledgedAt) {
      entry.stats.acknowledged++;
      entry.ackSum += Math.max(0, i.acknowledgedAt.getTime() - i.triggeredAt.getTime());
    }
    if (i.resolvedAt) {
      entry.stats.resolved++;
      entry.resolveSum += Math.max(0, i.resolvedAt.getTime() - i.triggeredAt.getTime());
    }
  }
  return [...byDeployment.values()]
    .map(({ stats, ackSum, resolveSum }) => ({
      ...stats,
      mttaSeconds: stats.acknowledged ? ackSum / stats.acknowledged / 1000 : null,
      mttrSeconds: stats.resolved ? resolveSum / stats.resolved / 1000 : null,
    }))
    .sort(
      (a, b) =>
        a.deployment.namespace.localeCompare(b.deployment.namespace) ||
        a.deployment.name.localeCompare(b.deployment.name),
    );
}

/** The times of every deployment's incidents triggered since `since`. */
export async function incidentTimesSince(
  db: Queryable,
  since: Date,
  deployment?: { namespace: string; name: string },
): Promise<IncidentTimes[]> {
  const { rows } = await db.query<{
    deployment_namespace: string;
    deployment_name: string;
    triggered_at: Date;
    acknowledged_at: Date | null;
    resolved_at: Date | null;
  }>(
    `SELECT deployment_namespace, deployment_name, triggered_at, acknowledged_at, resolved_at
     FROM incidents
     WHERE triggered_at >= $1 AND deployment_namespace IS NOT NULL
       AND status NOT IN ('MERGED', 'CANCELED')
       AND ($2::text IS NULL OR (deployment_namespace = $2 AND deployment_name = $3))`,
    [since, deployment?.namespace ?? null, deployment?.name ?? null],
  );
  return rows.map((r) => ({
    namespace: r.deployment_namespace,
    name: r.deployment_name,
    triggeredAt: new Date(r.triggered_at),
    acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  }));
}

/** Reads incident stats from the store, for the API and for metrics at scrape time. */
export class IncidentStatsService {
  readonly #db: Queryable;
  readonly #now: () => Date;

  constructor(db: Queryable, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  async forAll(days = DEFAULT_STATS_DAYS): Promise<IncidentStats[]> {
    const since = new Date(this.#now().getTime() - days * 86_400_000);
    return computeIncidentStats(await incidentTimesSince(this.#db, since), days);
  }

  async forDeployment(
    deployment: { namespace: string; name: string },
    days = DEFAULT_STATS_DAYS,
  ): Promise<IncidentStats> {
    const since = new Date(this.#now().getTime() - days * 86_400_000);
    const [stats] = computeIncidentStats(
      await incidentTimesSince(this.#db, since, deployment),
      days,
    );
    return (
      stats ?? {
        deployment,
        windowDays: days,
        incidents: 0,
        acknowledged: 0,
        resolved: 0,
        mttaSeconds: null,
        mttrSeconds: null,
      }
    );
  }
}
