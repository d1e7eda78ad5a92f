import type { CostFigures, GpuPrice, PodReading, UsageSample } from './costs.types.ts';
import { type PriceBook, versionAt } from './price-book.ts';

const DAY_MS = 86_400_000;

export interface UsageOptions {
  /** The range, from inclusive to exclusive. */
  from: Date;
  to: Date;
  /**
   * Consecutive samples further apart than this are a gap (Backline was stopped, or no replica
   * led): pods seen on both sides are counted across it, pods seen on one side only are not.
   */
  maxStepMs: number;
  book: PriceBook;
  /** The closed API the tokens are priced at. */
  compareWith: string;
}

/** One deployment's figures over the range, in total and per UTC day. */
export interface DeploymentUsage {
  deploymentId: string;
  namespace: string;
  name: string;
  environment: string;
  total: CostFigures;
  days: Map<string, CostFigures>;
}

export function emptyFigures(): CostFigures {
  return {
    gpuSeconds: 0,
    busyGpuSeconds: 0,
    usedGpuSeconds: 0,
    unpricedGpuSeconds: 0,
    costUsd: 0,
    promptTokens: 0,
    generationTokens: 0,
    apiCostUsd: 0,
    usedDefaultPrices: false,
    gpuProducts: [],
  };
}

/** Adds `b` into `a`. */
export function addFigures(a: CostFigures, b: CostFigures): CostFigures {
  a.gpuSeconds += b.gpuSeconds;
  a.busyGpuSeconds += b.busyGpuSeconds;
  a.usedGpuSeconds += b.usedGpuSeconds;
  a.unpricedGpuSeconds += b.unpricedGpuSeconds;
  a.costUsd += b.costUsd;
  a.promptTokens += b.promptTokens;
  a.generationTokens += b.generationTokens;
  a.apiCostUsd += b.apiCostUsd;
  a.usedDefaultPrices ||= b.usedDefaultPrices;
  a.gpuProducts = [...new Set([...a.gpuProducts, ...b.gpuProducts])].sort();
  return a;
}

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * What a cumulative counter counted since the last reading. A drop is a restart of the server,
 * whose counter starts again from zero: the new value is what it counted since. Without an
 * earlier reading, the value counts only for a pod known to have started within the samples
 * (its counter began at zero under watch); otherwise it is the baseline.
 */
export function counterDelta(
  previous: number | undefined,
  value: number,
  startedUnderWatch: boolean,
): number {
  if (previous === undefined) return startedUnderWatch ? value : 0;
  return value < previous ? value : value - previous;
}

/**
 * How full a pod's engine was at a sample, 0 to 1: the fuller of its batch slots (requests
 * running over the most it runs at once) and its KV cache, as far as it reports them; null when
 * it reports neither, and the busy rule applies instead.
 */
export function occupancyOf(r: PodReading): number | null {
  const parts: number[] = [];
  if (r.running !== null && r.maxRunning != null && r.maxRunning > 0)
    parts.push(Math.min(1, Math.max(0, r.running / r.maxRunning)));
  if (r.kvCacheUsage != null && Number.isFinite(r.kvCacheUsage))
    parts.push(Math.min(1, Math.max(0, r.kvCacheUsage)));
  return parts.length ? Math.max(...parts) : null;
}

/**
 * The occupancy of a stretch between two readings of a pod (either may be absent): the mean
 * of the readings' occupancies, the one there is, or 1 if busy and 0 if not when neither says.
 */
export function stretchOccupancy(
  a: PodReading | undefined,
  b: PodReading | undefined,
  busy: boolean,
): number {
  const oa = a ? occupancyOf(a) : null;
  const ob = b ? occupancyOf(b) : null;
  if (oa !== null && ob !== null) return (oa + ob) / 2;
  return oa ?? ob ?? (busy ? 1 : 0);
}

const podKey = (r: PodReading) => `${r.pod}@${r.createdAt ?? ''}`;

interface TokenDelta {
  prompt: number;
  generation: number;
}

/** Each sample's pods by key (name and creation time). */
function podsByKey(samples: readonly UsageSample[]): Map<string, PodReading>[] {
  return samples.map((s) => new Map(s.pods.map((r) => [podKey(r), r])));
}

/**
 * The tokens each pod served up to each sample, with counter resets handled: for sample i, a
 * map from pod to what its counters added since its previous reading.
 */
function tokenDeltas(
  samples: readonly UsageSample[],
  pods: readonly Map<string, PodReading>[],
): Map<string, TokenDelta>[] {
  const first = samples[0]?.at.getTime() ?? 0;
  const lastPrompt = new Map<string, number>();
  const lastGeneration = new Map<string, number>();
  return pods.map((byKey) => {
    const out = new Map<string, TokenDelta>();
    for (const [key, r] of byKey) {
      const underWatch = () => r.createdAt !== null && Date.parse(r.createdAt) >= first;
      const d: TokenDelta = { prompt: 0, generation: 0 };
      if (r.promptTokens !== null) {
        const previous = lastPrompt.get(key);
        d.prompt = counterDelta(previous, r.promptTokens, previous === undefined && underWatch());
        lastPrompt.set(key, r.promptTokens);
      }
      if (r.generationTokens !== null) {
        const previous = lastGeneration.get(key);
        d.generation = counterDelta(
          previous,
          r.generationTokens,
          previous === undefined && underWatch(),
        );
        lastGeneration.set(key, r.generationTokens);
      }
      if (d.prompt || d.generation) out.set(key, d);
    }
    return out;
  });
}

/** [start, end, version] pieces of [start, end) under a price schedule's versions. */
function pricePieces<T extends { effectiveFrom: Date }>(
  schedule: readonly T[],
  start: number,
  end: number,
): [number, number, T | null][] {
  if (schedule.length <= 1) return [[start, end, schedule[0] ?? null]];
  const pieces: [number, number, T | null][] = [];
  let t = start;
  for (const v of schedule) {
    const at = v.effectiveFrom.getTime();
    if (at <= t) continue;
    if (at >= end) break;
    pieces.push([t, at, versionAt(schedule, new Date(t))]);
    t = at;
  }
  pieces.push([t, end, versionAt(schedule, new Date(t))]);
  return pieces;
}

/**
 * GPU-seconds, busy GPU-seconds, cost, tokens and what the tokens would have cost on the
 * compared API, of each deployment in `samples` (any order), within the range. See
 * docs/costs.md for every rule with a worked example.
 */
export function computeUsage(
  samples: readonly UsageSample[],
  options: UsageOptions,
): DeploymentUsage[] {
  const byDeployment = new Map<string, UsageSample[]>();
  for (const s of samples) {
    const list = byDeployment.get(s.deploymentId);
    if (list) list.push(s);
    else byDeployment.set(s.deploymentId, [s]);
  }
  return [...byDeployment.values()].map((list) =>
    deploymentUsage(
      [...list].sort((a, b) => a.at.getTime() - b.at.getTime()),
      options,
    ),
  );
}

function deploymentUsage(samples: UsageSample[], o: UsageOptions): DeploymentUsage {
  const last = samples.at(-1) as UsageSample;
  const from = o.from.getTime();
  const to = o.to.getTime();
  // By UTC day number while summing; by date once done.
  const byDay = new Map<number, CostFigures>();
  const day = (ms: number) => {
    const n = Math.floor(ms / DAY_MS);
    let f = byDay.get(n);
    if (!f) {
      f = emptyFigures();
      byDay.set(n, f);
    }
    return f;
  };
  const api = o.book.apiSchedule(o.compareWith);
  const pods = podsByKey(samples);
  const deltas = tokenDeltas(samples, pods);
  const schedules = new Map<string, readonly GpuPrice[]>();
  const scheduleOf = (r: PodReading) => {
    const key = `${r.product}\u0000${r.capacity}`;
    let found = schedules.get(key);
    if (!found) {
      found = o.book.gpuSchedule(r.product, r.capacity);
      schedules.set(key, found);
    }
    return found;
  };

  // Tokens, at the time of the sample that counted them.
  samples.forEach((s, i) => {
    const at = s.at.getTime();
    if (at < from || at >= to) return;
    const price = versionAt(api, s.at);
    const f = day(at);
    for (const d of deltas[i]?.values() ?? []) {
      f.promptTokens += d.prompt;
      f.generationTokens += d.generation;
      if (price) {
        f.apiCostUsd +=
          (d.prompt * price.usdPerMillionInput + d.generation * price.usdPerMillionOutput) / 1e6;
        f.usedDefaultPrices ||= price.isDefault && d.prompt + d.generation > 0;
      }
    }
  });

  // GPU time, between each sample and the next.
  const allocate = (
    r: PodReading,
    start: number,
    end: number,
    busy: boolean,
    occupancy: number,
  ) => {
    const s0 = Math.max(start, from);
    const e0 = Math.min(end, to);
    if (e0 <= s0) return;
    const schedule = scheduleOf(r);
    for (let t = s0; t < e0; ) {
      const dayEnd = Math.min(e0, (Math.floor(t / DAY_MS) + 1) * DAY_MS);
      const f = day(t);
      if (r.gpus > 0 && !f.gpuProducts.includes(r.product ?? 'unknown'))
        f.gpuProducts = [...f.gpuProducts, r.product ?? 'unknown'].sort();
      for (const [a, b, price] of pricePieces(schedule, t, dayEnd)) {
        const gpuSeconds = (r.gpus * (b - a)) / 1000;
        f.gpuSeconds += gpuSeconds;
        if (busy) f.busyGpuSeconds += gpuSeconds;
        f.usedGpuSeconds += gpuSeconds * occupancy;
        if (!price) {
          f.unpricedGpuSeconds += gpuSeconds;
          continue;
        }
        f.costUsd += (gpuSeconds * price.usdPerGpuHour) / 3600;
        f.usedDefaultPrices ||= price.isDefault && gpuSeconds > 0;
      }
      t = dayEnd;
    }
  };
  const served = (d: TokenDelta | undefined) => d !== undefined && d.prompt + d.generation > 0;
  const inFlight = (r: PodReading | undefined) => (r?.running ?? 0) > 0;
  for (let i = 0; i + 1 < samples.length; i++) {
    const a = samples[i] as UsageSample;
    const b = samples[i + 1] as UsageSample;
    const start = a.at.getTime();
    const end = b.at.getTime();
    const gap = end - start > o.maxStepMs;
    const before = pods[i] as Map<string, PodReading>;
    const after = pods[i + 1] as Map<string, PodReading>;
    const counted = deltas[i + 1];
    for (const [key, r] of before) {
      const later = after.get(key);
      if (later) {
        const busy = inFlight(r) || inFlight(later) || served(counted?.get(key));
        allocate(r, start, end, busy, stretchOccupancy(r, later, busy));
      } else if (!gap) {
        const busy = inFlight(r);
        allocate(r, start, end, busy, stretchOccupancy(r, undefined, busy));
      }
    }
    for (const [key, r] of after) {
      if (before.has(key) || r.createdAt === null) continue;
      const created = Date.parse(r.createdAt);
      const busy = inFlight(r) || served(counted?.get(key));
      allocate(r, Math.max(start, created), end, busy, stretchOccupancy(undefined, r, busy));
    }
  }

  const total = emptyFigures();
  const days = new Map<string, CostFigures>();
  for (const [n, f] of byDay) {
    addFigures(total, f);
    days.set(dayOf(n * DAY_MS), f);
  }
  return {
    deploymentId: last.deploymentId,
    namespace: last.namespace,
    name: last.name,
    environment: last.environment,
    total,
    days,
  };
}
