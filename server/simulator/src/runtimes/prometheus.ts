import type { Histogram } from './metrics-state.ts';

/** Prometheus text exposition helpers (labels in the order given, values as the Python client prints them). */

export type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Python prometheus_client formats floats like repr(): 3.0, 0.25, 1.2e+10. */
export function pyFloat(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  const text = String(value);
  return text.replace(/e\+?(\d)$/, 'e+0$1').replace(/e-(\d)$/, 'e-0$1');
}

export class MetricsWriter {
  private readonly lines: string[] = [];
  private readonly fmt: (v: number) => string;

  constructor(fmt: (v: number) => string = pyFloat) {
    this.fmt = fmt;
  }

  header(name: string, type: 'counter' | 'gauge' | 'histogram', help: string): this {
    this.lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    return this;
  }

  sample(name: string, labels: Labels, value: number): this {
    this.lines.push(`${name}${labelText(labels)} ${this.fmt(value)}`);
    return this;
  }

  gauge(name: string, help: string, labels: Labels, value: number): this {
    return this.header(name, 'gauge', help).sample(name, labels, value);
  }

  counter(name: string, help: string, labels: Labels, value: number, created?: number): this {
    const base = name.endsWith('_total') ? name.slice(0, -6) : name;
    this.header(base, 'counter', help).sample(`${base}_total`, labels, value);
    if (created !== undefined) this.sample(`${base}_created`, labels, created);
    return this;
  }

  histogram(name: string, help: string, labels: Labels, h: Histogram, leFirst = true): this {
    this.header(name, 'histogram', help);
    h.buckets.forEach((le, i) => {
      const le2 = this.fmt(le);
      this.sample(
        `${name}_bucket`,
        leFirst ? { le: le2, ...labels } : { ...labels, le: le2 },
        h.counts[i] ?? 0,
      );
    });
    this.sample(
      `${name}_bucket`,
      leFirst ? { le: '+Inf', ...labels } : { ...labels, le: '+Inf' },
      h.count,
    );
    this.sample(`${name}_count`, labels, h.count);
    this.sample(`${name}_sum`, labels, h.sum);
    return this;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
