import type { Runtime } from '../../catalog/index.ts';
import {
  firstPresent,
  type HistogramSnapshot,
  histogram,
  type Scrape,
  total,
} from './prometheus-text.ts';

/**
 * Where the request figures came from: the series read, in words, and what is missing.
 * An analysis says this with its verdict, so "no failures counted" is never read as "no
 * failures".
 */
export interface CounterSources {
  /** The series the request count came from, or null when the runtime exposes none. */
  requests: string | null;
  /** The series failed (server-error) requests came from, or null when none counts them. */
  failures: string | null;
  /** What else the reader had to do or could not do, e.g. a fallback. */
  notes: string[];
}

/**
 * What Backline reads from a model server's /metrics, in common terms. Counters are
 * cumulative; null means the runtime does not report it.
 */
export interface ServerCounters {
  requests: number | null;
  /** Requests that failed on the server's side (5xx): what fails a release. */
  failures: number | null;
  /** Requests refused as the client's fault (4xx, TGI's validation errors): counted apart. */
  clientErrors?: number | null;
  generatedTokens: number | null;
  /** Prompt (prefill) tokens processed; absent from readers that do not count them. */
  promptTokens?: number | null;
  ttft: HistogramSnapshot | null;
  e2e: HistogramSnapshot | null;
  running: number | null;
  waiting: number | null;
  /** 0 to 1; with several engines in one pod, the fullest one's. */
  kvCacheUsage: number | null;
  sources?: CounterSources;
}

/** A status label as prometheus-fastapi-instrumentator writes it: "5xx" grouped, or "503". */
const statusClass = (l: Record<string, string>) => (l.status ?? l.code ?? '').charAt(0);
const is5xx = (l: Record<string, string>) => statusClass(l) === '5';
const is4xx = (l: Record<string, string>) => statusClass(l) === '4';

/** The highest value of a gauge over its label sets: data-parallel engines each report their own. */
function highest(s: Scrape, name: string): number | null {
  const values = (s.get(name) ?? []).map((x) => x.value).filter(Number.isFinite);
  return values.length ? Math.max(...values) : null;
}

function vllm(s: Scrape): ServerCounters {
  // vLLM's engine counters count finished requests only: a request that fails never reaches
  // them. Failures are in the API server's HTTP metrics (prometheus-fastapi-instrumentator).
  const http = total(s, 'http_requests_total');
  const engine = total(s, 'vllm:request_success_total');
  return {
    requests: http ?? engine,
    failures: http === null ? null : (total(s, 'http_requests_total', is5xx) ?? 0),
    clientErrors: http === null ? null : (total(s, 'http_requests_total', is4xx) ?? 0),
    generatedTokens: total(s, 'vllm:generation_tokens_total'),
    promptTokens: total(s, 'vllm:prompt_tokens_total'),
    ttft: histogram(s, 'vllm:time_to_first_token_seconds'),
    e2e: histogram(s, 'vllm:e2e_request_latency_seconds'),
    running: total(s, 'vllm:num_requests_running'),
    waiting: total(s, 'vllm:num_requests_waiting'),
    // Renamed in vLLM V1; one series per engine with data parallelism.
    kvCacheUsage: firstPresent(['vllm:kv_cache_usage_perc', 'vllm:gpu_cache_usage_perc'], (n) =>
      highest(s, n),
    ),
    sources:
      http !== null
        ? {
            requests: 'http_requests_total',
            failures: 'http_requests_total{status="5xx"}',
            notes: [],
          }
        : {
            requests: engine === null ? null : 'vllm:request_success_total',
            failures: null,
            notes: [
              'vLLM serves no http_requests_total (its HTTP metrics are off): its engine counters count no failed requests.',
            ],
          },
  };
}

function tgi(s: Scrape): ServerCounters {
  const requests = total(s, 'tgi_request_count');
  // Validation errors are the client's (a prompt too long, a bad parameter), answered 4xx.
  const client = (l: Record<string, string>) => l.err === 'validation';
  return {
    requests,
    failures: requests === null ? null : (total(s, 'tgi_request_failure', (l) => !client(l)) ?? 0),
    clientErrors: requests === null ? null : (total(s, 'tgi_request_failure', client) ?? 0),
    generatedTokens: histogram(s, 'tgi_request_generated_tokens')?.sum ?? null,
    promptTokens: histogram(s, 'tgi_request_input_length')?.sum ?? null,
    ttft: null,
    e2e: histogram(s, 'tgi_request_duration'),
    running: total(s, 'tgi_batch_current_size'),
    waiting: total(s, 'tgi_queue_size'),
    kvCacheUsage: null,
    sources: {
      requests: requests === null ? null : 'tgi_request_count',
      failures: requests === null ? null : 'tgi_request_failure{err!="validation"}',
      notes: [],
    },
  };
}

function llamaCpp(s: Scrape): ServerCounters {
  return {
    requests: null,
    failures: null,
    generatedTokens: total(s, 'llamacpp:tokens_predicted_total'),
    promptTokens: total(s, 'llamacpp:prompt_tokens_total'),
    ttft: null,
    e2e: null,
    running: total(s, 'llamacpp:requests_processing'),
    waiting: total(s, 'llamacpp:requests_deferred'),
    // Removed upstream; older builds still print it.
    kvCacheUsage: highest(s, 'llamacpp:kv_cache_usage_ratio'),
    sources: {
      requests: null,
      failures: null,
      notes: ['llama.cpp counts tokens, not requests or failed requests.'],
    },
  };
}

function sglang(s: Scrape): ServerCounters {
  const counted = firstPresent(['sglang:num_requests_total', 'sglang:num_requests'], (n) =>
    total(s, n) === null ? null : n,
  );
  const e2e = histogram(s, 'sglang:e2e_request_latency_seconds');
  return {
    requests: counted ? total(s, counted) : (e2e?.count ?? null),
    failures: null,
    generatedTokens: firstPresent(
      ['sglang:generation_tokens_total', 'sglang:generation_tokens'],
      (n) => total(s, n),
    ),
    promptTokens: firstPresent(['sglang:prompt_tokens_total', 'sglang:prompt_tokens'], (n) =>
      total(s, n),
    ),
    ttft: histogram(s, 'sglang:time_to_first_token_seconds'),
    e2e,
    running: total(s, 'sglang:num_running_reqs'),
    waiting: total(s, 'sglang:num_queue_reqs'),
    kvCacheUsage: highest(s, 'sglang:token_usage'),
    sources: {
      requests: counted ?? (e2e ? 'sglang:e2e_request_latency_seconds_count' : null),
      failures: null,
      notes: [
        ...(counted || !e2e
          ? []
          : [
              'This SGLang build serves no request counter; requests are counted from its end-to-end latency histogram.',
            ]),
        'SGLang counts no failed requests.',
      ],
    },
  };
}

const NO_COUNTERS: ServerCounters = {
  requests: null,
  failures: null,
  generatedTokens: null,
  ttft: null,
  e2e: null,
  running: null,
  waiting: null,
  kvCacheUsage: null,
  sources: { requests: null, failures: null, notes: ['Ollama serves no metrics.'] },
};

export function readCounters(runtime: Runtime, s: Scrape): ServerCounters {
  switch (runtime) {
    case 'VLLM':
      return vllm(s);
    case 'TGI':
      return tgi(s);
    case 'LLAMA_CPP':
      return llamaCpp(s);
    case 'SGLANG':
      return sglang(s);
    case 'OLLAMA':
      // Ollama serves no /metrics; its health comes from the API and the synthetic check.
      return NO_COUNTERS;
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
  /** Requests in the window, where the source counts them exactly. */
  requests?: number | null;
  /** Share of the requests that failed on the server's side; client errors are not failures. */
  errorRatio: number | null;
  /** Requests refused as the client's fault in the window. */
  clientErrors?: number | null;
  ttftP50: number | null;
  ttftP95: number | null;
  e2eP95: number | null;
  tokensPerSecond: number | null;
  queueDepth: number | null;
  running: number | null;
  kvCacheUsage: number | null;
  /** Where the request figures came from. */
  sources?: CounterSources;
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
  const clientErrors = delta(before.clientErrors ?? null, after.clientErrors ?? null);
  return {
    seconds,
    requestRate: requests === null ? null : requests / seconds,
    requests,
    errorRatio: requests && failures !== null ? Math.min(1, failures / requests) : null,
    clientErrors,
    ttftP50: quantileBetween(before.ttft, after.ttft, 0.5),
    ttftP95: quantileBetween(before.ttft, after.ttft, 0.95),
    e2eP95: quantileBetween(before.e2e, after.e2e, 0.95),
    tokensPerSecond: tokens === null ? null : tokens / seconds,
    queueDepth: after.waiting,
    running: after.running,
    kvCacheUsage: after.kvCacheUsage,
    ...(after.sources ? { sources: after.sources } : {}),
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
    clientErrors: add((c) => c.clientErrors ?? null),
    generatedTokens: add((c) => c.generatedTokens),
    promptTokens: add((c) => c.promptTokens ?? null),
    ttft: mergeHist((c) => c.ttft),
    e2e: mergeHist((c) => c.e2e),
    running: add((c) => c.running),
    waiting: add((c) => c.waiting),
    kvCacheUsage: usage.length ? Math.max(...usage) : null,
    ...(list[0]?.sources ? { sources: list[0].sources } : {}),
  };
}
