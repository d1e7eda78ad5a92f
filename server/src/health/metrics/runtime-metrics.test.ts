import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../../test/support/fixtures.ts';
import {
  renderLlamaCpp,
  renderSglang,
  renderTgi,
  renderVllmV1,
} from '../../simulator/runtimes/metrics-render.ts';
import { ServerMetrics } from '../../simulator/runtimes/metrics-state.ts';
import { parsePrometheusText } from './prometheus-text.ts';
import { quantileBetween, readCounters, windowBetween } from './runtime-metrics.ts';

const FIXTURE = fixturePath('metrics', 'vllm-v0-metrics-full.prom');

describe('reading model servers’ metrics', () => {
  it('reads the recorded vLLM V0 scrape, old metric names and all', () => {
    const counters = readCounters('VLLM', parsePrometheusText(readFileSync(FIXTURE, 'utf8')));
    expect(counters.generatedTokens).toBe(2546);
    expect(counters.kvCacheUsage).toBeCloseTo(0.0026235, 6);
    expect(counters.requests).toBeGreaterThanOrEqual(6);
    expect(counters.ttft?.count).toBeGreaterThan(0);
    expect(counters.ttft?.buckets.at(-1)?.le).toBe(Number.POSITIVE_INFINITY);
    expect(counters.failures).toBe(0);
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
    const counters = readCounters(runtime, parsePrometheusText(render(traffic())));
    expect(counters.generatedTokens).toBe(4500);
    expect(counters.waiting).toBe(3);
    expect(counters.running).toBe(7);
    expect(counters.requests).not.toBeNull();
  });

  it('counts TGI’s failures', () => {
    const counters = readCounters('TGI', parsePrometheusText(renderTgi(traffic())));
    expect(counters).toMatchObject({ requests: 100, failures: 10 });
  });

  it('reads llama.cpp, which counts tokens but not requests', () => {
    const counters = readCounters('LLAMA_CPP', parsePrometheusText(renderLlamaCpp(traffic())));
    expect(counters.requests).toBeNull();
    expect(counters.generatedTokens).toBe(4500);
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
