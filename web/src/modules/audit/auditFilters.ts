import type { AuditEntryFieldsFragment, AuditLogFilter } from '../../generated/graphql';

/** The audit log filters as they appear in the page's URL and the export link. */
export interface AuditFilters {
  /** Prefix of the action, e.g. `token.` or `user.create`. */
  action: string;
  /** Part of the actor's name, case-insensitive. */
  actor: string;
  targetType: string;
  targetId: string;
  /** ISO-8601; inclusive. */
  from: string;
  /** ISO-8601; exclusive. */
  to: string;
}

export const FILTER_KEYS = ['action', 'actor', 'targetType', 'targetId', 'from', 'to'] as const;

export const EMPTY_FILTERS: AuditFilters = {
  action: '',
  actor: '',
  targetType: '',
  targetId: '',
  from: '',
  to: '',
};

export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = params.get(key)?.trim() ?? '';
  return filters;
}

export function filtersToSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function hasActiveFilters(filters: AuditFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key].trim() !== '');
}

/** The GraphQL filter, leaving out empty fields. */
export function toGraphqlFilter(filters: AuditFilters): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** `GET /api/audit/export` with the same filters, as NDJSON. */
export function auditExportUrl(filters: AuditFilters): string {
  const query = filtersToSearchParams(filters).toString();
  return query ? `/api/audit/export?${query}` : '/api/audit/export';
}

/**
 * Whether an entry that arrived live belongs in the filtered list; mirrors the server's
 * rules (action by prefix, actor by substring, target exact, from inclusive, to exclusive).
 */
export function matchesFilters(entry: AuditEntryFieldsFragment, filters: AuditFilters): boolean {
  const action = filters.action.trim();
  const actor = filters.actor.trim().toLowerCase();
  const targetType = filters.targetType.trim();
  const targetId = filters.targetId.trim();
  if (action && !entry.action.startsWith(action)) return false;
  if (actor && !entry.actor.toLowerCase().includes(actor)) return false;
  if (targetType && entry.targetType !== targetType) return false;
  if (targetId && entry.targetId !== targetId) return false;
  const at = new Date(entry.occurredAt).getTime();
  if (filters.from && at < new Date(filters.from).getTime()) return false;
  if (filters.to && at >= new Date(filters.to).getTime()) return false;
  return true;
}

/** `2026-11-27T21:20:49.000Z` → `2026-11-27T22:20` in the browser's zone, for datetime-local inputs. */
export function isoToLocalInput(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** The reverse of {@link isoToLocalInput}; empty for an empty or invalid input. */
export function localInputToIso(local: string): string {
  if (!local) return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
