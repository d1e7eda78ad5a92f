import type { CostDay, CostFigures, CostGroupBy, CostLine, CostView } from './costs.types.ts';
import { addFigures, type DeploymentUsage, emptyFigures } from './usage.ts';

const DAY_MS = 86_400_000;

/** The figures with what follows from them, over a stretch of `seconds`. */
export function viewOf(f: CostFigures, seconds: number): CostView {
  const tokens = f.promptTokens + f.generationTokens;
  return {
    gpuHours: f.gpuSeconds / 3600,
    busyGpuHours: f.busyGpuSeconds / 3600,
    idleGpuHours: (f.gpuSeconds - f.busyGpuSeconds) / 3600,
    usedGpuHours: f.usedGpuSeconds / 3600,
    unpricedGpuHours: f.unpricedGpuSeconds / 3600,
    utilisation: f.gpuSeconds > 0 ? f.usedGpuSeconds / f.gpuSeconds : null,
    promptTokens: f.promptTokens,
    generationTokens: f.generationTokens,
    tokens,
    costUsd: f.costUsd,
    costPerDayUsd: seconds > 0 ? (f.costUsd * 86_400) / seconds : 0,
    costPerMillionTokensUsd: tokens > 0 ? (f.costUsd * 1e6) / tokens : null,
    apiCostUsd: f.apiCostUsd,
    savingUsd: f.apiCostUsd - f.costUsd,
    usedDefaultPrices: f.usedDefaultPrices,
    gpuProducts: f.gpuProducts,
  };
}

/** Every UTC day that the range touches, with the seconds of it within the range. */
export function daysOf(from: Date, to: Date): { date: string; seconds: number }[] {
  const out: { date: string; seconds: number }[] = [];
  for (let t = from.getTime(); t < to.getTime(); ) {
    const end = Math.min(to.getTime(), (Math.floor(t / DAY_MS) + 1) * DAY_MS);
    out.push({ date: new Date(t).toISOString().slice(0, 10), seconds: (end - t) / 1000 });
    t = end;
  }
  return out;
}

function dayList(
  days: { date: string; seconds: number }[],
  parts: Map<string, CostFigures>[],
): CostDay[] {
  return days.map(({ date, seconds }) => {
    const f = emptyFigures();
    for (const p of parts) {
      const d = p.get(date);
      if (d) addFigures(f, d);
    }
    return { date, figures: viewOf(f, seconds) };
  });
}

/** Lines per deployment or per environment, the days and the total, over the range. */
export function group(
  usages: DeploymentUsage[],
  range: { from: Date; to: Date; groupBy: CostGroupBy },
): { lines: CostLine[]; total: CostView; days: CostDay[] } {
  const seconds = (range.to.getTime() - range.from.getTime()) / 1000;
  const days = daysOf(range.from, range.to);
  const groups = new Map<string, DeploymentUsage[]>();
  for (const u of usages) {
    const key = range.groupBy === 'ENVIRONMENT' ? u.environment : `${u.namespace}/${u.name}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const lines = [...groups.entries()].map(([key, list]): CostLine => {
    const first = list[0] as DeploymentUsage;
    const byDeployment = range.groupBy === 'DEPLOYMENT';
    return {
      key,
      namespace: byDeployment ? first.namespace : null,
      name: byDeployment ? first.name : null,
      environment: first.environment,
      figures: viewOf(
        list.reduce((f, u) => addFigures(f, u.total), emptyFigures()),
        seconds,
      ),
      days: dayList(
        days,
        list.map((u) => u.days),
      ),
    };
  });
  lines.sort((a, b) => b.figures.costUsd - a.figures.costUsd || a.key.localeCompare(b.key));
  return {
    lines,
    total: viewOf(
      usages.reduce((f, u) => addFigures(f, u.total), emptyFigures()),
      seconds,
    ),
    days: dayList(
      days,
      usages.map((u) => u.days),
    ),
  };
}
