import { Histogram, type ServerMetrics, TOKEN_BUCKETS } from './metrics-state.ts';
import { MetricsWriter } from './prometheus.ts';

export interface RenderInfo {
  model: string;
  servedName: string;
  now: number;
  gpuBlocks: number;
}

function processMetrics(w: MetricsWriter, m: ServerMetrics, now: number): void {
  w.gauge('process_virtual_memory_bytes', 'Virtual memory size in bytes.', {}, 39_024_848_896)
    .gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', {}, 5_833_011_200)
    .gauge(
      'process_start_time_seconds',
      'Start time of the process since unix epoch in seconds.',
      {},
      Math.round(m.startedAt / 10) / 100,
    )
    .header(
      'process_cpu_seconds_total',
      'counter',
      'Total user and system CPU time spent in seconds.',
    )
    .sample('process_cpu_seconds_total', {}, Math.round((now - m.startedAt) / 100) / 100)
    .gauge('process_open_fds', 'Number of open file descriptors.', {}, 76)
    .gauge('process_max_fds', 'Maximum number of open file descriptors.', {}, 1_048_576);
}

function paramsHistogram(count: number): Histogram {
  const h = new Histogram([1, 2, 5, 10, 20]);
  h.observe(1, count);
  return h;
}

/**
 * The API server's HTTP metrics from prometheus-fastapi-instrumentator, as vLLM exposes them
 * since 0.8 (vLLM up to 0.7 had none, as the recorded V0 scrape shows):
 * `http_requests_total{handler,method,status}` with grouped status classes.
 */
function httpMetrics(w: MetricsWriter, m: ServerMetrics, created: number | null): void {
  w.header(
    'http_requests_total',
    'counter',
    'Total number of requests by method, status and handler.',
  );
  const entries = [...m.http.values()];
  for (const e of entries)
    w.sample(
      'http_requests_total',
      { handler: e.handler, method: e.method, status: e.status },
      e.count,
    );
  if (created === null) return;
  for (const e of entries)
    w.sample(
      'http_requests_created',
      { handler: e.handler, method: e.method, status: e.status },
      created,
    );
}

/** vLLM V0 engine metrics, as in the multiprocess scrape of vLLM up to 0.7. */
export function renderVllmV0(m: ServerMetrics, info: RenderInfo): string {
  const w = new MetricsWriter();
  const l = { model_name: info.servedName };
  processMetrics(w, m, info.now);
  const done = m.success.stop + m.success.length;
  w.gauge(
    'vllm:cache_config_info',
    'information of cache_config',
    {
      block_size: '16',
      cache_dtype: 'auto',
      cpu_offload_gb: '0',
      enable_prefix_caching: 'False',
      gpu_memory_utilization: '0.9',
      num_cpu_blocks: '2048',
      num_gpu_blocks: String(info.gpuBlocks),
      num_gpu_blocks_override: 'None',
      sliding_window: 'None',
      swap_space_bytes: '4294967296',
    },
    1,
  )
    .gauge(
      'vllm:num_requests_running',
      'Number of requests currently running on GPU.',
      l,
      m.running,
    )
    .gauge('vllm:num_requests_waiting', 'Number of requests waiting to be processed.', l, m.waiting)
    .gauge('vllm:num_requests_swapped', 'Number of requests swapped to CPU.', l, 0)
    .gauge(
      'vllm:gpu_cache_usage_perc',
      'GPU KV-cache usage. 1 means 100 percent usage.',
      l,
      m.kvUsage,
    )
    .gauge('vllm:cpu_cache_usage_perc', 'CPU KV-cache usage. 1 means 100 percent usage.', l, 0)
    .header(
      'vllm:num_preemptions_total',
      'counter',
      'Cumulative number of preemption from the engine.',
    )
    .sample('vllm:num_preemptions_total', l, m.preemptions)
    .header('vllm:prompt_tokens_total', 'counter', 'Number of prefill tokens processed.')
    .sample('vllm:prompt_tokens_total', l, m.promptTokens)
    .header('vllm:generation_tokens_total', 'counter', 'Number of generation tokens processed.')
    .sample('vllm:generation_tokens_total', l, m.generationTokens)
    .histogram(
      'vllm:time_to_first_token_seconds',
      'Histogram of time to first token in seconds.',
      l,
      m.ttft,
    )
    .histogram(
      'vllm:time_per_output_token_seconds',
      'Histogram of time per output token in seconds.',
      l,
      m.tpot,
    )
    .histogram(
      'vllm:e2e_request_latency_seconds',
      'Histogram of end to end request latency in seconds.',
      l,
      m.e2e,
    )
    .histogram('vllm:request_prompt_tokens', 'Number of prefill tokens processed.', l, m.promptLen)
    .histogram(
      'vllm:request_generation_tokens',
      'Number of generation tokens processed.',
      l,
      m.genLen,
    )
    .histogram(
      'vllm:request_params_best_of',
      'Histogram of the best_of request parameter.',
      l,
      paramsHistogram(done),
    )
    .histogram(
      'vllm:request_params_n',
      'Histogram of the n request parameter.',
      l,
      paramsHistogram(done),
    )
    .header('vllm:request_success_total', 'counter', 'Count of successfully processed requests.')
    .sample('vllm:request_success_total', { finished_reason: 'length', ...l }, m.success.length)
    .sample('vllm:request_success_total', { finished_reason: 'stop', ...l }, m.success.stop)
    .gauge(
      'vllm:avg_prompt_throughput_toks_per_s',
      'Average prefill throughput in tokens/s.',
      l,
      m.promptTps,
    )
    .gauge(
      'vllm:avg_generation_throughput_toks_per_s',
      'Average generation throughput in tokens/s.',
      l,
      m.genTps,
    );
  return w.text();
}

/** vLLM V1 engine metrics (0.8 and later): kv_cache_usage_perc, inter_token_latency_seconds, engine label. */
export function renderVllmV1(m: ServerMetrics, info: RenderInfo): string {
  const w = new MetricsWriter();
  const l = { engine: '0', model_name: info.servedName };
  const created = m.startedAt / 1000;
  processMetrics(w, m, info.now);
  httpMetrics(w, m, created);
  w.gauge(
    'vllm:num_requests_running',
    'Number of requests in model execution batches.',
    l,
    m.running,
  )
    .gauge('vllm:num_requests_waiting', 'Number of requests waiting to be processed.', l, m.waiting)
    .gauge('vllm:kv_cache_usage_perc', 'KV-cache usage. 1 means 100 percent usage.', l, m.kvUsage)
    .counter(
      'vllm:prefix_cache_queries',
      'Prefix cache queries, in terms of number of queried tokens.',
      l,
      m.prefixQueries,
      created,
    )
    .counter(
      'vllm:prefix_cache_hits',
      'Prefix cache hits, in terms of number of cached tokens.',
      l,
      m.prefixHits,
      created,
    )
    .counter(
      'vllm:num_preemptions',
      'Cumulative number of preemption from the engine.',
      l,
      m.preemptions,
      created,
    )
    .counter(
      'vllm:prompt_tokens',
      'Number of prefill tokens processed.',
      l,
      m.promptTokens,
      created,
    )
    .counter(
      'vllm:generation_tokens',
      'Number of generation tokens processed.',
      l,
      m.generationTokens,
      created,
    );
  w.header('vllm:request_success', 'counter', 'Count of successfully processed requests.');
  for (const reason of ['stop', 'length', 'abort'] as const) {
    w.sample('vllm:request_success_total', { ...l, finished_reason: reason }, m.success[reason]);
  }
  for (const reason of ['stop', 'length', 'abort'] as const)
    w.sample('vllm:request_success_created', { ...l, finished_reason: reason }, created);
  w.histogram(
    'vllm:request_prompt_tokens',
    'Number of prefill tokens processed.',
    l,
    m.promptLen,
    false,
  )
    .histogram(
      'vllm:request_generation_tokens',
      'Number of generation tokens processed.',
      l,
      m.genLen,
      false,
    )
    .histogram(
      'vllm:time_to_first_token_seconds',
      'Histogram of time to first token in seconds.',
      l,
      m.ttft,
      false,
    )
    .histogram(
      'vllm:inter_token_latency_seconds',
      'Histogram of inter-token latency in seconds.',
      l,
      m.tpot,
      false,
    )
    .histogram(
      'vllm:e2e_request_latency_seconds',
      'Histogram of e2e request latency in seconds.',
      l,
      m.e2e,
      false,
    )
    .histogram(
      'vllm:request_queue_time_seconds',
      'Histogram of time spent in WAITING phase for request.',
      l,
      m.queue,
      false,
    )
    .histogram(
      'vllm:request_inference_time_seconds',
      'Histogram of time spent in RUNNING phase for request.',
      l,
      m.inference,
      false,
    )
    .gauge(
      'vllm:cache_config_info',
      'Information of the LLMEngine CacheConfig',
      {
        block_size: '16',
        cache_dtype: 'auto',
        enable_prefix_caching: 'True',
        engine: '0',
        gpu_memory_utilization: '0.9',
        num_gpu_blocks: String(info.gpuBlocks),
      },
      1,
    );
  return w.text();
}

const plain = (v: number): string => (Number.isInteger(v) ? String(v) : String(v));

/** TGI router metrics (metrics-exporter-prometheus: no HELP lines, plain numbers). */
export function renderTgi(m: ServerMetrics): string {
  const total = m.totalRequests;
  const ok = total - m.failures;
  const lines: string[] = [];
  const push = (name: string, type: string, body: string[]): void => {
    lines.push(`# TYPE ${name} ${type}`, ...body, '');
  };
  push('tgi_request_count', 'counter', [`tgi_request_count ${total}`]);
  push('tgi_request_success', 'counter', [`tgi_request_success ${ok}`]);
  if (m.failures > 0)
    push('tgi_request_failure', 'counter', [`tgi_request_failure{err="generation"} ${m.failures}`]);
  push('tgi_queue_size', 'gauge', [`tgi_queue_size ${m.waiting}`]);
  push('tgi_batch_current_size', 'gauge', [`tgi_batch_current_size ${m.running}`]);
  push('tgi_batch_current_max_tokens', 'gauge', [
    `tgi_batch_current_max_tokens ${Math.round(m.kvUsage * 16000)}`,
  ]);
  const hist = (name: string, h: Histogram): void => {
    const body = h.buckets.map((le, i) => `${name}_bucket{le="${le}"} ${h.counts[i] ?? 0}`);
    body.push(
      `${name}_bucket{le="+Inf"} ${h.count}`,
      `${name}_sum ${h.sum}`,
      `${name}_count ${h.count}`,
    );
    push(name, 'histogram', body);
  };
  hist('tgi_request_duration', m.e2e);
  hist('tgi_request_queue_duration', m.queue);
  hist('tgi_request_inference_duration', m.inference);
  hist('tgi_request_mean_time_per_token_duration', m.tpot);
  hist('tgi_request_input_length', m.promptLen);
  hist('tgi_request_generated_tokens', m.genLen);
  const genTokens = new Histogram(TOKEN_BUCKETS);
  genTokens.observe(Math.max(1, m.generationTokens / Math.max(1, ok)), ok);
  hist('tgi_batch_next_size', genTokens);
  return lines.join('\n');
}

/** llama.cpp server metrics (`--metrics`); the KV-cache ratio and token gauges were removed upstream. */
export function renderLlamaCpp(m: ServerMetrics): string {
  const w = new MetricsWriter(plain);
  const promptSeconds = m.ttft.sum;
  const genSeconds = m.tpot.sum;
  w.header('llamacpp:prompt_tokens_total', 'counter', 'Number of prompt tokens processed.')
    .sample('llamacpp:prompt_tokens_total', {}, m.promptTokens)
    .header('llamacpp:prompt_seconds_total', 'counter', 'Prompt process time')
    .sample('llamacpp:prompt_seconds_total', {}, Math.round(promptSeconds * 1000) / 1000)
    .header('llamacpp:tokens_predicted_total', 'counter', 'Number of generation tokens processed.')
    .sample('llamacpp:tokens_predicted_total', {}, m.generationTokens)
    .header('llamacpp:tokens_predicted_seconds_total', 'counter', 'Predict process time')
    .sample('llamacpp:tokens_predicted_seconds_total', {}, Math.round(genSeconds * 1000) / 1000)
    .header('llamacpp:n_decode_total', 'counter', 'Total number of llama_decode() calls')
    .sample('llamacpp:n_decode_total', {}, m.generationTokens)
    .header(
      'llamacpp:n_busy_slots_per_decode',
      'counter',
      'Average number of busy slots per llama_decode() call',
    )
    .sample('llamacpp:n_busy_slots_per_decode', {}, Math.max(1, m.running))
    .gauge(
      'llamacpp:prompt_tokens_seconds',
      'Average prompt throughput in tokens/s.',
      {},
      Math.round(m.promptTps * 100) / 100,
    )
    .gauge(
      'llamacpp:predicted_tokens_seconds',
      'Average generation throughput in tokens/s.',
      {},
      Math.round(m.genTps * 100) / 100,
    )
    .gauge('llamacpp:requests_processing', 'Number of requests processing.', {}, m.running)
    .gauge('llamacpp:requests_deferred', 'Number of requests deferred.', {}, m.waiting);
  return w.text();
}

/** SGLang metrics (`--enable-metrics`). */
export function renderSglang(m: ServerMetrics, info: RenderInfo): string {
  const w = new MetricsWriter();
  const l = { model_name: info.servedName };
  const created = m.startedAt / 1000;
  w.gauge('sglang:num_running_reqs', 'The number of running requests.', l, m.running)
    .gauge(
      'sglang:num_used_tokens',
      'The number of used tokens.',
      l,
      Math.round(m.kvUsage * 400_000),
    )
    .gauge('sglang:token_usage', 'The token usage.', l, Math.round(m.kvUsage * 100) / 100)
    .gauge('sglang:gen_throughput', 'The generation throughput (token/s).', l, m.genTps)
    .gauge('sglang:num_queue_reqs', 'The number of requests in the waiting queue.', l, m.waiting)
    .gauge(
      'sglang:cache_hit_rate',
      'The prefix cache hit rate.',
      l,
      m.prefixQueries > 0 ? m.prefixHits / m.prefixQueries : 0,
    )
    .counter(
      'sglang:prompt_tokens',
      'Number of prefill tokens processed.',
      l,
      m.promptTokens,
      created,
    )
    .counter(
      'sglang:generation_tokens',
      'Number of generation tokens processed.',
      l,
      m.generationTokens,
      created,
    )
    .counter('sglang:cached_tokens', 'Number of cached prompt tokens.', l, m.prefixHits, created)
    .counter(
      'sglang:num_requests',
      'Number of requests processed.',
      l,
      m.totalRequests - m.failures,
      created,
    )
    .histogram(
      'sglang:time_to_first_token_seconds',
      'Histogram of time to first token in seconds.',
      l,
      m.ttft,
      false,
    )
    .histogram(
      'sglang:inter_token_latency_seconds',
      'Histogram of inter-token latency in seconds.',
      l,
      m.tpot,
      false,
    )
    .histogram(
      'sglang:e2e_request_latency_seconds',
      'Histogram of End-to-end request latency in seconds',
      l,
      m.e2e,
      false,
    );
  return w.text();
}
