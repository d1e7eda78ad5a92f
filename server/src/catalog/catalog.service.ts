import { z } from 'zod';
import type { Actor, AuditService } from '../audit/index.ts';
import { parseInput } from '../shared/errors.ts';
import { dnsLabel } from '../shared/validation.ts';
import { WrittenOnce } from '../shared/written-once.ts';
import { type Db, UnitOfWork, type Work } from '../store/index.ts';
import { CatalogError } from './catalog.errors.ts';
import { catalogRepository, type ModelRow, type ReleaseRecord } from './catalog.repository.ts';
import type { ModelRecord, ReleaseSpec } from './catalog.types.ts';
import {
  diffReleases,
  type FieldChange,
  parseReleaseSpec,
  releaseId,
  releaseWarnings,
} from './release.ts';

const registerModelInput = z.object({
  name: dnsLabel(),
  family: z.string().trim().min(1, 'must not be empty').max(100),
  source: z
    .string()
    .regex(
      /^(hf:\/\/[\w.-]+\/[\w.-]+|ollama:\/\/[\w.-]+(:[\w.-]+)?)$/,
      'must be hf://<org>/<repo> or ollama://<name>:<tag>',
    ),
  revision: z.string().trim().min(1, 'must name a revision: a commit hash or tag').max(100),
  license: z.string().trim().min(1, 'must not be empty').max(100),
  parameterCountBillions: z.number().gt(0, 'must be above 0').max(10_000),
  contextLength: z.number().int().min(256, 'must be at least 256').max(10_000_000),
  gpuMemoryGiB: z.number().min(0).max(10_000),
});

/** Drops null members, as GraphQL sends them for omitted optional inputs. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** A first guess at load time: a minute, plus about four seconds per billion parameters. */
export function estimateLoadSeconds(parameterCountBillions: number): number {
  return Math.min(3600, Math.round(60 + 4 * parameterCountBillions));
}

/** Models, and releases, kept in memory once read. */
const CACHED_ROWS = 5_000;

/** Built once: a zod schema is costly to build, and every list of deployments checks ids. */
const MODEL_ID = z.uuid();

export class CatalogService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  // Models and releases are never updated or deleted (a release's id is its content's hash), so
  // the lists and pages that show one per deployment read each from the store once.
  readonly #models = new WrittenOnce<ModelRow>(CACHED_ROWS);
  readonly #releases = new WrittenOnce<ReleaseRecord>(CACHED_ROWS);

  constructor(db: Db, audit: AuditService) {
    this.#db = db;
    this.#units = new UnitOfWork(db);
    this.#audit = audit;
  }

  listModels(): Promise<ModelRow[]> {
    return catalogRepository.listModels(this.#db);
  }

  getModel(id: string): Promise<ModelRow | null> {
    return MODEL_ID.safeParse(id).success
      ? catalogRepository.findModel(this.#db, id)
      : Promise.resolve(null);
  }

  /** The models with these ids, by id (ids that are not model ids are left out). */
  getModels(ids: readonly string[]): Promise<Map<string, ModelRow>> {
    return this.#models.get(
      ids.filter((id) => MODEL_ID.safeParse(id).success),
      (missing) => catalogRepository.findModels(this.#db, missing),
    );
  }

  async getRelease(id: string): Promise<ReleaseRecord | null> {
    return (await this.getReleases([id])).get(id) ?? null;
  }

  /** The releases with these ids, by id. */
  getReleases(ids: readonly string[]): Promise<Map<string, ReleaseRecord>> {
    return this.#releases.get(ids, (missing) => catalogRepository.findReleases(this.#db, missing));
  }

  listReleases(modelId: string): Promise<ReleaseRecord[]> {
    return catalogRepository.listReleases(this.#db, modelId);
  }

  async registerModel(actor: Actor, raw: unknown): Promise<ModelRow> {
    const input = parseInput(registerModelInput, raw);
    return this.#units.run(async (work) => {
      const model = await catalogRepository.insertModel(work.tx, {
        ...input,
        createdBy: actor.name,
      });
      if (!model) {
        throw new CatalogError(
          'MODEL_NAME_TAKEN',
          `A model named ${input.name} is already registered.`,
          {
            fields: [{ path: ['input', 'name'], message: 'is already taken' }],
          },
        );
      }
      await this.#audit.record(work, actor, {
        action: 'model.register',
        targetType: 'model',
        targetId: model.id,
        details: { ...input },
      });
      return model;
    });
  }

  async createRelease(
    actor: Actor,
    raw: unknown,
  ): Promise<{ release: ReleaseRecord; created: boolean }> {
    const input = withoutNulls(raw) as Record<string, unknown>;
    const modelId = String(input.modelId ?? '');
    const model = await this.getModel(modelId);
    if (!model) {
      throw new CatalogError('MODEL_NOT_FOUND', `No model with id ${modelId}.`, {
        fields: [{ path: ['input', 'modelId'], message: 'is not a registered model' }],
      });
    }
    const spec: ReleaseSpec = parseReleaseSpec({
      modelName: model.name,
      runtime: input.runtime,
      image: input.image,
      model: { source: model.source, revision: model.revision },
      engine: input.engine ?? {},
      resources: input.resources,
      env: input.env ?? [],
      expectedLoadSeconds:
        input.expectedLoadSeconds ?? estimateLoadSeconds(model.parameterCountBillions),
    });
    return this.#units.run((work) => this.#insertRelease(work, actor, model, spec));
  }

  /**
   * Stores a release of `model` in the caller's unit of work, audited when it is new; a release
   * already in the catalog is returned as it is, since its id is its content.
   */
  async #insertRelease(
    work: Work,
    actor: Actor,
    model: ModelRow,
    spec: ReleaseSpec,
    details: Record<string, unknown> = {},
  ): Promise<{ release: ReleaseRecord; created: boolean }> {
    const id = releaseId(spec);
    const warnings = releaseWarnings(spec);
    const inserted = await catalogRepository.insertRelease(work.tx, {
      id,
      modelId: model.id,
      spec,
      warnings,
      createdBy: actor.name,
    });
    if (!inserted) {
      const existing = await catalogRepository.findRelease(work.tx, id);
      if (!existing) throw new Error(`release ${id} vanished`);
      return { release: existing, created: false };
    }
    await this.#audit.record(work, actor, {
      action: 'release.create',
      targetType: 'release',
      targetId: id,
      details: {
        model: model.name,
        runtime: spec.runtime,
        image: spec.image,
        warnings,
        ...details,
      },
    });
    return { release: inserted, created: true };
  }

  /**
   * Imports what a running model server runs, inside the caller's unit of work (adoption): the
   * model (unless `existingId` names a registered one) and a release of it, each audited when
   * created. A release already in the catalog is reused: its id is its content.
   */
  async importRelease(
    work: Work,
    actor: Actor,
    input: {
      model: { existingId: string | null } & Omit<ModelRecord, 'id' | 'createdAt'>;
      spec: ReleaseSpec;
    },
  ): Promise<{ model: ModelRow; release: ReleaseRecord }> {
    const { existingId, ...fields } = input.model;
    let model = existingId ? await catalogRepository.findModel(work.tx, existingId) : null;
    if (!model) {
      const parsed = parseInput(registerModelInput, fields, ['model']);
      model = await catalogRepository.insertModel(work.tx, { ...parsed, createdBy: actor.name });
      if (!model)
        throw new CatalogError(
          'MODEL_NAME_TAKEN',
          `A model named ${parsed.name} was registered meanwhile; look at the plan again.`,
        );
      await this.#audit.record(work, actor, {
        action: 'model.register',
        targetType: 'model',
        targetId: model.id,
        details: { ...parsed, importedFrom: 'adoption' },
      });
    }
    const spec = parseReleaseSpec({ ...input.spec, modelName: model.name }, ['release']);
    const { release } = await this.#insertRelease(work, actor, model, spec, {
      importedFrom: 'adoption',
    });
    return { model, release };
  }

  async diff(fromId: string, toId: string): Promise<FieldChange[]> {
    const [from, to] = await Promise.all([this.getRelease(fromId), this.getRelease(toId)]);
    if (!from) throw new CatalogError('RELEASE_NOT_FOUND', `No release with id ${fromId}.`);
    if (!to) throw new CatalogError('RELEASE_NOT_FOUND', `No release with id ${toId}.`);
    return diffReleases(from.spec, to.spec);
  }
}
