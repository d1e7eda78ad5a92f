import canonicalJson from 'safe-stable-stringify';
import type { Condition, Deployment, PodTemplateSpec, ReplicaSet } from '../store/types.ts';

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * FNV-32a of the template in canonical form (keys sorted), encoded like k8s.io/apimachinery's
 * SafeEncodeString. The real controller hashes the typed struct, whose field order is fixed, so
 * the same template gives the same hash whatever order a client wrote its keys in.
 */
export function templateHash(template: PodTemplateSpec): string {
  const text = canonicalJson(template);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return [...String(hash)].map((ch) => SAFE[ch.charCodeAt(0) % SAFE.length]).join('');
}

/** Resolves an int-or-percent against a total; surge rounds up, unavailable rounds down. */
export function resolveIntOrPercent(
  value: number | string | undefined,
  total: number,
  roundUp: boolean,
  fallback: string,
): number {
  const v = value ?? fallback;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m?.[1]) return Number.parseInt(v, 10) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

export function surgeAndUnavailable(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  const rolling = d.spec.strategy?.rollingUpdate;
  const maxSurge = resolveIntOrPercent(rolling?.maxSurge, replicas, true, '25%');
  let maxUnavailable = resolveIntOrPercent(rolling?.maxUnavailable, replicas, false, '25%');
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, replicas) };
}

export function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}

export function specReplicas(rs: ReplicaSet): number {
  return rs.spec.replicas ?? 0;
}

export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  return ta === tb
    ? (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '')
    : ta.localeCompare(tb);
}

/** Sets a condition; keeps lastTransitionTime when the status does not change. */
export function setCondition(conditions: Condition[], next: Condition): Condition[] {
  const existing = conditions.find((c) => c.type === next.type);
  if (existing && existing.status === next.status && existing.reason === next.reason) {
    return conditions;
  }
  const merged: Condition = {
    ...next,
    ...(existing && existing.status === next.status && existing.lastTransitionTime
      ? { lastTransitionTime: existing.lastTransitionTime }
      : {}),
  };
  return [...conditions.filter((c) => c.type !== next.type), merged];
}

/** The order the real controller keeps: Available, then Progressing, then the rest. */
export function orderConditions(conditions: Condition[]): Condition[] {
  const rank = (c: Condition): number =>
    c.type === 'Available' ? 0 : c.type === 'Progressing' ? 1 : 2;
  return [...conditions].sort((a, b) => rank(a) - rank(b));
}
