/** Where a pod's GPUs come from: a spot (preemptible) node or an on-demand one. */
export const GPU_CAPACITIES = ['ON_DEMAND', 'SPOT'] as const;
export type GpuCapacity = (typeof GPU_CAPACITIES)[number];

/** The product key that prices GPUs of a product without a price of its own. */
export const ANY_GPU = '*';

/** Where a price came from: the shipped defaults, or an admin. */
interface PriceOrigin {
  /** Null for a shipped default. */
  id: string | null;
  /** From this moment until the next version of the same price. */
  effectiveFrom: Date;
  /** A shipped default rather than a price an admin set. */
  isDefault: boolean;
  /** Where the figure was read, in words. */
  source: string;
  sourceUrl: string | null;
  /** The day a default was read at its source (YYYY-MM-DD); null for an admin's price. */
  readOn: string | null;
  setBy: string | null;
  setAt: Date | null;
}

/** What one GPU of a product costs per hour. */
export interface GpuPrice extends PriceOrigin {
  gpuProduct: string;
  capacity: GpuCapacity;
  usdPerGpuHour: number;
}

/** A closed API's list price per million tokens. */
export interface ApiPrice extends PriceOrigin {
  /** A stable key, e.g. openai/gpt-4o. */
  api: string;
  displayName: string;
  usdPerMillionInput: number;
  usdPerMillionOutput: number;
}

/** One pod as the leader saw it at a sample. */
export interface PodReading {
  pod: string;
  /** Pod creation time (ISO); with the name, it tells a pod from a later one of the same name. */
  createdAt: string | null;
  gpus: number;
  /** The GPU product of its node selector, or the release's; null when unknown. */
  product: string | null;
  capacity: GpuCapacity;
  /** The engine's cumulative counters; null when not read (not ready, no metrics). */
  promptTokens: number | null;
  generationTokens: number | null;
  /** Requests in flight at the sample; null when not read. */
  running: number | null;
  /**
   * The most requests the engine runs at once, from its flag (vLLM `--max-num-seqs`, TGI
   * `--max-concurrent-requests`, llama.cpp `--parallel`, SGLang `--max-running-requests`); null
   * when the flag is not set (the engine's default depends on the GPU) or not known. Absent
   * from samples stored before it was read.
   */
  maxRunning?: number | null;
  /** KV-cache usage at the sample, 0 to 1; null when the runtime does not report it. */
  kvCacheUsage?: number | null;
}

/** What the leader saw of one deployment at one moment. */
export interface UsageSample {
  deploymentId: string;
  at: Date;
  namespace: string;
  name: string;
  environment: string;
  /** The pods holding GPUs: scheduled on a node and not finished. */
  pods: PodReading[];
}

/** Sums over a range, for a deployment, an environment or everything. */
export interface CostFigures {
  gpuSeconds: number;
  /** GPU-seconds of pods that served (tokens counted or requests in flight). */
  busyGpuSeconds: number;
  /**
   * GPU-seconds weighted by the engine's occupancy (the fuller of its batch slots and its KV
   * cache), or the busy rule where the runtime reports neither: see docs/costs.md.
   */
  usedGpuSeconds: number;
  /** GPU-seconds with no price in the book (an unknown product and no '*' price). */
  unpricedGpuSeconds: number;
  costUsd: number;
  promptTokens: number;
  generationTokens: number;
  /** What the same tokens would have cost on the compared API. */
  apiCostUsd: number;
  /** Whether a shipped default price went into `costUsd` or `apiCostUsd`. */
  usedDefaultPrices: boolean;
  gpuProducts: string[];
}

/** The figures with what follows from them, over a stretch of `seconds`. */
export interface CostView {
  gpuHours: number;
  busyGpuHours: number;
  idleGpuHours: number;
  /** GPU-hours weighted by occupancy. */
  usedGpuHours: number;
  unpricedGpuHours: number;
  /** Used GPU time over allocated GPU time; null without GPU time. */
  utilisation: number | null;
  promptTokens: number;
  generationTokens: number;
  tokens: number;
  costUsd: number;
  costPerDayUsd: number;
  /** Null without tokens. */
  costPerMillionTokensUsd: number | null;
  apiCostUsd: number;
  /** What the API would have cost minus what the GPUs cost; negative is a loss. */
  savingUsd: number;
  usedDefaultPrices: boolean;
  gpuProducts: string[];
}

/** Figures of one UTC day. */
export interface CostDay {
  /** YYYY-MM-DD (UTC). */
  date: string;
  figures: CostView;
}

export interface CostLine {
  /** namespace/name, or the environment. */
  key: string;
  namespace: string | null;
  name: string | null;
  environment: string;
  figures: CostView;
  days: CostDay[];
}

export const COST_GROUPS = ['DEPLOYMENT', 'ENVIRONMENT'] as const;
export type CostGroupBy = (typeof COST_GROUPS)[number];

export interface CostReport {
  from: Date;
  to: Date;
  compareWith: ApiPrice;
  groupBy: CostGroupBy;
  lines: CostLine[];
  total: CostView;
  days: CostDay[];
}
