import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AuditEntryFieldsFragment } from '../../generated/graphql';
import { AuditEntryAppendedSubscription, AuditLogQuery } from './audit.documents';
import { type AuditFilters, matchesFilters, toGraphqlFilter } from './auditFilters';

export const AUDIT_PAGE_SIZE = 50;

interface AuditLogState {
  entries: AuditEntryFieldsFragment[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** The first page is loading. */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  error: CombinedError | null;
  /** Sequence numbers of entries that arrived live, to highlight them. */
  liveSeqs: ReadonlySet<string>;
  /** The live feed failed; the list only changes on reload. */
  liveError: CombinedError | null;
}

const INITIAL_STATE: AuditLogState = {
  entries: [],
  totalCount: 0,
  endCursor: null,
  hasNextPage: false,
  loading: true,
  loadingMore: false,
  error: null,
  liveSeqs: new Set(),
  liveError: null,
};

/**
 * The audit log, newest first, a page at a time, with entries appended since the page was
 * opened added live from the `auditEntryAppended` subscription.
 */
export function useAuditLog(filters: AuditFilters) {
  const client = useClient();
  const [state, setState] = useState<AuditLogState>(INITIAL_STATE);
  // Results of a superseded filter (or a reload) must not land in the current list.
  const generation = useRef(0);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const fetchPage = useCallback(
    async (after: string | null) => {
      const current = generation.current;
      const result = await client
        .query(
          AuditLogQuery,
          {
            filter: toGraphqlFilter(filtersRef.current),
            first: AUDIT_PAGE_SIZE,
            after,
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (current !== generation.current) return;
      if (result.error || !result.data) {
        setState((s) => ({
          ...s,
          loading: false,
          loadingMore: false,
          error: result.error ?? null,
        }));
        return;
      }
      const page = result.data.auditLog;
      setState((s) => {
        const known = new Set(after ? s.entries.map((e) => e.seq) : []);
        const fresh = page.nodes.filter((e) => !known.has(e.seq));
        return {
          ...s,
          entries: after ? [...s.entries, ...fresh] : page.nodes,
          totalCount: page.totalCount,
          endCursor: page.pageInfo.endCursor,
          hasNextPage: page.pageInfo.hasNextPage,
          loading: false,
          loadingMore: false,
          error: null,
          liveSeqs: after ? s.liveSeqs : new Set(),
        };
      });
    },
    [client],
  );

  const filtersKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the filters' value changes
  useEffect(() => {
    generation.current += 1;
    setState((s) => ({ ...INITIAL_STATE, liveError: s.liveError }));
    void fetchPage(null);
  }, [filtersKey, fetchPage]);

  useEffect(() => {
    const { unsubscribe } = client
      .subscription(AuditEntryAppendedSubscription, {})
      .subscribe((result) => {
        if (result.error) {
          const liveError = result.error;
          setState((s) => ({ ...s, liveError }));
          return;
        }
        const entry = result.data?.auditEntryAppended;
        if (!entry || !matchesFilters(entry, filtersRef.current)) return;
        setState((s) => {
          if (s.loading || s.entries.some((e) => e.seq === entry.seq)) return s;
          const liveSeqs = new Set(s.liveSeqs);
          liveSeqs.add(entry.seq);
          return {
            ...s,
            entries: [entry, ...s.entries],
            totalCount: s.totalCount + 1,
            liveSeqs,
          };
        });
      });
    return unsubscribe;
  }, [client]);

  const loadMore = useCallback(() => {
    if (!state.hasNextPage || state.loadingMore || !state.endCursor) return;
    setState((s) => ({ ...s, loadingMore: true }));
    void fetchPage(state.endCursor);
  }, [fetchPage, state.endCursor, state.hasNextPage, state.loadingMore]);

  const reload = useCallback(() => {
    generation.current += 1;
    setState(INITIAL_STATE);
    void fetchPage(null);
  }, [fetchPage]);

  return { ...state, loadMore, reload };
}
