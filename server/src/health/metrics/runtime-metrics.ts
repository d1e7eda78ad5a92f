import type { Runtime } from '../../catalog/index.ts';
import {
  firstPresent,
  type HistogramSnapshot,
  histogram,
  type Scrape,
  total,
} from './prometheus-text.ts';

/**
 * What Backline reads from a model server's /metrics, in common terms. Counters are
 * cumulative; null means the runtime does not report it.
 */
export interface ServerCounters {
  requests: number | null;
  failures: number | null;
  generatedTokens: number | null;
  ttft: HistogramSnapshot | null;
  e2e: HistogramSnapshot | null;
  running: number | null;
  waiting: number | null;
  /** 0 to 1. */
  kvCacheUsage: number | null;
}

const is5xx = (l: Record<string, string>) => /^5/.test(l.status ?? l.code ?? '');

export function readCounters(runtime: Runtime, s: Scrape): ServerCounters {
  switch (runtime) {
    case 'VLLM': {
      // vLLM has no error counter of its own; the HTTP instrumentation, when present,
      // counts 5xx answers, and aborted requests are the engine's failures.
      const http = total(s, 'http_requests_total');
      const engine = total(s, 'vllm:request_success_total');
      const httpFailures = total(s, 'http_requests_total', is5xx);
      return {
        requests: http ?? engine,
        failures:
          http !== null
            ? (httpFailures ?? 0)
            : engine === null
              ? null
              : // A label set the client never saw is not printed: no abort series means none.
                (total(s, 'vllm:request_success_total', (l) => l.finished_reason === 'abort') ?? 0),
        generatedTokens: total(s, 'vllm:generation_tokens_total'),
        ttft: histogram(s, 'vllm:time_to_first_token_seconds'),
        e2e: histogram(s, 'vllm:e2e_request_latency_seconds'),
        running: total(s, 'vllm:num_requests_running'),
        waiting: total(s, 'vllm:num_requests_waiting'),
        // Renamed in vLLM V1.
        kvCacheUsage: firstPresent(['vllm:kv_cache_usage_perc', 'vllm:gpu_cache_usage_perc'], (n) =>
          total(s, n),
        ),
      };
    }
    case 'TGI':
      return {
        requests: total(s, 'tgi_request_count'),
        failures:
          total(s, 'tgi_request_failure') ?? (total(s, 'tgi_request_count') === null ? null : 0),
        generatedTokens: histogram(s, 'tgi_request_generated_tokens')?.sum ?? null,
        ttft: null,
        e2e: histogram(s, 'tgi_request_duration'),
        running: total(s, 'tgi_batch_current_size'),
        waiting: total(s, 'tgi_queue_size'),
        kvCacheUsage: null,
      };
    case 'LLAMA_CPP':
      return {
        requests: null,
        failures: null,
        generatedTokens: total(s, 'llamacpp:tokens_predicted_total'),
        ttft: null,
        e2e: null,
        running: total(s, 'llamacpp:requests_processing'),
        waiting: total(s, 'llamacpp:requests_deferred'),
        kvCacheUsage: total(s, 'llamacpp:kv_cache_usage_ratio'),
      };
    case 'SGLANG':
      return {
        requests: firstPresent(['sglang:num_requests_total', 'sglang:num_requests'], (n) =>
          total(s, n),
        ),
        failures: null,
        generatedTokens: firstPresent(
          ['sglang:generation_tokens_total', 'sglang:generation_tokens'],
          (n) => total(s, n),
        ),
        ttft: histogram(s, 'sglang:time_to_first_token_seconds'),
        e2e: histogram(s, 'sglang:e2e_request_latency_seconds'),
        running: total(s, 'sglang:num_running_reqs'),
        waiting: total(s, 'sglang:num_queue_reqs'),
        kvCacheUsage: total(s, 'sglang:token_usage'),
      };
    case 'OLLAMA':
      // Ollama serves no /metrics; its health comes from the API and the synthetic check.
      return {
        requests: null,
        failures: null,
        generatedTokens: null,
        ttft: null,
        e2e: null,
        running: null,
        waiting: null,
        kvCacheUsage: null,
      };
  }
}

/** The q-quantile of the observations between two snapshots, interpolated within buckets as PromQL does. */
export function quantileBetween(
  before: HistogramSnapshot | null,
  after: HistogramSnapshot | null,
  q: number,
): number | null {
  if (!after) return null;
  const deltas = after.buckets.map((b) => ({
    le: b.le,
    count: b.count - (before?.buckets.find((x) => x.le === b.le)?.count ?? 0),
  }));
  const count = deltas.at(-1)?.count ?? 0;
  if (count <= 0) return null;
  const rank = q * count;
  let previousLe = 0;
  let previousCount = 0;
  for (const bucket of deltas) {
    if (bucket.count >= rank) {
      if (!Number.isFinite(bucket.le)) return previousLe;
      const inBucket = bucket.count - previousCount;
      return inBucket <= 0
        ? bucket.le
        : previousLe + ((bucket.le - previousLe) * (rank - previousCount)) / inBucket;
    }
    previousLe = bucket.le;
    previousCount = bucket.count;
  }
  return previousLe;
}

/** Rates and percentiles over the window between two scrapes. Null is "no data", never a failure. */
export interface MetricsWindow {
  seconds: number;
  requestRate: number | null;
  errorRatio: number | null;
  ttftP50: number | null;
  ttftP95: number | null;
  e2eP95: number | null;
  tokensPerSecond: number | null;
  queueDepth: number | null;
  running: number | null;
  kvCacheUsage: number | null;
}

function delta(before: number | null, after: number | null): number | null {
  if (after === null) return null;
  // A restarted server starts its counters again.
  return before === null || after < before ? after : after - before;
}

export function windowBetween(
  before: ServerCounters,
  after: ServerCounters,
  seconds: number,
): MetricsWindow {
  const requests = delta(before.requests, after.requests);
  const failures = delta(before.failures, after.failures);
  const tokens = delta(before.generatedTokens, after.generatedTokens);
  return {
    seconds,
    requestRate: requests === null ? null : requests / seconds,
    errorRatio: requests && failures !== null ? Math.min(1, failures / requests) : null,
    ttftP50: quantileBetween(before.ttft, after.ttft, 0.5),
    ttftP95: quantileBetween(before.ttft, after.ttft, 0.95),
    e2eP95: quantileBetween(before.e2e, after.e2e, 0.95),
    tokensPerSecond: tokens === null ? null : tokens / seconds,
    queueDepth: after.waiting,
    running: after.running,
    kvCacheUsage: after.kvCacheUsage,
  };
}

/** Counters of several servers as one: sums, merged histograms, the highest KV-cache use. */
export function sumCounters(list: ServerCounters[]): ServerCounters | null {
  if (!list.length) return null;
  const add = (f: (c: ServerCounters) => number | null) =>
    list.some((c) => f(c) !== null) ? list.reduce((n, c) => n + (f(c) ?? 0), 0) : null;
  const mergeHist = (f: (c: ServerCounters) => ServerCounters['ttft']) => {
    const present = list.map(f).filter((h) => h !== null);
    if (!present.length) return null;
    const byLe = new Map<number, number>();
    for (const h of present)
      for (const b of h.buckets) byLe.set(b.le, (byLe.get(b.le) ?? 0) + b.count);
    return {
      buckets: [...byLe.entries()].sort(([a], [b]) => a - b).map(([le, count]) => ({ le, count })),
      count: present.reduce((n, h) => n + h.count, 0),
      sum: present.reduce((n, h) => n + h.sum, 0),
    };
  };
  const usage = list.map((c) => c.kvCacheUsage).filter((v) => v !== null);
  return {
    requests: add((c) => c.requests),
    failures: add((c) => c.failures),
    generatedTokens: add((c) => c.generatedTokens),
    ttft: mergeHist((c) => c.ttft),
    e2e: mergeHist((c) => c.e2e),
    running: add((c) => c.running),
    waiting: add((c) => c.waiting),
    kvCacheUsage: usage.length ? Math.max(...usage) : null,
  };
}
