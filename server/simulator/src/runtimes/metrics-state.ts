/** The counters, gauges and histograms a simulated model server keeps, independent of format. */

export class Histogram {
  readonly buckets: readonly number[];
  readonly counts: number[];
  sum = 0;
  count = 0;

  constructor(buckets: readonly number[]) {
    this.buckets = buckets;
    this.counts = buckets.map(() => 0);
  }

  observe(value: number, weight = 1): void {
    this.sum += value * weight;
    this.count += weight;
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= (this.buckets[i] ?? Number.POSITIVE_INFINITY))
        this.counts[i] = (this.counts[i] ?? 0) + weight;
    }
  }
}

export const LATENCY_BUCKETS = [
  0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0,
  40.0, 80.0, 160.0, 640.0, 2560.0,
];
export const TPOT_BUCKETS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0,
  40.0, 80.0,
];
export const E2E_BUCKETS = [
  0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0, 120.0, 240.0,
  480.0, 960.0, 1920.0, 7680.0,
];
export const TOKEN_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

export interface RequestSample {
  promptTokens: number;
  generationTokens: number;
  ttft: number;
  tpot: number;
  queue: number;
  ok: boolean;
  finishReason: 'stop' | 'length';
}

export class ServerMetrics {
  readonly startedAt: number;
  success: Record<'stop' | 'length' | 'abort', number> = { stop: 0, length: 0, abort: 0 };
  failures = 0;
  promptTokens = 0;
  generationTokens = 0;
  preemptions = 0;
  prefixQueries = 0;
  prefixHits = 0;
  running = 0;
  waiting = 0;
  kvUsage = 0;
  readonly ttft = new Histogram(LATENCY_BUCKETS);
  readonly tpot = new Histogram(TPOT_BUCKETS);
  readonly e2e = new Histogram(E2E_BUCKETS);
  readonly queue = new Histogram(E2E_BUCKETS);
  readonly inference = new Histogram(E2E_BUCKETS);
  readonly promptLen = new Histogram(TOKEN_BUCKETS);
  readonly genLen = new Histogram(TOKEN_BUCKETS);
  /** Throughput over the last tick, for the llama.cpp and SGLang gauges. */
  promptTps = 0;
  genTps = 0;
  /**
   * Answers by handler, method and status class ("2xx", "4xx", "5xx"), as vLLM's API server
   * counts them (prometheus-fastapi-instrumentator): the only place vLLM counts failures.
   */
  readonly http = new Map<
    string,
    { handler: string; method: string; status: string; count: number }
  >();

  constructor(startedAt: number) {
    this.startedAt = startedAt;
  }

  record(sample: RequestSample, weight = 1): void {
    if (!sample.ok) {
      this.failures += weight;
      return;
    }
    this.success[sample.finishReason] += weight;
    this.promptTokens += sample.promptTokens * weight;
    this.generationTokens += sample.generationTokens * weight;
    this.prefixQueries += sample.promptTokens * weight;
    this.prefixHits += Math.round(sample.promptTokens * 0.3) * weight;
    const e2e = sample.queue + sample.ttft + sample.tpot * sample.generationTokens;
    this.ttft.observe(sample.ttft, weight);
    this.tpot.observe(sample.tpot, weight * Math.max(1, sample.generationTokens - 1));
    this.e2e.observe(e2e, weight);
    this.queue.observe(sample.queue, weight);
    this.inference.observe(e2e - sample.queue, weight);
    this.promptLen.observe(sample.promptTokens, weight);
    this.genLen.observe(sample.generationTokens, weight);
  }

  /** One answer (or `weight` of them) of the HTTP API. */
  countHttp(handler: string, method: string, status: number, weight = 1): void {
    const cls = `${Math.floor(status / 100)}xx`;
    const key = `${handler} ${method} ${cls}`;
    const entry = this.http.get(key) ?? { handler, method, status: cls, count: 0 };
    entry.count += weight;
    this.http.set(key, entry);
  }

  get totalRequests(): number {
    return this.success.stop + this.success.length + this.success.abort + this.failures;
  }
}

/** A small deterministic PRNG so every run of a scenario produces the same traffic shape. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  next(): number {
    this.state ^= this.state << 13;
    this.state >>>= 0;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5;
    this.state >>>= 0;
    return this.state / 4294967296;
  }

  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
}
