/**
 * A reader for the Prometheus text exposition format (0.0.4), enough for what model
 * servers print: HELP/TYPE lines, labels with escaped values, optional timestamps.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export type Scrape = Map<string, Sample[]>;

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?\s*$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?\s*/g;

function parseValue(text: string): number {
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

export function parsePrometheusText(text: string): Scrape {
  const samples: Scrape = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[3] ?? '').matchAll(LABEL)) {
      labels[label[1] as string] = (label[2] as string)
        .replace(/\\n/g, '\n')
        .replace(/\\"/g, '"')
        .replace(/\\\\/g, '\\');
    }
    const name = match[1] as string;
    const list = samples.get(name) ?? [];
    list.push({ name, labels, value: parseValue(match[4] as string) });
    samples.set(name, list);
  }
  return samples;
}

/** Sum of a series over all label sets (e.g. all models, all finish reasons); null when absent. */
export function total(
  scrape: Scrape,
  name: string,
  where: (labels: Record<string, string>) => boolean = () => true,
): number | null {
  const list = scrape.get(name)?.filter((s) => where(s.labels));
  if (!list?.length) return null;
  return list.reduce((sum, s) => sum + (Number.isFinite(s.value) ? s.value : 0), 0);
}

/** Cumulative histogram buckets by upper bound, summed over label sets. */
export interface HistogramSnapshot {
  buckets: { le: number; count: number }[];
  count: number;
  sum: number;
}

export function histogram(scrape: Scrape, name: string): HistogramSnapshot | null {
  const buckets = scrape.get(`${name}_bucket`);
  if (!buckets?.length) return null;
  const byLe = new Map<number, number>();
  for (const b of buckets) {
    const le = parseValue(b.labels.le ?? '+Inf');
    byLe.set(le, (byLe.get(le) ?? 0) + b.value);
  }
  return {
    buckets: [...byLe.entries()].sort(([a], [b]) => a - b).map(([le, count]) => ({ le, count })),
    count: total(scrape, `${name}_count`) ?? 0,
    sum: total(scrape, `${name}_sum`) ?? 0,
  };
}

/** The first of several names that is present: runtimes rename metrics between versions. */
export function firstPresent<T>(names: string[], read: (name: string) => T | null): T | null {
  for (const name of names) {
    const value = read(name);
    if (value !== null) return value;
  }
  return null;
}
