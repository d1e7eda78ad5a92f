import { canonicalJson } from '../shared/canonical-json.ts';

export interface DriftField {
  object: string;
  path: string;
  desired: unknown;
  live: unknown;
}

function at(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function leaves(value: unknown, path: (string | number)[], out: (string | number)[][]): void {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.push(path);
    else for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, [...path, key], out);
    return;
  }
  out.push(path);
}

/** Quantities and numbers the API server may write back in another form. */
function same(desired: unknown, live: unknown): boolean {
  if (canonicalJson(desired ?? null) === canonicalJson(live ?? null)) return true;
  return typeof desired === 'string' && typeof live === 'number' && desired === String(live);
}

/**
 * The fields Backline sets that the live object no longer has as set: what someone
 * changed by hand. Fields Backline does not set (defaults, status) are not compared.
 */
export function detectDrift(object: string, desired: unknown, live: unknown): DriftField[] {
  const paths: (string | number)[][] = [];
  leaves(desired, [], paths);
  return paths
    .filter(
      (p) =>
        p[0] === 'spec' || (p[0] === 'metadata' && (p[1] === 'labels' || p[1] === 'annotations')),
    )
    .map((p) => ({ path: p, desired: at(desired, p), live: at(live, p) }))
    .filter((f) => !same(f.desired, f.live))
    .map((f) => ({
      object,
      path: f.path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .slice(1)
        .replace(/\.\[/g, '['),
      desired: f.desired ?? null,
      live: f.live ?? null,
    }));
}
