import { Gauge } from 'prom-client';
import { singleFlight } from '../shared/single-flight.ts';
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
  const read = singleFlight(rates);
  const labels = (r: DeploymentCostRates) => ({
    deployment_namespace: r.namespace,
    deployment: r.name,
  });
  const gauges: [string, string, (r: DeploymentCostRates) => number | null][] = [
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
  for (const [name, help, value] of gauges) {
    new Gauge({
      name,
      help: `${help}, per deployment, over the last ${windowMinutes} minutes.`,
      labelNames: ['deployment_namespace', 'deployment'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const r of await read()) {
          const v = value(r);
          if (v !== null) this.set(labels(r), v);
        }
      },
    });
  }
  new Gauge({
    name: 'backline_cost_api_usd_per_hour',
    help: `What the tokens served would cost per hour on a closed API at its list price, per deployment, over the last ${windowMinutes} minutes.`,
    labelNames: ['deployment_namespace', 'deployment', 'api'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const r of await read()) this.set({ ...labels(r), api: r.api }, r.apiUsdPerHour);
    },
  });
  new Gauge({
    name: 'backline_tokens_per_second',
    help: `Tokens served per second, per deployment and kind (prompt or generation), over the last ${windowMinutes} minutes.`,
    labelNames: ['deployment_namespace', 'deployment', 'kind'],
    registers: [metrics.registry],
    async collect() {
      this.reset();
      for (const r of await read()) {
        this.set({ ...labels(r), kind: 'prompt' }, r.promptTokensPerSecond);
        this.set({ ...labels(r), kind: 'generation' }, r.generationTokensPerSecond);
      }
    },
  });
}
