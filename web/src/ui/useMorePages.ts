import { useCallback, useMemo, useState } from 'react';
import { type AnyVariables, type CombinedError, type DocumentInput, useClient } from 'urql';

/** What a cursor connection answers that paging needs. */
export interface PageOf<Node> {
  nodes: readonly Node[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Where a paged list stands: what {@link useMorePages} answers besides its nodes. */
export interface MorePagesState {
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: CombinedError | undefined;
  loadMore: () => Promise<void>;
}

/**
 * The pages after a connection's first: the first page comes from the page's own (live) query,
 * and `more()` reads the page after the last one loaded, with the same variables. Changing the
 * variables (a filter) starts again from the first page.
 */
export function useMorePages<Data, Variables extends AnyVariables, Node>(options: {
  query: DocumentInput<Data, Variables>;
  variables: Variables;
  first: PageOf<Node> | null | undefined;
  connection: (data: Data) => PageOf<Node> | null | undefined;
}) {
  const client = useClient();
  const { query, variables, first, connection } = options;
  const key = JSON.stringify(variables);
  const [more, setMore] = useState<{ key: string; pages: PageOf<Node>[] }>({ key, pages: [] });
  const [loading, setLoading] = useState(false);
  // A failed page's error, for the variables it was asked with.
  const [failed, setFailed] = useState<{ key: string; error: CombinedError | undefined }>();
  const pages = more.key === key ? more.pages : [];

  const last = pages.at(-1) ?? first;
  const after = last?.pageInfo.endCursor ?? null;
  const hasMore = last?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || loading) return;
    setLoading(true);
    const result = await client
      .query(query, { ...variables, after }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    const page = result.data ? connection(result.data) : null;
    if (result.error || !page) {
      setFailed({ key, error: result.error });
      return;
    }
    setFailed(undefined);
    setMore((current) => ({
      key,
      pages: [...(current.key === key ? current.pages : []), page],
    }));
  }, [client, query, variables, after, hasMore, loading, connection, key]);

  const nodes: Node[] = useMemo(
    () => [...(first?.nodes ?? []), ...pages.flatMap((p) => p.nodes)],
    [first, pages],
  );
  return {
    nodes,
    totalCount: first?.totalCount ?? 0,
    hasMore,
    loadingMore: loading,
    moreError: failed?.key === key ? failed.error : undefined,
    loadMore,
  };
}

/**
 * How many a paged list holds: the rows on screen once every page is loaded (live changes
 * included), else the server's count of them all.
 */
export function countOf(rows: readonly unknown[], pages: MorePagesState): number {
  return pages.hasMore ? pages.totalCount : rows.length;
}
