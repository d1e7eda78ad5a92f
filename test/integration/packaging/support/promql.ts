/**
 * Just enough PromQL reading to say which metrics and labels an expression uses.
 * Not a parser: it knows selectors, strings, ranges, grouping clauses and function
 * calls, which is what alert rules and dashboard queries are made of.
 */
export interface MetricUse {
  metric: string;
  /** Label names in the metric's selector. */
  labels: string[];
}

export interface ExpressionUses {
  metrics: MetricUse[];
  /** Labels named in by/without/on/ignoring/group_left/group_right clauses. */
  groupingLabels: string[];
}

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'inf',
  'nan',
]);

/** Aggregation operators: like functions, but `sum by (x) (…)` puts a clause before the call. */
const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]);

const IDENT = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*"(?:[^"\\]|\\.)*"/g;

export function analyzeExpression(expr: string): ExpressionUses {
  const metrics: MetricUse[] = [];
  const groupingLabels: string[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      i = skipString(expr, i);
      continue;
    }
    if (ch === '[') {
      i = expr.indexOf(']', i) + 1 || expr.length;
      continue;
    }
    if (ch === '{') {
      // A selector with no metric name: {__name__="…"} is not used by our queries.
      const end = selectorEnd(expr, i);
      metrics.push({ metric: '', labels: matcherLabels(expr.slice(i + 1, end)) });
      i = end + 1;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const m = /[0-9.]+(e[+-]?[0-9]+)?[a-z]*/iy;
      m.lastIndex = i;
      m.exec(expr);
      i = m.lastIndex;
      continue;
    }
    IDENT.lastIndex = i;
    const ident = IDENT.exec(expr)?.[0];
    if (!ident) {
      i += 1;
      continue;
    }
    i += ident.length;
    const next = nextNonSpace(expr, i);
    if (KEYWORDS.has(ident.toLowerCase())) {
      if (
        ['by', 'without', 'on', 'ignoring', 'group_left', 'group_right'].includes(ident) &&
        expr.charAt(next) === '('
      ) {
        const close = expr.indexOf(')', next);
        groupingLabels.push(
          ...expr
            .slice(next + 1, close)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        i = close + 1;
      }
      continue;
    }
    if (expr.charAt(next) === '(' || AGGREGATIONS.has(ident)) continue; // a function call
    if (expr.charAt(next) === '{') {
      const end = selectorEnd(expr, next);
      metrics.push({ metric: ident, labels: matcherLabels(expr.slice(next + 1, end)) });
      i = end + 1;
      continue;
    }
    metrics.push({ metric: ident, labels: [] });
  }
  return { metrics, groupingLabels };
}

/**
 * Grafana template queries: `label_values(selector, label)` reads the selector;
 * anything else is PromQL.
 */
export function analyzeGrafanaQuery(query: string): ExpressionUses {
  const m = /^\s*label_values\((.*),\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*$/.exec(query);
  if (!m) return analyzeExpression(query);
  const uses = analyzeExpression(m[1] ?? '');
  return { metrics: uses.metrics, groupingLabels: [...uses.groupingLabels, m[2] ?? ''] };
}

function skipString(expr: string, start: number): number {
  const quote = expr.charAt(start);
  let i = start + 1;
  while (i < expr.length && expr.charAt(i) !== quote) i += expr.charAt(i) === '\\' ? 2 : 1;
  return i + 1;
}

function selectorEnd(expr: string, open: number): number {
  let i = open + 1;
  while (i < expr.length && expr.charAt(i) !== '}') {
    i = expr.charAt(i) === '"' ? skipString(expr, i) : i + 1;
  }
  return i;
}

function nextNonSpace(expr: string, from: number): number {
  let i = from;
  while (i < expr.length && /\s/.test(expr.charAt(i))) i += 1;
  return i;
}

function matcherLabels(body: string): string[] {
  return [...body.matchAll(MATCHER)].map((m) => m[1] ?? '');
}

/** Metric families and their labels, from a Prometheus text exposition. */
export function parseExposition(text: string): Map<string, { type: string; labels: Set<string> }> {
  const families = new Map<string, { type: string; labels: Set<string> }>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type?.[1] && type[2]) {
      families.set(type[1], { type: type[2], labels: new Set() });
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s/.exec(line);
    if (!sample?.[1]) continue;
    const family = familyOf(sample[1], families);
    for (const m of (sample[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)) {
      if (m[1]) family?.labels.add(m[1]);
    }
  }
  return families;
}

/** The family a series name belongs to: histograms and summaries add _bucket/_sum/_count. */
export function familyOf<T>(series: string, families: Map<string, T>): T | undefined {
  const direct = families.get(series);
  if (direct) return direct;
  const m = /^(.*)_(bucket|sum|count)$/.exec(series);
  return m?.[1] ? families.get(m[1]) : undefined;
}
