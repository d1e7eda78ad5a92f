import { describe, expect, it } from 'vitest';
import { registerCostMetrics } from './costs.ts';
import { registerIncidentStatsMetrics } from './incident-stats.ts';
import { createMetrics } from './registry.ts';

const QWEN = 'deployment_namespace="ml-prod",deployment="qwen"';
const LLAMA = 'deployment_namespace="ml-dev",deployment="llama"';

describe('per-deployment gauges', () => {
  it('reports each deployment’s cost and token rates, leaving out the rates it has none of', async () => {
    const metrics = createMetrics();
    const base = {
      gpus: 2,
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
          ...base,
          namespace: 'ml-prod',
          name: 'qwen',
          costPerMillionTokensUsd: 3,
          utilisation: 0.5,
        },
        {
          ...base,
          namespace: 'ml-dev',
          name: 'llama',
          costPerMillionTokensUsd: null,
          utilisation: null,
        },
      ],
      15,
    );
    const text = await metrics.registry.metrics();
    expect(text).toContain(`backline_cost_usd_per_hour{${QWEN}} 4.5`);
    expect(text).toContain(`backline_cost_gpus{${LLAMA}} 2`);
    expect(text).toContain(`backline_cost_per_million_tokens_usd{${QWEN}} 3`);
    expect(text).not.toContain(`backline_cost_per_million_tokens_usd{${LLAMA}}`);
    expect(text).toContain(`backline_cost_gpu_utilisation_ratio{${QWEN}} 0.5`);
    expect(text).not.toContain(`backline_cost_gpu_utilisation_ratio{${LLAMA}}`);
    expect(text).toContain(`backline_cost_api_usd_per_hour{${QWEN},api="gpt-4o"} 12`);
    expect(text).toContain(`backline_tokens_per_second{${QWEN},kind="prompt"} 100`);
    expect(text).toContain(`backline_tokens_per_second{${QWEN},kind="generation"} 40`);
    expect(text).toContain('over the last 15 minutes.');
  });

  it('reports each deployment’s MTTA, MTTR and incident counts of the window', async () => {
    const metrics = createMetrics();
    registerIncidentStatsMetrics(
      metrics,
      async () => [
        {
          deployment: { namespace: 'ml-prod', name: 'qwen' },
          incidents: 3,
          acknowledged: 2,
          resolved: 1,
          mttaSeconds: 60,
          mttrSeconds: null,
        },
      ],
      30,
    );
    const text = await metrics.registry.metrics();
    expect(text).toContain(`backline_incident_mtta_seconds{${QWEN}} 60`);
    expect(text).not.toContain(`backline_incident_mttr_seconds{${QWEN}}`);
    expect(text).toContain(`backline_incident_window_incidents{${QWEN},stage="triggered"} 3`);
    expect(text).toContain(`backline_incident_window_incidents{${QWEN},stage="acknowledged"} 2`);
    expect(text).toContain(`backline_incident_window_incidents{${QWEN},stage="resolved"} 1`);
    expect(text).toContain('of the last 30 days.');
  });
});
