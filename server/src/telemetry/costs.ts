import { perDeploymentGauges } from './deployment-gauges.ts';
import type { AppMetrics } from './registry.ts';

/** One deployment's rates over the recent window; see costs/ and docs/costs.md. */
export interface DeploymentCostRates {
  namespace: string;
  name: string;
  /** Mean GPUs held over the window. */
  gpus: number;
  /** Mean GPUs held while the engine served nothing. */
  idleGpus: number;
  costUsdPerHour: number;
  /** What the same tokens would cost per hour on the compared API. */
  apiUsdPerHour: number;
  /** The compared API's key. */
  api: string;
  costPerMillionTokensUsd: number | null;
  utilisation: number | null;
  promptTokensPerSecond: number;
  generationTokensPerSecond: number;
}

/**
 * Cost and token rates per deployment over the last window, computed from the store at each
 * scrape (concurrent scrapes share one read), so every replica reports the same values.
 */
export function registerCostMetrics(
  metrics: AppMetrics,
  rates: () => Promise<DeploymentCostRates[]>,
  windowMinutes: number,
): void {
  const gauges = perDeploymentGauges(metrics, rates, (r) => r);
  const perWindow = `per deployment, over the last ${windowMinutes} minutes.`;
  const values: [string, string, (r: DeploymentCostRates) => number | null][] = [
    [
      'backline_cost_usd_per_hour',
      'GPU cost per hour, idle GPUs included',
      (r) => r.costUsdPerHour,
    ],
    ['backline_cost_gpus', 'Mean GPUs held', (r) => r.gpus],
    [
      'backline_cost_idle_gpus',
      'Mean GPUs held while the engine served nothing',
      (r) => r.idleGpus,
    ],
    [
      'backline_cost_per_million_tokens_usd',
      'GPU cost per million tokens served (prompt and generation)',
      (r) => r.costPerMillionTokensUsd,
    ],
    [
      'backline_cost_gpu_utilisation_ratio',
      'GPU time held weighted by the engine occupancy (the fuller of its batch slots and KV cache), over the GPU time held',
      (r) => r.utilisation,
    ],
  ];
  for (const [name, help, value] of values) gauges.value(name, `${help}, ${perWindow}`, value);
  gauges.split(
    'backline_cost_api_usd_per_hour',
    `What the tokens served would cost per hour on a closed API at its list price, ${perWindow}`,
    'api',
    (r) => ({ [r.api]: r.apiUsdPerHour }),
  );
  gauges.split(
    'backline_tokens_per_second',
    `Tokens served per second, per deployment and kind (prompt or generation), over the last ${windowMinutes} minutes.`,
    'kind',
    (r) => ({ prompt: r.promptTokensPerSecond, generation: r.generationTokensPerSecond }),
  );
}
