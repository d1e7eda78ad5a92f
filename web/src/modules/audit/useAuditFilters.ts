import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type AuditFilters, filtersFromSearchParams, filtersToSearchParams } from './auditFilters';

/** The audit filters, kept in the URL so a filtered view can be bookmarked and shared. */
export function useAuditFilters(): [AuditFilters, (filters: AuditFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the params' identity
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [key]);
  const setFilters = useCallback(
    (next: AuditFilters) => setSearchParams(filtersToSearchParams(next)),
    [setSearchParams],
  );
  return [filters, setFilters];
}
