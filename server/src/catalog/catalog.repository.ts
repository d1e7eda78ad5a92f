import { type Queryable, rowMapper } from '../store/index.ts';
import type { ModelRecord, ReleaseSpec } from './catalog.types.ts';

export interface ReleaseRecord {
  id: string;
  modelId: string;
  spec: ReleaseSpec;
  warnings: string[];
  createdAt: Date;
  createdBy: string;
}

export interface ModelRow extends ModelRecord {
  createdBy: string;
}

const models = rowMapper<ModelRow>()(
  `id, name, family, source, revision, license, parameter_count_billions, context_length,
  gpu_memory_gib, created_at, created_by`,
  {
    parameterCountBillions: (r) => Number(r.parameter_count_billions),
    contextLength: (r) => Number(r.context_length),
    gpuMemoryGiB: (r) => Number(r.gpu_memory_gib),
  },
  ['gpu_memory_gib'],
);

const releases = rowMapper<ReleaseRecord>()('id, model_id, spec, warnings, created_at, created_by');

export const catalogRepository = {
  async insertModel(
    db: Queryable,
    model: Omit<ModelRecord, 'id' | 'createdAt'> & { createdBy: string },
  ): Promise<ModelRow | null> {
    const { rows } = await db.query(
      `INSERT INTO models (name, family, source, revision, license, parameter_count_billions, context_length,
         gpu_memory_gib, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (name) DO NOTHING RETURNING ${models.columns}`,
      [
        model.name,
        model.family,
        model.source,
        model.revision,
        model.license,
        model.parameterCountBillions,
        model.contextLength,
        model.gpuMemoryGiB,
        model.createdBy,
      ],
    );
    return rows[0] ? models.from(rows[0]) : null;
  },

  async listModels(db: Queryable): Promise<ModelRow[]> {
    const { rows } = await db.query(`SELECT ${models.columns} FROM models ORDER BY name`);
    return rows.map(models.from);
  },

  async findModel(db: Queryable, id: string): Promise<ModelRow | null> {
    return (await catalogRepository.findModels(db, [id])).get(id) ?? null;
  },

  /** The models with these ids (uuids), by id; one query for a page's worth. */
  async findModels(db: Queryable, ids: readonly string[]): Promise<Map<string, ModelRow>> {
    const { rows } = await db.query(
      `SELECT ${models.columns} FROM models WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(models.from).map((m) => [m.id, m]));
  },

  /** Inserts the release unless one with the same id (the same content) exists. */
  async insertRelease(
    db: Queryable,
    release: Omit<ReleaseRecord, 'createdAt'>,
  ): Promise<ReleaseRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO releases (id, model_id, spec, warnings, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING RETURNING ${releases.columns}`,
      [
        release.id,
        release.modelId,
        JSON.stringify(release.spec),
        JSON.stringify(release.warnings),
        release.createdBy,
      ],
    );
    return rows[0] ? releases.from(rows[0]) : null;
  },

  async findRelease(db: Queryable, id: string): Promise<ReleaseRecord | null> {
    return (await catalogRepository.findReleases(db, [id])).get(id) ?? null;
  },

  /** The releases with these ids, by id; one query for a page's worth. */
  async findReleases(db: Queryable, ids: readonly string[]): Promise<Map<string, ReleaseRecord>> {
    const { rows } = await db.query(
      `SELECT ${releases.columns} FROM releases
       WHERE id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map(releases.from).map((r) => [r.id, r]));
  },

  async listReleases(db: Queryable, modelId: string): Promise<ReleaseRecord[]> {
    const { rows } = await db.query(
      `SELECT ${releases.columns} FROM releases
       WHERE model_id = $1 ORDER BY created_at DESC, id`,
      [modelId],
    );
    return rows.map(releases.from);
  },
};
