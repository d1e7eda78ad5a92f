import { readFileSync } from 'node:fs';
import {
  renderLlamaCpp,
  renderSglang,
  renderTgi,
  renderVllmV0,
  renderVllmV1,
  ServerMetrics,
} from '@backline/simulator/runtime-metrics';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../../test/support/fixtures.ts';
import { parsePrometheusText } from './prometheus-text.ts';
import { quantileBetween, readCounters, windowBetween } from './runtime-metrics.ts';

const FIXTURE = fixturePath('metrics', 'vllm-v0-metrics-full.prom');

describe('reading model servers’ metrics', () => {
  it('reads the recorded vLLM V0 scrape, old metric names and all', () => {
    const counters = readCounters('VLLM', parsePrometheusText(readFileSync(FIXTURE, 'utf8')));
    expect(counters.generatedTokens).toBe(2546);
    expect(counters.promptTokens).toBe(90);
    expect(counters.kvCacheUsage).toBeCloseTo(0.0026235, 6);
    expect(counters.requests).toBeGreaterThanOrEqual(6);
    expect(counters.ttft?.count).toBeGreaterThan(0);
    expect(counters.ttft?.buckets.at(-1)?.le).toBe(Number.POSITIVE_INFINITY);
    // The recorded scrape has no HTTP metrics: the engine counts no failed requests, so the
    // failures are unknown, not zero.
    expect(counters.failures).toBeNull();
    expect(counters.sources?.requests).toBe('vllm:request_success_total');
    expect(counters.sources?.notes.join(' ')).toMatch(/count no failed requests/);
  });

  it('counts vLLM’s failures from its HTTP metrics, server errors apart from client errors', () => {
    const text = [
      '# HELP http_requests_total Total number of requests by method, status and handler.',
      '# TYPE http_requests_total counter',
      'http_requests_total{handler="/v1/chat/completions",method="POST",status="2xx"} 60.0',
      'http_requests_total{handler="/v1/chat/completions",method="POST",status="5xx"} 40.0',
      'http_requests_total{handler="/v1/chat/completions",method="POST",status="4xx"} 7.0',
      'vllm:request_success_total{engine="0",finished_reason="stop",model_name="m"} 60.0',
    ].join('\n');
    const counters = readCounters('VLLM', parsePrometheusText(text));
    expect(counters).toMatchObject({ requests: 107, failures: 40, clientErrors: 7 });
    expect(counters.sources?.failures).toBe('http_requests_total{status="5xx"}');
  });

  it('takes the fullest engine’s KV cache with data parallelism, not the sum', () => {
    const text = [
      'vllm:kv_cache_usage_perc{engine="0",model_name="m"} 0.7',
      'vllm:kv_cache_usage_perc{engine="1",model_name="m"} 0.9',
    ].join('\n');
    expect(readCounters('VLLM', parsePrometheusText(text)).kvCacheUsage).toBe(0.9);
  });

  it('reads the simulated vLLM’s HTTP metrics as the real one names them', () => {
    const m = traffic();
    m.countHttp('/v1/chat/completions', 'POST', 200, 90);
    m.countHttp('/v1/chat/completions', 'POST', 500, 10);
    m.countHttp('/v1/chat/completions', 'POST', 404, 3);
    const text = renderVllmV1(m, info);
    expect(text).toContain(
      'http_requests_total{handler="/v1/chat/completions",method="POST",status="5xx"} 10.0',
    );
    expect(readCounters('VLLM', parsePrometheusText(text))).toMatchObject({
      requests: 103,
      failures: 10,
      clientErrors: 3,
    });
  });

  it('knows no failures of a simulated vLLM before 0.8, which had no HTTP metrics', () => {
    const m = traffic();
    m.countHttp('/v1/chat/completions', 'POST', 500, 10);
    const counters = readCounters('VLLM', parsePrometheusText(renderVllmV0(m, info)));
    expect(counters.requests).toBe(90);
    expect(counters.failures).toBeNull();
  });

  it('does not count TGI’s validation errors as failures', () => {
    const text = [
      'tgi_request_count 100',
      'tgi_request_failure{err="validation"} 12',
      'tgi_request_failure{err="generation"} 5',
    ].join('\n');
    expect(readCounters('TGI', parsePrometheusText(text))).toMatchObject({
      requests: 100,
      failures: 5,
      clientErrors: 12,
    });
  });

  it('counts SGLang’s requests from its latency histogram when it has no request counter', () => {
    const text = [
      'sglang:e2e_request_latency_seconds_bucket{model_name="m",le="1.0"} 30.0',
      'sglang:e2e_request_latency_seconds_bucket{model_name="m",le="+Inf"} 42.0',
      'sglang:e2e_request_latency_seconds_count{model_name="m"} 42.0',
      'sglang:e2e_request_latency_seconds_sum{model_name="m"} 20.0',
    ].join('\n');
    const counters = readCounters('SGLANG', parsePrometheusText(text));
    expect(counters.requests).toBe(42);
    expect(counters.failures).toBeNull();
    expect(counters.sources?.requests).toBe('sglang:e2e_request_latency_seconds_count');
    expect(counters.sources?.notes.join(' ')).toMatch(/no request counter/);
  });

  it('reads vLLM V1’s renamed KV-cache gauge', () => {
    const text = 'vllm:kv_cache_usage_perc{engine="0",model_name="m"} 0.42\n';
    expect(readCounters('VLLM', parsePrometheusText(text)).kvCacheUsage).toBe(0.42);
  });

  const info = {
    model: 'Qwen/Qwen2.5-7B-Instruct',
    servedName: 'qwen',
    now: Date.now(),
    gpuBlocks: 4096,
  };
  function traffic(): ServerMetrics {
    const m = new ServerMetrics(Date.now() - 60_000);
    m.record(
      {
        promptTokens: 100,
        generationTokens: 50,
        ttft: 0.2,
        tpot: 0.02,
        queue: 0.01,
        ok: true,
        finishReason: 'stop',
      },
      90,
    );
    m.record(
      {
        promptTokens: 100,
        generationTokens: 0,
        ttft: 0,
        tpot: 0,
        queue: 0,
        ok: false,
        finishReason: 'stop',
      },
      10,
    );
    m.waiting = 3;
    m.running = 7;
    m.kvUsage = 0.5;
    return m;
  }

  it.each([
    ['VLLM', (m: ServerMetrics) => renderVllmV1(m, info)],
    ['TGI', (m: ServerMetrics) => renderTgi(m)],
    ['SGLANG', (m: ServerMetrics) => renderSglang(m, info)],
  ] as const)('reads %s in its own names', (runtime, render) => {
    const m = traffic();
    m.countHttp('/v1/chat/completions', 'POST', 200, 100);
    const counters = readCounters(runtime, parsePrometheusText(render(m)));
    expect(counters.generatedTokens).toBe(4500);
    expect(counters.promptTokens).toBe(9000);
    expect(counters.waiting).toBe(3);
    expect(counters.running).toBe(7);
    expect(counters.requests).not.toBeNull();
  });

  it('counts TGI’s failures', () => {
    const counters = readCounters('TGI', parsePrometheusText(renderTgi(traffic())));
    expect(counters).toMatchObject({ requests: 100, failures: 10 });
  });

  it('reads llama.cpp, which counts tokens but not requests, and no longer its KV-cache ratio', () => {
    const text = renderLlamaCpp(traffic());
    expect(text).not.toContain('llamacpp:kv_cache_usage_ratio');
    const counters = readCounters('LLAMA_CPP', parsePrometheusText(text));
    expect(counters.requests).toBeNull();
    expect(counters.failures).toBeNull();
    expect(counters.kvCacheUsage).toBeNull();
    expect(counters.generatedTokens).toBe(4500);
    expect(counters.promptTokens).toBe(9000);
    // Older builds still print the ratio.
    expect(
      readCounters('LLAMA_CPP', parsePrometheusText('llamacpp:kv_cache_usage_ratio 0.25\n'))
        .kvCacheUsage,
    ).toBe(0.25);
  });
});

describe('windows between two scrapes', () => {
  const hist = (counts: [number, number][]) => ({
    buckets: counts.map(([le, count]) => ({ le, count })),
    count: counts.at(-1)?.[1] ?? 0,
    sum: 0,
  });

  it('interpolates a percentile within its bucket, as PromQL does', () => {
    const after = hist([
      [0.1, 50],
      [0.5, 90],
      [1, 100],
      [Number.POSITIVE_INFINITY, 100],
    ]);
    expect(quantileBetween(null, after, 0.95)).toBeCloseTo(0.75, 6);
    expect(quantileBetween(null, after, 0.5)).toBeCloseTo(0.1, 6);
    expect(quantileBetween(after, after, 0.95)).toBeNull();
  });

  it('computes rates and the error ratio, and says nothing when there was no traffic', () => {
    const base = {
      requests: 100,
      failures: 5,
      generatedTokens: 1000,
      ttft: null,
      e2e: null,
      running: 1,
      waiting: 0,
      kvCacheUsage: 0.2,
    };
    const later = { ...base, requests: 200, failures: 25, generatedTokens: 3000 };
    expect(windowBetween(base, later, 10)).toMatchObject({
      requestRate: 10,
      errorRatio: 0.2,
      tokensPerSecond: 200,
    });
    const quiet = windowBetween(base, base, 10);
    expect(quiet.requestRate).toBe(0);
    expect(quiet.errorRatio).toBeNull();
  });

  it('survives a server restart resetting its counters', () => {
    const before = {
      requests: 500,
      failures: 50,
      generatedTokens: 9000,
      ttft: null,
      e2e: null,
      running: 0,
      waiting: 0,
      kvCacheUsage: 0,
    };
    const after = { ...before, requests: 20, failures: 0, generatedTokens: 400 };
    expect(windowBetween(before, after, 10)).toMatchObject({ requestRate: 2, errorRatio: 0 });
  });
});
