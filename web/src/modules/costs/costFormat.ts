/** $1,234.56; cents below a dollar kept to four places ($0.0035). */
export function formatUsd(value: number | null | undefined): string {
  if (value == null) return '—';
  const digits = Math.abs(value) < 1 && value !== 0 ? 4 : 2;
  return value.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** 1.2 M, 34.5 k, 900. */
export function formatTokens(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} B`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`;
  return String(Math.round(value));
}

/** GPU time: 12.5 h, 3.25 h, or 4.2 min below six minutes. */
export function formatHours(value: number): string {
  if (value > 0 && value < 0.1) return `${(value * 60).toFixed(1)} min`;
  return `${value.toFixed(value < 10 ? 2 : 1)} h`;
}

export function formatShare(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value * 100)} %`;
}

export interface CostRange {
  value: string;
  label: string;
  days: number;
}

export const COST_RANGES: CostRange[] = [
  { value: '1', label: '24 h', days: 1 },
  { value: '7', label: '7 days', days: 7 },
  { value: '30', label: '30 days', days: 30 },
  { value: '90', label: '90 days', days: 90 },
];

/**
 * The range ending now, `days` long, at whole minutes so that a re-render asks the same: up to the
 * next minute, which has no usage yet, so that nothing up to now is left out.
 */
export function rangeEndingNow(days: number, now = Date.now()): { from: string; to: string } {
  const to = Math.ceil(now / 60_000) * 60_000;
  return {
    from: new Date(to - days * 86_400_000).toISOString(),
    to: new Date(to).toISOString(),
  };
}
