import { describe, expect, it } from 'vitest';
import { registerCostMetrics } from './costs.ts';
import { registerIncidentStatsMetrics } from './incident-stats.ts';
import { type AppMetrics, createMetrics } from './registry.ts';

const QWEN = 'deployment_namespace="ml-prod",deployment="qwen"';
const LLAMA = 'deployment_namespace="ml-dev",deployment="llama"';

/** What a scrape reports: each series whose name starts with one of `prefixes`, with its value. */
async function scrape(metrics: AppMetrics, ...prefixes: string[]) {
  const text = await metrics.registry.metrics();
  const lines = text.split('\n').filter((l) => prefixes.some((p) => l.startsWith(p)));
  const series = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))]),
  );
  return { text, series };
}

describe('per-deployment gauges', () => {
  it('reports each deployment’s cost and token rates, leaving out the rates it has none of', async () => {
    const metrics = createMetrics();
    const rates = {
      gpus: 2,
      idleGpus: 0.5,
      costUsdPerHour: 4.5,
      apiUsdPerHour: 12,
      api: 'gpt-4o',
      promptTokensPerSecond: 100,
      generationTokensPerSecond: 40,
    };
    registerCostMetrics(
      metrics,
      async () => [
        {
          ...rates,
          namespace: 'ml-prod',
          name: 'qwen',
          costPerMillionTokensUsd: 3,
          utilisation: 0.5,
        },
        {
          ...rates,
          namespace: 'ml-dev',
          name: 'llama',
          costPerMillionTokensUsd: null,
          utilisation: null,
        },
      ],
      15,
    );
    const { text, series } = await scrape(metrics, 'backline_cost', 'backline_tokens');
    const each = (deployment: string) => ({
      [`backline_cost_usd_per_hour{${deployment}}`]: 4.5,
      [`backline_cost_gpus{${deployment}}`]: 2,
      [`backline_cost_idle_gpus{${deployment}}`]: 0.5,
      [`backline_cost_api_usd_per_hour{${deployment},api="gpt-4o"}`]: 12,
      [`backline_tokens_per_second{${deployment},kind="prompt"}`]: 100,
      [`backline_tokens_per_second{${deployment},kind="generation"}`]: 40,
    });
    expect(series).toEqual({
      ...each(QWEN),
      ...each(LLAMA),
      [`backline_cost_per_million_tokens_usd{${QWEN}}`]: 3,
      [`backline_cost_gpu_utilisation_ratio{${QWEN}}`]: 0.5,
    });
    expect(text).toContain('Mean GPUs held, per deployment, over the last 15 minutes.');
  });

  it('reports each deployment’s MTTA, MTTR and incident counts of the window', async () => {
    const metrics = createMetrics();
    const qwen = { namespace: 'ml-prod', name: 'qwen' };
    registerIncidentStatsMetrics(
      metrics,
      async () => [
        {
          deployment: qwen,
          incidents: 3,
          acknowledged: 2,
          resolved: 1,
          mttaSeconds: 60,
          mttrSeconds: null,
        },
      ],
      30,
    );
    const { text, series } = await scrape(metrics, 'backline_incident_m', 'backline_incident_w');
    expect(series).toEqual({
      [`backline_incident_mtta_seconds{${QWEN}}`]: 60,
      [`backline_incident_window_incidents{${QWEN},stage="triggered"}`]: 3,
      [`backline_incident_window_incidents{${QWEN},stage="acknowledged"}`]: 2,
      [`backline_incident_window_incidents{${QWEN},stage="resolved"}`]: 1,
    });
    expect(text).toContain("to acknowledged of each deployment's incidents of the last 30 days.");
  });
});
