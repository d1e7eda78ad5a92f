import type { Queryable } from '../store/index.ts';
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

const MODEL_COLUMNS = `id, name, family, source, revision, license, parameter_count_billions, context_length,
  gpu_memory_gib, created_at, created_by`;

interface ModelDbRow {
  id: string;
  name: string;
  family: string;
  source: string;
  revision: string;
  license: string;
  parameter_count_billions: number;
  context_length: number;
  gpu_memory_gib: number;
  created_at: Date;
  created_by: string;
}

function toModel(row: ModelDbRow): ModelRow {
  return {
    id: row.id,
    name: row.name,
    family: row.family,
    source: row.source,
    revision: row.revision,
    license: row.license,
    parameterCountBillions: Number(row.parameter_count_billions),
    contextLength: Number(row.context_length),
    gpuMemoryGiB: Number(row.gpu_memory_gib),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

interface ReleaseDbRow {
  id: string;
  model_id: string;
  spec: ReleaseSpec;
  warnings: string[];
  created_at: Date;
  created_by: string;
}

function toRelease(row: ReleaseDbRow): ReleaseRecord {
  return {
    id: row.id,
    modelId: row.model_id,
    spec: row.spec,
    warnings: row.warnings,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export const catalogRepository = {
  async insertModel(
    db: Queryable,
    model: Omit<ModelRecord, 'id' | 'createdAt'> & { createdBy: string },
  ): Promise<ModelRow | null> {
    const { rows } = await db.query<ModelDbRow>(
      `INSERT INTO models (name, family, source, revision, license, parameter_count_billions, context_length,
         gpu_memory_gib, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (name) DO NOTHING RETURNING ${MODEL_COLUMNS}`,
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
    return rows[0] ? toModel(rows[0]) : null;
  },

  async listModels(db: Queryable): Promise<ModelRow[]> {
    const { rows } = await db.query<ModelDbRow>(
      `SELECT ${MODEL_COLUMNS} FROM models ORDER BY name`,
    );
    return rows.map(toModel);
  },

  async findModel(db: Queryable, id: string): Promise<ModelRow | null> {
    return (await catalogRepository.findModels(db, [id])).get(id) ?? null;
  },

  /** The models with these ids (uuids), by id; one query for a page's worth. */
  async findModels(db: Queryable, ids: readonly string[]): Promise<Map<string, ModelRow>> {
    const { rows } = await db.query<ModelDbRow>(
      `SELECT ${MODEL_COLUMNS} FROM models WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, toModel(r)]));
  },

  /** Inserts the release unless one with the same id (the same content) exists. */
  async insertRelease(
    db: Queryable,
    release: Omit<ReleaseRecord, 'createdAt'>,
  ): Promise<ReleaseRecord | null> {
    const { rows } = await db.query<ReleaseDbRow>(
      `INSERT INTO releases (id, model_id, spec, warnings, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING RETURNING id, model_id, spec, warnings, created_at, created_by`,
      [
        release.id,
        release.modelId,
        JSON.stringify(release.spec),
        JSON.stringify(release.warnings),
        release.createdBy,
      ],
    );
    return rows[0] ? toRelease(rows[0]) : null;
  },

  async findRelease(db: Queryable, id: string): Promise<ReleaseRecord | null> {
    return (await catalogRepository.findReleases(db, [id])).get(id) ?? null;
  },

  /** The releases with these ids, by id; one query for a page's worth. */
  async findReleases(db: Queryable, ids: readonly string[]): Promise<Map<string, ReleaseRecord>> {
    const { rows } = await db.query<ReleaseDbRow>(
      `SELECT id, model_id, spec, warnings, created_at, created_by FROM releases
       WHERE id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, toRelease(r)]));
  },

  async listReleases(db: Queryable, modelId: string): Promise<ReleaseRecord[]> {
    const { rows } = await db.query<ReleaseDbRow>(
      `SELECT id, model_id, spec, warnings, created_at, created_by FROM releases
       WHERE model_id = $1 ORDER BY created_at DESC, id`,
      [modelId],
    );
    return rows.map(toRelease);
  },
};
