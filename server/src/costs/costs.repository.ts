import type { Queryable } from '../store/index.ts';
import type { ApiPrice, GpuCapacity, GpuPrice, PodReading, UsageSample } from './costs.types.ts';

interface OriginRow {
  id: string;
  effective_from: Date;
  source: string;
  source_url: string | null;
  set_by: string;
  set_at: Date;
}

interface GpuPriceRow extends OriginRow {
  gpu_product: string;
  capacity: GpuCapacity;
  usd_per_gpu_hour: string;
}

interface ApiPriceRow extends OriginRow {
  api: string;
  display_name: string;
  usd_per_million_input: string;
  usd_per_million_output: string;
}

interface SampleRow {
  deployment_id: string;
  at: Date;
  namespace: string;
  name: string;
  environment: string;
  pods: PodReading[] | string;
}

const origin = (r: OriginRow) => ({
  id: r.id,
  effectiveFrom: new Date(r.effective_from),
  isDefault: false,
  source: r.source,
  sourceUrl: r.source_url,
  readOn: null,
  setBy: r.set_by,
  setAt: new Date(r.set_at),
});

const toGpuPrice = (r: GpuPriceRow): GpuPrice => ({
  ...origin(r),
  gpuProduct: r.gpu_product,
  capacity: r.capacity,
  usdPerGpuHour: Number(r.usd_per_gpu_hour),
});

const toApiPrice = (r: ApiPriceRow): ApiPrice => ({
  ...origin(r),
  api: r.api,
  displayName: r.display_name,
  usdPerMillionInput: Number(r.usd_per_million_input),
  usdPerMillionOutput: Number(r.usd_per_million_output),
});

const toSample = (r: SampleRow): UsageSample => ({
  deploymentId: r.deployment_id,
  at: new Date(r.at),
  namespace: r.namespace,
  name: r.name,
  environment: r.environment,
  pods: typeof r.pods === 'string' ? (JSON.parse(r.pods) as PodReading[]) : r.pods,
});

type NewPrice<T> = Omit<T, 'id' | 'isDefault' | 'readOn' | 'setBy' | 'setAt'> & {
  setBy: string;
  setAt: Date;
};

export const costsRepository = {
  async gpuPrices(db: Queryable): Promise<GpuPrice[]> {
    const { rows } = await db.query<GpuPriceRow>(
      'SELECT * FROM cost_gpu_prices ORDER BY effective_from, set_at',
    );
    return rows.map(toGpuPrice);
  },

  async apiPrices(db: Queryable): Promise<ApiPrice[]> {
    const { rows } = await db.query<ApiPriceRow>(
      'SELECT * FROM cost_api_prices ORDER BY effective_from, set_at',
    );
    return rows.map(toApiPrice);
  },

  /** Inserts a version; null when one of the same price and moment exists. */
  async addGpuPrice(db: Queryable, p: NewPrice<GpuPrice>): Promise<GpuPrice | null> {
    const { rows } = await db.query<GpuPriceRow>(
      `INSERT INTO cost_gpu_prices
         (gpu_product, capacity, usd_per_gpu_hour, effective_from, source, source_url, set_by, set_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (gpu_product, capacity, effective_from) DO NOTHING RETURNING *`,
      [
        p.gpuProduct,
        p.capacity,
        p.usdPerGpuHour,
        p.effectiveFrom,
        p.source,
        p.sourceUrl,
        p.setBy,
        p.setAt,
      ],
    );
    return rows[0] ? toGpuPrice(rows[0]) : null;
  },

  async addApiPrice(db: Queryable, p: NewPrice<ApiPrice>): Promise<ApiPrice | null> {
    const { rows } = await db.query<ApiPriceRow>(
      `INSERT INTO cost_api_prices
         (api, display_name, usd_per_million_input, usd_per_million_output, effective_from,
          source, source_url, set_by, set_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (api, effective_from) DO NOTHING RETURNING *`,
      [
        p.api,
        p.displayName,
        p.usdPerMillionInput,
        p.usdPerMillionOutput,
        p.effectiveFrom,
        p.source,
        p.sourceUrl,
        p.setBy,
        p.setAt,
      ],
    );
    return rows[0] ? toApiPrice(rows[0]) : null;
  },

  /** Another leader (or a retry) that stored the same moment already wins. */
  async addSample(db: Queryable, s: UsageSample): Promise<void> {
    await db.query(
      `INSERT INTO cost_usage_samples (deployment_id, at, namespace, name, environment, pods)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [s.deploymentId, s.at, s.namespace, s.name, s.environment, JSON.stringify(s.pods)],
    );
  },

  /** Samples between the two times, of one deployment or all, by deployment and time. */
  async samples(
    db: Queryable,
    from: Date,
    to: Date,
    deploymentId: string | null = null,
  ): Promise<UsageSample[]> {
    const { rows } = await db.query<SampleRow>(
      `SELECT deployment_id, at, namespace, name, environment, pods FROM cost_usage_samples
       WHERE at >= $1 AND at <= $2 AND ($3::text IS NULL OR deployment_id = $3)
       ORDER BY deployment_id, at`,
      [from, to, deploymentId],
    );
    return rows.map(toSample);
  },

  async latestSampleAt(db: Queryable, deploymentId: string): Promise<Date | null> {
    const { rows } = await db.query<{ at: Date }>(
      'SELECT max(at) AS at FROM cost_usage_samples WHERE deployment_id = $1',
      [deploymentId],
    );
    return rows[0]?.at ? new Date(rows[0].at) : null;
  },

  async prune(db: Queryable, before: Date): Promise<void> {
    await db.query('DELETE FROM cost_usage_samples WHERE at < $1', [before]);
  },
};
