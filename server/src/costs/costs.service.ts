import { z } from 'zod';
import type { Actor, AuditService } from '../audit/index.ts';
import type { Clock } from '../shared/clock.ts';
import { parseInput } from '../shared/errors.ts';
import { type Db, UnitOfWork } from '../store/index.ts';
import { CostsError } from './costs.errors.ts';
import { costsRepository as repo } from './costs.repository.ts';
import { type ApiPrice, GPU_CAPACITIES, type GpuPrice } from './costs.types.ts';
import { defaultPrices, PriceBook } from './price-book.ts';

export interface PriceBookView {
  gpus: GpuPrice[];
  apis: ApiPrice[];
  gpuHistory: GpuPrice[];
  apiHistory: ApiPrice[];
}

const money = z.number().finite().nonnegative().max(1_000_000);
const origin = {
  effectiveFrom: z.coerce.date({ error: 'must be a time' }).nullish(),
  source: z.string().trim().min(3, 'must say where the figure comes from').max(300),
  sourceUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(500)
    .nullish(),
};

export class CostsService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #clock: Clock;
  readonly #defaults = defaultPrices();

  constructor(deps: { db: Db; audit: AuditService; clock: Clock }) {
    this.#db = deps.db;
    this.#units = new UnitOfWork(deps.db);
    this.#audit = deps.audit;
    this.#clock = deps.clock;
  }

  /** The shipped defaults and every version admins set. */
  async book(): Promise<PriceBook> {
    const [gpus, apis] = await Promise.all([repo.gpuPrices(this.#db), repo.apiPrices(this.#db)]);
    return new PriceBook({
      gpus: [...this.#defaults.gpus, ...gpus],
      apis: [...this.#defaults.apis, ...apis],
    });
  }

  async priceBook(at: Date | null): Promise<PriceBookView> {
    const book = await this.book();
    const when = at ?? this.#clock.now();
    return {
      gpus: book.gpusAt(when),
      apis: book.apisAt(when),
      gpuHistory: book.gpuHistory(),
      apiHistory: book.apiHistory(),
    };
  }

  async setGpuPrice(actor: Actor, raw: unknown): Promise<GpuPrice> {
    const input = parseInput(
      z.object({
        gpuProduct: z
          .string()
          .trim()
          .regex(/^(\*|[A-Za-z0-9][A-Za-z0-9._-]{0,99})$/, 'must be a GPU product label or *'),
        capacity: z.enum(GPU_CAPACITIES).nullish(),
        usdPerGpuHour: money,
        ...origin,
      }),
      raw,
    );
    const now = this.#clock.now();
    return this.#units.run(async (work) => {
      const saved = await repo.addGpuPrice(work.tx, {
        gpuProduct: input.gpuProduct,
        capacity: input.capacity ?? 'ON_DEMAND',
        usdPerGpuHour: input.usdPerGpuHour,
        effectiveFrom: input.effectiveFrom ?? now,
        source: input.source,
        sourceUrl: input.sourceUrl ?? null,
        setBy: actor.name,
        setAt: now,
      });
      if (!saved) {
        throw new CostsError(
          'PRICE_VERSION_EXISTS',
          `A price of ${input.gpuProduct} is already effective from that moment; choose another.`,
        );
      }
      await this.#audit.record(work, actor, {
        action: 'cost.gpu_price.set',
        targetType: 'gpu_price',
        targetId: `${saved.gpuProduct}/${saved.capacity}`,
        details: {
          usdPerGpuHour: saved.usdPerGpuHour,
          effectiveFrom: saved.effectiveFrom.toISOString(),
          source: saved.source,
          sourceUrl: saved.sourceUrl,
        },
      });
      return saved;
    });
  }

  async setApiPrice(actor: Actor, raw: unknown): Promise<ApiPrice> {
    const input = parseInput(
      z.object({
        api: z
          .string()
          .trim()
          .regex(/^[a-z0-9][a-z0-9._/-]{0,99}$/, 'must be lower case letters, digits and . _ - /'),
        displayName: z.string().trim().min(2).max(100),
        usdPerMillionInput: money,
        usdPerMillionOutput: money,
        ...origin,
      }),
      raw,
    );
    const now = this.#clock.now();
    return this.#units.run(async (work) => {
      const saved = await repo.addApiPrice(work.tx, {
        api: input.api,
        displayName: input.displayName,
        usdPerMillionInput: input.usdPerMillionInput,
        usdPerMillionOutput: input.usdPerMillionOutput,
        effectiveFrom: input.effectiveFrom ?? now,
        source: input.source,
        sourceUrl: input.sourceUrl ?? null,
        setBy: actor.name,
        setAt: now,
      });
      if (!saved) {
        throw new CostsError(
          'PRICE_VERSION_EXISTS',
          `A price of ${input.api} is already effective from that moment; choose another.`,
        );
      }
      await this.#audit.record(work, actor, {
        action: 'cost.api_price.set',
        targetType: 'api_price',
        targetId: saved.api,
        details: {
          displayName: saved.displayName,
          usdPerMillionInput: saved.usdPerMillionInput,
          usdPerMillionOutput: saved.usdPerMillionOutput,
          effectiveFrom: saved.effectiveFrom.toISOString(),
          source: saved.source,
          sourceUrl: saved.sourceUrl,
        },
      });
      return saved;
    });
  }
}
