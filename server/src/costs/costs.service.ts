import { z } from 'zod';
import type { Actor, AuditInput, AuditService } from '../audit/index.ts';
import type { PodsObserved } from '../health/index.ts';
import type { Clock } from '../shared/clock.ts';
import { parseInput } from '../shared/errors.ts';
import { type Db, UnitOfWork, type Work } from '../store/index.ts';
import { CostsError } from './costs.errors.ts';
import { costsRepository as repo } from './costs.repository.ts';
import {
  type ApiPrice,
  COST_GROUPS,
  type CostReport,
  type CostView,
  GPU_CAPACITIES,
  type GpuPrice,
  type UsageSample,
} from './costs.types.ts';
import { reportCsv } from './csv.ts';
import { maxRunningOf } from './engine-limits.ts';
import { placementOf } from './placement.ts';
import { defaultPrices, PriceBook, versionAt } from './price-book.ts';
import { group } from './report.ts';
import { computeUsage, type DeploymentUsage } from './usage.ts';

/** The API tokens are compared with when the caller names none. */
export const DEFAULT_COMPARISON = 'openai/gpt-4o';
/** Samples are kept this long. */
export const SAMPLE_RETENTION_DAYS = 100;
/** How far before and after a range samples are read, to find each pod's previous reading. */
const MARGIN_MS = 6 * 3_600_000;
const MAX_RANGE_DAYS = SAMPLE_RETENTION_DAYS + 1;

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

/** When a new version applies, where it comes from, and who set it when. */
function versionOrigin(
  actor: Actor,
  input: { effectiveFrom?: Date | null; source: string; sourceUrl?: string | null },
  now: Date,
) {
  return {
    effectiveFrom: input.effectiveFrom ?? now,
    source: input.source,
    sourceUrl: input.sourceUrl ?? null,
    setBy: actor.name,
    setAt: now,
  };
}

export class CostsService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #clock: Clock;
  readonly #defaults = defaultPrices();
  readonly #sampleIntervalMs: number;
  readonly #maxStepMs: number;
  readonly #lastSample = new Map<string, number>();
  #recorded = 0;

  constructor(deps: {
    db: Db;
    audit: AuditService;
    clock: Clock;
    /** At most one sample per deployment per this interval. */
    sampleIntervalMs: number;
    /** Samples further apart than this are a gap; see usage.ts. */
    maxStepMs: number;
  }) {
    this.#db = deps.db;
    this.#units = new UnitOfWork(deps.db);
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#sampleIntervalMs = deps.sampleIntervalMs;
    this.#maxStepMs = deps.maxStepMs;
  }

  /**
   * Stores what the leader saw of a deployment's pods: those holding a node (scheduled and not
   * finished), their GPUs, product and capacity, and their engines' counters.
   */
  async record(observed: PodsObserved): Promise<void> {
    const d = observed.deployment;
    const at = observed.at.getTime();
    const last = this.#lastSample.get(d.id);
    if (last !== undefined && at - last < this.#sampleIntervalMs) return;
    const sample: UsageSample = {
      deploymentId: d.id,
      at: observed.at,
      namespace: d.namespace,
      name: d.name,
      environment: d.environment,
      pods: observed.pods
        .filter(
          ({ pod }) => pod.node !== null && pod.phase !== 'Succeeded' && pod.phase !== 'Failed',
        )
        .map(({ pod, counters }) => ({
          pod: pod.name,
          createdAt: pod.createdAt,
          gpus: pod.gpus,
          ...placementOf(pod.raw, d.spec.resources.gpuProduct ?? null),
          promptTokens: counters?.promptTokens ?? null,
          generationTokens: counters?.generatedTokens ?? null,
          running: counters?.running ?? null,
          maxRunning: maxRunningOf(pod.raw, d.spec.runtime),
          kvCacheUsage: counters?.kvCacheUsage ?? null,
        })),
    };
    await repo.addSample(this.#db, sample);
    this.#lastSample.set(d.id, at);
    if (++this.#recorded % 1000 === 0) {
      await repo.prune(this.#db, new Date(at - SAMPLE_RETENTION_DAYS * 86_400_000));
    }
  }

  /** Cost, tokens and utilisation over a range, by deployment or environment, and in total. */
  async report(raw: unknown): Promise<CostReport> {
    const input = parseInput(
      z
        .object({
          from: z.coerce.date({ error: 'must be a time' }),
          to: z.coerce.date({ error: 'must be a time' }),
          groupBy: z.enum(COST_GROUPS).nullish(),
          compareWith: z.string().trim().min(1).nullish(),
        })
        .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
        .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, {
          path: ['from'],
          message: `must be at most ${MAX_RANGE_DAYS} days before to`,
        }),
      raw,
    );
    const { book, api } = await this.#bookFor(input.compareWith ?? DEFAULT_COMPARISON, input.to);
    const groupBy = input.groupBy ?? 'DEPLOYMENT';
    const samples = await repo.samples(
      this.#db,
      new Date(input.from.getTime() - MARGIN_MS),
      new Date(input.to.getTime() + MARGIN_MS),
    );
    const usages = computeUsage(samples, {
      from: input.from,
      to: input.to,
      maxStepMs: this.#maxStepMs,
      book,
      compareWith: api.api,
    });
    return {
      from: input.from,
      to: input.to,
      groupBy,
      compareWith: api,
      ...group(usages, { from: input.from, to: input.to, groupBy }),
    };
  }

  /**
   * A calendar month (UTC, `YYYY-MM`) as CSV: one row per deployment and day with its usage.
   * The current month runs to now.
   */
  async monthCsv(raw: unknown): Promise<{ filename: string; csv: string }> {
    const input = parseInput(
      z.object({
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM'),
        compareWith: z.string().trim().min(1).nullish(),
      }),
      raw,
    );
    const from = new Date(`${input.month}-01T00:00:00Z`);
    const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const now = this.#clock.now();
    const to = next < now ? next : now;
    if (to <= from) {
      throw new CostsError('MONTH_NOT_STARTED', `${input.month} has not started yet.`);
    }
    const report = await this.report({
      from,
      to,
      groupBy: 'DEPLOYMENT',
      compareWith: input.compareWith,
    });
    return { filename: `backline-costs-${input.month}.csv`, csv: reportCsv(report) };
  }

  /** One deployment's figures over the last `days` days. */
  async deploymentCost(
    deploymentId: string,
    days: number,
    compareWith: string | null,
  ): Promise<CostView> {
    const span = parseInput(z.number().int().min(1).max(SAMPLE_RETENTION_DAYS), days);
    const to = this.#clock.now();
    const from = new Date(to.getTime() - span * 86_400_000);
    const { book, api } = await this.#bookFor(compareWith ?? DEFAULT_COMPARISON, to);
    const samples = await repo.samples(
      this.#db,
      new Date(from.getTime() - MARGIN_MS),
      to,
      deploymentId,
    );
    const [usage] = computeUsage(samples, {
      from,
      to,
      maxStepMs: this.#maxStepMs,
      book,
      compareWith: api.api,
    });
    return group(usage ? [usage] : [], { from, to, groupBy: 'DEPLOYMENT' }).total;
  }

  /**
   * Each deployment's rates over the last `windowMinutes` minutes, against the default API: for
   * metrics.
   */
  async recentRates(windowMinutes: number) {
    const to = this.#clock.now();
    const from = new Date(to.getTime() - windowMinutes * 60_000);
    const report = await this.report({ from, to, groupBy: 'DEPLOYMENT' });
    const hours = windowMinutes / 60;
    return report.lines.map((l) => ({
      namespace: l.namespace as string,
      name: l.name as string,
      gpus: l.figures.gpuHours / hours,
      idleGpus: l.figures.idleGpuHours / hours,
      costUsdPerHour: l.figures.costUsd / hours,
      apiUsdPerHour: l.figures.apiCostUsd / hours,
      api: report.compareWith.api,
      costPerMillionTokensUsd: l.figures.costPerMillionTokensUsd,
      utilisation: l.figures.utilisation,
      promptTokensPerSecond: l.figures.promptTokens / (windowMinutes * 60),
      generationTokensPerSecond: l.figures.generationTokens / (windowMinutes * 60),
    }));
  }

  /**
   * Each deployment still sampled (its last sample within a step of now) with its usage and
   * samples over the last `minutes` minutes: for capacity.
   */
  async recentUsage(minutes: number): Promise<{
    seconds: number;
    deployments: { usage: DeploymentUsage; samples: UsageSample[] }[];
  }> {
    const to = this.#clock.now();
    const from = new Date(to.getTime() - minutes * 60_000);
    const book = await this.book();
    const all = await repo.samples(this.#db, new Date(from.getTime() - MARGIN_MS), to);
    const byDeployment = new Map<string, UsageSample[]>();
    for (const s of all)
      byDeployment.set(s.deploymentId, [...(byDeployment.get(s.deploymentId) ?? []), s]);
    const deployments: { usage: DeploymentUsage; samples: UsageSample[] }[] = [];
    for (const samples of byDeployment.values()) {
      const last = samples.at(-1) as UsageSample;
      if (to.getTime() - last.at.getTime() > this.#maxStepMs) continue;
      const [usage] = computeUsage(samples, {
        from,
        to,
        maxStepMs: this.#maxStepMs,
        book,
        compareWith: DEFAULT_COMPARISON,
      });
      if (usage) deployments.push({ usage, samples: samples.filter((x) => x.at >= from) });
    }
    return { seconds: minutes * 60, deployments };
  }

  async #bookFor(api: string, at: Date): Promise<{ book: PriceBook; api: ApiPrice }> {
    const book = await this.book();
    const price = versionAt(book.apiSchedule(api), at);
    if (!price) {
      throw new CostsError(
        'API_PRICE_NOT_FOUND',
        `The price book has no API ${api}; it has ${book
          .apisAt(at)
          .map((a) => a.api)
          .join(', ')}.`,
      );
    }
    return { book, api: price };
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
    return this.#addVersion(
      actor,
      input.gpuProduct,
      (work) =>
        repo.addGpuPrice(work.tx, {
          gpuProduct: input.gpuProduct,
          capacity: input.capacity ?? 'ON_DEMAND',
          usdPerGpuHour: input.usdPerGpuHour,
          ...versionOrigin(actor, input, now),
        }),
      (saved) => ({
        action: 'cost.gpu_price.set',
        targetType: 'gpu_price',
        targetId: `${saved.gpuProduct}/${saved.capacity}`,
        details: { usdPerGpuHour: saved.usdPerGpuHour },
      }),
    );
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
    return this.#addVersion(
      actor,
      input.api,
      (work) =>
        repo.addApiPrice(work.tx, {
          api: input.api,
          displayName: input.displayName,
          usdPerMillionInput: input.usdPerMillionInput,
          usdPerMillionOutput: input.usdPerMillionOutput,
          ...versionOrigin(actor, input, now),
        }),
      (saved) => ({
        action: 'cost.api_price.set',
        targetType: 'api_price',
        targetId: saved.api,
        details: {
          displayName: saved.displayName,
          usdPerMillionInput: saved.usdPerMillionInput,
          usdPerMillionOutput: saved.usdPerMillionOutput,
        },
      }),
    );
  }

  /**
   * Adds a price version and its audit entry in one unit of work; a version of the same price
   * at the same moment is refused.
   */
  #addVersion<T extends { effectiveFrom: Date; source: string; sourceUrl: string | null }>(
    actor: Actor,
    what: string,
    add: (work: Work) => Promise<T | null>,
    entry: (saved: T) => AuditInput & { details: Record<string, unknown> },
  ): Promise<T> {
    return this.#units.run(async (work) => {
      const saved = await add(work);
      if (!saved) {
        throw new CostsError(
          'PRICE_VERSION_EXISTS',
          `A price of ${what} is already effective from that moment; choose another.`,
        );
      }
      const audit = entry(saved);
      await this.#audit.record(work, actor, {
        ...audit,
        details: {
          ...audit.details,
          effectiveFrom: saved.effectiveFrom.toISOString(),
          source: saved.source,
          sourceUrl: saved.sourceUrl,
        },
      });
      return saved;
    });
  }
}
