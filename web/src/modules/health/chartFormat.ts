import type { DeploymentHealthQuery } from '../../generated/graphql';
import { formatClockTime, formatCompactDateTime } from '../../ui/formatDate';

type Health = NonNullable<DeploymentHealthQuery['deployment']>['health'];
export type HealthSample = Health['history'][number];
export type HealthTransition = Health['transitions'][number];

export type ChartMetric = 'requestRate' | 'errorRatio' | 'ttftP95Ms' | 'kvCacheUsage';

export interface ChartSpec {
  metric: ChartMetric;
  title: string;
  color: string;
  format: (value: number) => string;
  /** The smallest top of the y axis, so a flat zero line does not stretch the scale. */
  floor: number;
}

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

export const formatRate = (value: number) => `${trim(value, value < 10 ? 2 : 0)}/s`;
export const formatPercent = (value: number) => `${trim(value * 100, value < 0.1 ? 2 : 1)}%`;
export const formatMs = (value: number) =>
  value >= 1000 ? `${trim(value / 1000, 2)} s` : `${trim(value, 0)} ms`;

export const CHARTS: readonly ChartSpec[] = [
  { metric: 'requestRate', title: 'Request rate', color: 'blue', format: formatRate, floor: 1 },
  { metric: 'errorRatio', title: 'Error ratio', color: 'red', format: formatPercent, floor: 0.05 },
  {
    metric: 'ttftP95Ms',
    title: 'Time to first token, p95',
    color: 'violet',
    format: formatMs,
    floor: 100,
  },
  {
    metric: 'kvCacheUsage',
    title: 'KV-cache usage',
    color: 'teal',
    format: formatPercent,
    floor: 0.1,
  },
];

export interface ChartPoint {
  t: number;
  value: number | null;
}

/** One metric's points, oldest first, with null left in place so the line shows a gap. */
export function chartPoints(samples: readonly HealthSample[], metric: ChartMetric): ChartPoint[] {
  return samples
    .map((s) => ({ t: new Date(s.at).getTime(), value: s[metric] ?? null }))
    .sort((a, b) => a.t - b.t);
}

const secondsFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const dayTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** Axis ticks: with seconds over a few minutes, clock times within a day, weekday beyond. */
export function formatTick(t: number, spanMs: number): string {
  if (spanMs > 24 * 3600_000) return dayTimeFormat.format(t);
  return spanMs < 10 * 60_000 ? secondsFormat.format(t) : formatClockTime(t);
}

export function formatTooltipTime(t: number): string {
  return formatCompactDateTime(new Date(t));
}
