import type { CostReport } from './costs.types.ts';

const HEADER = [
  'date',
  'namespace',
  'name',
  'environment',
  'gpu_products',
  'gpu_hours',
  'busy_gpu_hours',
  'idle_gpu_hours',
  'utilisation',
  'used_gpu_hours',
  'prompt_tokens',
  'generation_tokens',
  'cost_usd',
  'cost_per_million_tokens_usd',
  'compared_api',
  'api_cost_usd',
  'saving_usd',
  'default_prices',
];

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Number(value.toFixed(6))) : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per deployment and UTC day with usage, in the report's range; days without any left out. */
export function reportCsv(report: CostReport): string {
  const rows = [HEADER.join(',')];
  for (const line of report.lines) {
    for (const day of line.days) {
      const f = day.figures;
      if (f.gpuHours === 0 && f.tokens === 0) continue;
      rows.push(
        [
          day.date,
          line.namespace,
          line.name,
          line.environment,
          f.gpuProducts.join(' '),
          f.gpuHours,
          f.busyGpuHours,
          f.idleGpuHours,
          f.utilisation,
          f.usedGpuHours,
          f.promptTokens,
          f.generationTokens,
          f.costUsd,
          f.costPerMillionTokensUsd,
          report.compareWith.api,
          f.apiCostUsd,
          f.savingUsd,
          f.usedDefaultPrices,
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
