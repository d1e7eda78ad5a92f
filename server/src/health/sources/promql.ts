import type { Runtime } from '../../catalog/index.ts';
import type { MetricsWindow, ServerCounters } from './runtime-metrics.ts';

/**
 * Reads a deployment's figures from an existing Prometheus server by PromQL, instead of
 * scraping each pod's /metrics. The series are selected by the `namespace` and `pod` labels
 * that Kubernetes service discovery (and the Prometheus operator's PodMonitors) attach.
 */
export interface PrometheusSourceOptions {
  /** Base URL of the Prometheus HTTP API, e.g. http://prometheus.monitoring:9090. */
  url: string;
  /** The range of rate() and histogram_quantile(), in milliseconds; at least two scrapes. */
  windowMs: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** The figures of one runtime as PromQL, each over `sel` (a label matcher list) and `w` (a range). */
interface RuntimeQueries {
  requestRate?: string;
  failureRate?: string;
  ttftBucket?: string;
  e2eBucket?: string;
  tokensRate?: string;
  waiting?: string;
  running?: string;
  kvCacheUsage?: string;
}

const rate = (metric: string, sel: string, w: string, extra = '') =>
  `sum(rate(${metric}{${sel}${extra}}[${w}]))`;

/** The first alternative with data wins: after `sum`, each side has the same empty label set. */
const firstOf = (...alternatives: string[]) => alternatives.join(' or ');

/** A counter that exists but has no failure series is zero failures, not no data. */
const zeroIfPresent = (metric: string, sel: string, w: string) => `(${rate(metric, sel, w)} * 0)`;

/** The series each runtime's failed requests are read from, as the queries below use them. */
const FAILED_SERIES: Record<Runtime, string> = {
  VLLM: 'http_requests_total{status=~"5.."}',
  TGI: 'tgi_request_failure{err!="validation"}',
  LLAMA_CPP: 'none',
  SGLANG: 'none',
  OLLAMA: 'none',
};

const QUERIES: Record<Runtime, (sel: string, w: string) => RuntimeQueries> = {
  VLLM: (sel, w) => ({
    // vLLM's engine counters never see a failed request: failures are the 5xx answers of its
    // HTTP instrumentation (status "5xx"), and without it there is no failure figure at all.
    requestRate: firstOf(
      rate('http_requests_total', sel, w),
      rate('vllm:request_success_total', sel, w),
    ),
    failureRate: firstOf(
      rate('http_requests_total', sel, w, ',status=~"5.."'),
      zeroIfPresent('http_requests_total', sel, w),
    ),
    ttftBucket: 'vllm:time_to_first_token_seconds_bucket',
    e2eBucket: 'vllm:e2e_request_latency_seconds_bucket',
    tokensRate: rate('vllm:generation_tokens_total', sel, w),
    waiting: `sum(vllm:num_requests_waiting{${sel}})`,
    running: `sum(vllm:num_requests_running{${sel}})`,
    // Renamed in vLLM V1.
    kvCacheUsage: firstOf(
      `max(vllm:kv_cache_usage_perc{${sel}})`,
      `max(vllm:gpu_cache_usage_perc{${sel}})`,
    ),
  }),
  TGI: (sel, w) => ({
    requestRate: rate('tgi_request_count', sel, w),
    // Validation errors are the client's (4xx), not the server failing.
    failureRate: firstOf(
      rate('tgi_request_failure', sel, w, ',err!="validation"'),
      zeroIfPresent('tgi_request_count', sel, w),
    ),
    e2eBucket: 'tgi_request_duration_bucket',
    tokensRate: rate('tgi_request_generated_tokens_sum', sel, w),
    waiting: `sum(tgi_queue_size{${sel}})`,
    running: `sum(tgi_batch_current_size{${sel}})`,
  }),
  LLAMA_CPP: (sel, w) => ({
    tokensRate: rate('llamacpp:tokens_predicted_total', sel, w),
    waiting: `sum(llamacpp:requests_deferred{${sel}})`,
    running: `sum(llamacpp:requests_processing{${sel}})`,
    kvCacheUsage: `max(llamacpp:kv_cache_usage_ratio{${sel}})`,
  }),
  SGLANG: (sel, w) => ({
    requestRate: firstOf(
      rate('sglang:num_requests_total', sel, w),
      rate('sglang:num_requests', sel, w),
    ),
    ttftBucket: 'sglang:time_to_first_token_seconds_bucket',
    e2eBucket: 'sglang:e2e_request_latency_seconds_bucket',
    tokensRate: firstOf(
      rate('sglang:generation_tokens_total', sel, w),
      rate('sglang:generation_tokens', sel, w),
    ),
    waiting: `sum(sglang:num_queue_reqs{${sel}})`,
    running: `sum(sglang:num_running_reqs{${sel}})`,
    kvCacheUsage: `max(sglang:token_usage{${sel}})`,
  }),
  // Ollama exports no metrics.
  OLLAMA: () => ({}),
};

/**
 * Per pod: the cumulative token counters, the requests in flight and the KV-cache usage (the
 * fullest engine's), each with alternatives.
 */
const POD_COUNTERS: Record<
  Runtime,
  { prompt: string[]; generation: string[]; running: string[]; kvCache: string[] }
> = {
  VLLM: {
    prompt: ['vllm:prompt_tokens_total'],
    generation: ['vllm:generation_tokens_total'],
    running: ['vllm:num_requests_running'],
    // Renamed in vLLM V1.
    kvCache: ['vllm:kv_cache_usage_perc', 'vllm:gpu_cache_usage_perc'],
  },
  TGI: {
    prompt: ['tgi_request_input_length_sum'],
    generation: ['tgi_request_generated_tokens_sum'],
    running: ['tgi_batch_current_size'],
    kvCache: [],
  },
  LLAMA_CPP: {
    prompt: ['llamacpp:prompt_tokens_total'],
    generation: ['llamacpp:tokens_predicted_total'],
    running: ['llamacpp:requests_processing'],
    kvCache: ['llamacpp:kv_cache_usage_ratio'],
  },
  SGLANG: {
    prompt: ['sglang:prompt_tokens_total', 'sglang:prompt_tokens'],
    generation: ['sglang:generation_tokens_total', 'sglang:generation_tokens'],
    running: ['sglang:num_running_reqs'],
    kvCache: ['sglang:token_usage'],
  },
  OLLAMA: { prompt: [], generation: [], running: [], kvCache: [] },
};

const quantile = (q: number, bucket: string, sel: string, w: string) =>
  `histogram_quantile(${q}, sum by (le) (rate(${bucket}{${sel}}[${w}])))`;

/** A PromQL string literal for a regular expression matching exactly these names. */
function exactly(names: string[]): string {
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return JSON.stringify(alternatives.join('|'));
}

export function selector(namespace: string, pods: string[]): string {
  return `namespace=${JSON.stringify(namespace)},pod=~${exactly(pods)}`;
}

/** Label matchers `name="value"` (or `name!="value"` for a key ending in `!`), values quoted. */
export function labelSelector(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([name, value]) =>
      name.endsWith('!')
        ? `${name.slice(0, -1)}!=${JSON.stringify(value)}`
        : `${name}=${JSON.stringify(value)}`,
    )
    .join(',');
}

function range(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

/** Every query for one deployment's pods, by the figure it gives. */
export function deploymentQueries(
  runtime: Runtime,
  namespace: string,
  pods: string[],
  windowMs: number,
): Partial<Record<keyof MetricsWindow, string>> & { failureRate?: string } {
  return seriesQueries(runtime, selector(namespace, pods), windowMs);
}

/** Every query for the series `sel` selects, by the figure it gives. */
export function seriesQueries(
  runtime: Runtime,
  sel: string,
  windowMs: number,
): Partial<Record<keyof MetricsWindow, string>> & { failureRate?: string } {
  const w = range(windowMs);
  const q = QUERIES[runtime](sel, w);
  const build: Record<string, string | undefined> = {
    requestRate: q.requestRate,
    failureRate: q.failureRate,
    ttftP50: q.ttftBucket && quantile(0.5, q.ttftBucket, sel, w),
    ttftP95: q.ttftBucket && quantile(0.95, q.ttftBucket, sel, w),
    e2eP95: q.e2eBucket && quantile(0.95, q.e2eBucket, sel, w),
    tokensPerSecond: q.tokensRate,
    queueDepth: q.waiting,
    running: q.running,
    kvCacheUsage: q.kvCacheUsage,
  };
  return Object.fromEntries(Object.entries(build).filter(([, v]) => v !== undefined)) as never;
}

export class PrometheusError extends Error {}

interface QueryResponse {
  status: 'success' | 'error';
  data?: {
    resultType: string;
    result: { metric: Record<string, string>; value: [number, string] }[];
  };
  errorType?: string;
  error?: string;
}

/** Reads figures from Prometheus's HTTP API (`/api/v1/query`, instant queries). */
export class PrometheusSource {
  readonly #options: Required<Omit<PrometheusSourceOptions, 'fetch' | 'now'>> & {
    fetch: typeof fetch;
    now: () => Date;
  };

  constructor(options: PrometheusSourceOptions) {
    this.#options = {
      url: options.url.replace(/\/+$/, ''),
      windowMs: options.windowMs,
      timeoutMs: options.timeoutMs ?? 5000,
      fetch: options.fetch ?? fetch,
      now: options.now ?? (() => new Date()),
    };
  }

  /**
   * One instant query's single value; null when the query has no result or is not a number
   * (NaN from histogram_quantile without observations): no data, never a failure.
   */
  async scalar(query: string, at: Date): Promise<number | null> {
    const raw = (await this.#vector(query, at))[0]?.value[1];
    if (raw === undefined) return null;
    const value = Number(raw);
    return Number.isFinite(value) ? value : null;
  }

  /** One instant query's result, a series per label set. */
  async #vector(
    query: string,
    at: Date,
  ): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
    const params = new URLSearchParams({ query, time: (at.getTime() / 1000).toFixed(3) });
    const response = await this.#options.fetch(`${this.#options.url}/api/v1/query?${params}`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(this.#options.timeoutMs),
    });
    const text = await response.text();
    let body: QueryResponse;
    try {
      body = JSON.parse(text) as QueryResponse;
    } catch {
      throw new PrometheusError(
        `Prometheus answered HTTP ${response.status} with something other than JSON: ${text.slice(0, 200)}`,
      );
    }
    if (body.status !== 'success') {
      throw new PrometheusError(
        `Prometheus refused the query (${body.errorType ?? `HTTP ${response.status}`}): ${body.error ?? 'no reason given'}`,
      );
    }
    if (body.data?.resultType !== 'vector') {
      throw new PrometheusError(
        `expected a vector, Prometheus answered a ${body.data?.resultType}`,
      );
    }
    return body.data.result;
  }

  /**
   * Each pod's cumulative prompt and generation token counters, requests in flight and KV-cache usage, as
   * Prometheus last scraped them; pods it has no series of are left out.
   */
  async podCounters(
    runtime: Runtime,
    namespace: string,
    pods: string[],
    at: Date = this.#options.now(),
  ): Promise<Map<string, ServerCounters>> {
    const out = new Map<string, ServerCounters>();
    const names = POD_COUNTERS[runtime];
    if (!pods.length || !names.prompt.length) return out;
    const sel = selector(namespace, pods);
    const byPod = async (alternatives: string[], by = 'sum') => {
      const values = new Map<string, number>();
      if (!alternatives.length) return values;
      const query = firstOf(...alternatives.map((m) => `${by} by (pod) (${m}{${sel}})`));
      for (const series of await this.#vector(query, at)) {
        const value = Number(series.value[1]);
        if (series.metric.pod && Number.isFinite(value)) values.set(series.metric.pod, value);
      }
      return values;
    };
    const [prompt, generation, running, kvCache] = await Promise.all([
      byPod(names.prompt),
      byPod(names.generation),
      byPod(names.running),
      byPod(names.kvCache, 'max'),
    ]);
    for (const pod of pods) {
      if (!prompt.has(pod) && !generation.has(pod)) continue;
      out.set(pod, {
        requests: null,
        failures: null,
        generatedTokens: generation.get(pod) ?? null,
        promptTokens: prompt.get(pod) ?? null,
        ttft: null,
        e2e: null,
        running: running.get(pod) ?? null,
        waiting: null,
        kvCacheUsage: kvCache.get(pod) ?? null,
      });
    }
    return out;
  }

  /** Where this source reads from, for messages. */
  get url(): string {
    return this.#options.url;
  }

  /** The deployment's figures over the window up to now; null for a runtime without metrics. */
  async window(runtime: Runtime, namespace: string, pods: string[]): Promise<MetricsWindow | null> {
    if (!pods.length) return null;
    return this.windowOf(runtime, selector(namespace, pods), this.#options.windowMs);
  }

  /**
   * The figures of the series `sel` selects over the `windowMs` before `at` (now by default);
   * null for a runtime without metrics.
   */
  async windowOf(
    runtime: Runtime,
    sel: string,
    windowMs: number,
    at: Date = this.#options.now(),
  ): Promise<MetricsWindow | null> {
    if (runtime === 'OLLAMA') return null;
    const queries = seriesQueries(runtime, sel, windowMs);
    const entries = await Promise.all(
      Object.entries(queries).map(
        async ([key, query]) => [key, await this.scalar(query, at)] as const,
      ),
    );
    const v = Object.fromEntries(entries) as Record<string, number | null | undefined>;
    const requestRate = v.requestRate ?? null;
    const failureRate = v.failureRate ?? null;
    return {
      seconds: windowMs / 1000,
      sources: {
        requests: requestRate === null ? null : `Prometheus: ${runtime} request rate`,
        failures: failureRate === null ? null : `Prometheus: ${FAILED_SERIES[runtime]}`,
        notes:
          failureRate === null ? [`Prometheus has no series of failed ${runtime} requests.`] : [],
      },
      requestRate,
      errorRatio:
        requestRate && failureRate !== null ? Math.min(1, failureRate / requestRate) : null,
      ttftP50: v.ttftP50 ?? null,
      ttftP95: v.ttftP95 ?? null,
      e2eP95: v.e2eP95 ?? null,
      tokensPerSecond: v.tokensPerSecond ?? null,
      queueDepth: v.queueDepth ?? null,
      running: v.running ?? null,
      kvCacheUsage: v.kvCacheUsage ?? null,
    };
  }
}
