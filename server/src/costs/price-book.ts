import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  ANY_GPU,
  type ApiPrice,
  GPU_CAPACITIES,
  type GpuCapacity,
  type GpuPrice,
} from './costs.types.ts';

const DEFAULTS_FILE = new URL('./default-prices.json', import.meta.url);

const origin = {
  source: z.string().min(1),
  sourceUrl: z.url(),
  readOn: z.iso.date(),
};
const defaultsSchema = z.object({
  gpus: z.array(
    z.object({
      gpuProduct: z.string().min(1),
      capacity: z.enum(GPU_CAPACITIES),
      usdPerGpuHour: z.number().nonnegative(),
      ...origin,
    }),
  ),
  apis: z.array(
    z.object({
      api: z.string().min(1),
      displayName: z.string().min(1),
      usdPerMillionInput: z.number().nonnegative(),
      usdPerMillionOutput: z.number().nonnegative(),
      ...origin,
    }),
  ),
});

/** The shipped defaults, each effective from the day it was read at its source. */
export function defaultPrices(): { gpus: GpuPrice[]; apis: ApiPrice[] } {
  const data = defaultsSchema.parse(JSON.parse(readFileSync(DEFAULTS_FILE, 'utf8')));
  const common = (d: { source: string; sourceUrl: string; readOn: string }) => ({
    id: null,
    effectiveFrom: new Date(`${d.readOn}T00:00:00Z`),
    isDefault: true,
    source: d.source,
    sourceUrl: d.sourceUrl,
    readOn: d.readOn,
    setBy: null,
    setAt: null,
  });
  return {
    gpus: data.gpus.map((g) => ({
      ...common(g),
      gpuProduct: g.gpuProduct,
      capacity: g.capacity,
      usdPerGpuHour: g.usdPerGpuHour,
    })),
    apis: data.apis.map((a) => ({
      ...common(a),
      api: a.api,
      displayName: a.displayName,
      usdPerMillionInput: a.usdPerMillionInput,
      usdPerMillionOutput: a.usdPerMillionOutput,
    })),
  };
}

const byEffective = <T extends { effectiveFrom: Date }>(a: T, b: T) =>
  a.effectiveFrom.getTime() - b.effectiveFrom.getTime();

function group<T extends { effectiveFrom: Date }>(
  items: readonly T[],
  key: (t: T) => string,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  for (const list of out.values()) list.sort(byEffective);
  return out;
}

/**
 * The version in force at `at`: the last one effective by then. Before the first version, the
 * first applies, so a price entered today also prices the days before it.
 */
export function versionAt<T extends { effectiveFrom: Date }>(
  schedule: readonly T[],
  at: Date,
): T | null {
  let found: T | null = schedule[0] ?? null;
  for (const v of schedule) {
    if (v.effectiveFrom.getTime() <= at.getTime()) found = v;
    else break;
  }
  return found;
}

const gpuKey = (product: string, capacity: GpuCapacity) => `${product}\u0000${capacity}`;

/**
 * Every price version by what it prices: the defaults of what no admin has priced, and every
 * version admins set.
 */
export class PriceBook {
  readonly #gpus: Map<string, GpuPrice[]>;
  readonly #apis: Map<string, ApiPrice[]>;

  constructor(prices: { gpus: readonly GpuPrice[]; apis: readonly ApiPrice[] }) {
    this.#gpus = group(
      withoutReplacedDefaults(prices.gpus, (g) => gpuKey(g.gpuProduct, g.capacity)),
      (g) => gpuKey(g.gpuProduct, g.capacity),
    );
    this.#apis = group(
      withoutReplacedDefaults(prices.apis, (a) => a.api),
      (a) => a.api,
    );
  }

  /**
   * The versions that price a GPU of this product and capacity: its own; for spot without a
   * spot price, the on-demand one; for a product without any, the '*' prices; else none.
   */
  gpuSchedule(product: string | null, capacity: GpuCapacity): readonly GpuPrice[] {
    const candidates: [string, GpuCapacity][] = [
      ...(product
        ? ([
            [product, capacity],
            [product, 'ON_DEMAND'],
          ] as [string, GpuCapacity][])
        : []),
      [ANY_GPU, capacity],
      [ANY_GPU, 'ON_DEMAND'],
    ];
    for (const [p, c] of candidates) {
      const found = this.#gpus.get(gpuKey(p, c));
      if (found?.length) return found;
    }
    return [];
  }

  apiSchedule(api: string): readonly ApiPrice[] {
    return this.#apis.get(api) ?? [];
  }

  /** The price of each product and capacity in force at `at`. */
  gpusAt(at: Date): GpuPrice[] {
    return [...this.#gpus.values()]
      .map((s) => versionAt(s, at) as GpuPrice)
      .sort(
        (a, b) => a.gpuProduct.localeCompare(b.gpuProduct) || a.capacity.localeCompare(b.capacity),
      );
  }

  apisAt(at: Date): ApiPrice[] {
    return [...this.#apis.values()]
      .map((s) => versionAt(s, at) as ApiPrice)
      .sort((a, b) => a.api.localeCompare(b.api));
  }

  /** Every version, newest first. */
  gpuHistory(): GpuPrice[] {
    return [...this.#gpus.values()].flat().sort((a, b) => byEffective(b, a));
  }

  apiHistory(): ApiPrice[] {
    return [...this.#apis.values()].flat().sort((a, b) => byEffective(b, a));
  }
}

/**
 * The defaults are placeholders: once an admin has set a price of something, its defaults no
 * longer apply, before or after that price's date.
 */
function withoutReplacedDefaults<T extends { isDefault: boolean }>(
  items: readonly T[],
  key: (t: T) => string,
): T[] {
  const set = new Set(items.filter((i) => !i.isDefault).map(key));
  return items.filter((i) => !i.isDefault || !set.has(key(i)));
}
