import { describe, expect, it } from 'vitest';
import type { CostReport, CostView } from './costs.types.ts';
import { reportCsv } from './csv.ts';

const view = (overrides: Partial<CostView> = {}): CostView => ({
  gpuHours: 24,
  busyGpuHours: 18,
  idleGpuHours: 6,
  usedGpuHours: 18,
  unpricedGpuHours: 0,
  utilisation: 0.75,
  promptTokens: 3_000_000,
  generationTokens: 1_000_000,
  tokens: 4_000_000,
  costUsd: 19.3152,
  costPerDayUsd: 19.3152,
  costPerMillionTokensUsd: 4.8288,
  apiCostUsd: 17.5,
  savingUsd: -1.8152,
  usedDefaultPrices: true,
  gpuProducts: ['NVIDIA-L4'],
  ...overrides,
});

describe('the monthly CSV', () => {
  it('has a row per deployment and day with usage, and none for empty days', () => {
    const report = {
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-11-03T00:00:00Z'),
      groupBy: 'DEPLOYMENT',
      compareWith: { api: 'openai/gpt-4o' },
      total: view(),
      days: [],
      lines: [
        {
          key: 'ml-prod/chat',
          namespace: 'ml-prod',
          name: 'chat',
          environment: 'PROD',
          figures: view(),
          days: [
            { date: '2026-11-01', figures: view() },
            {
              date: '2026-11-02',
              figures: view({
                gpuHours: 0,
                tokens: 0,
                utilisation: null,
                costPerMillionTokensUsd: null,
              }),
            },
          ],
        },
      ],
    } as unknown as CostReport;
    expect(reportCsv(report).split('\r\n')).toEqual([
      'date,namespace,name,environment,gpu_products,gpu_hours,busy_gpu_hours,idle_gpu_hours,utilisation,used_gpu_hours,prompt_tokens,generation_tokens,cost_usd,cost_per_million_tokens_usd,compared_api,api_cost_usd,saving_usd,default_prices',
      '2026-11-01,ml-prod,chat,PROD,NVIDIA-L4,24,18,6,0.75,18,3000000,1000000,19.3152,4.8288,openai/gpt-4o,17.5,-1.8152,true',
      '',
    ]);
  });
});
