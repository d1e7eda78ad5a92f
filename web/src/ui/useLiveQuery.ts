import { useCallback, useEffect, useMemo } from 'react';
import {
  type AnyVariables,
  type DocumentInput,
  type SubscriptionHandler,
  useQuery,
  useSubscription,
} from 'urql';

/**
 * A query whose answer a mutation of any of `typenames` refreshes, with a retry that goes to the
 * server: the loading state every list and page starts from.
 */
export function useListQuery<Data, Variables extends AnyVariables = AnyVariables>(
  query: DocumentInput<Data, Variables>,
  typenames: readonly string[],
  variables?: Variables,
) {
  const typenameKey = typenames.join(',');
  const context = useMemo(() => ({ additionalTypenames: typenameKey.split(',') }), [typenameKey]);
  const [result, reexecute] = useQuery<Data, Variables>({
    query,
    variables: variables as Variables,
    context,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    data: result.data,
    loaded: result.data !== undefined,
    fetching: result.fetching,
    error: result.error,
    refetch,
  };
}

/**
 * {@link useListQuery} with a subscription beside it: `changes` is what the events since the page
 * loaded folded into one value by `fold` (by default the newest event).
 */
export function useLiveQuery<
  Data,
  Variables extends AnyVariables,
  Event,
  Changes = Event,
  EventVariables extends AnyVariables = AnyVariables,
>(options: {
  query: DocumentInput<Data, Variables>;
  variables?: Variables;
  typenames: readonly string[];
  subscription: DocumentInput<Event, EventVariables>;
  subscriptionVariables?: EventVariables;
  fold?: SubscriptionHandler<Event, Changes>;
}) {
  const list = useListQuery(options.query, options.typenames, options.variables);
  const [live] = useSubscription<Event, Changes, EventVariables>(
    {
      query: options.subscription,
      variables: options.subscriptionVariables as EventVariables,
    },
    options.fold,
  );
  return { ...list, changes: live.data, liveError: live.error };
}

/** A fold for {@link useLiveQuery}: the newest copy of each thing an event carried, by id. */
export function latestById<Event, Item extends { id: string }>(pick: (event: Event) => Item) {
  return (changes: Record<string, Item> | undefined, event: Event): Record<string, Item> => {
    const item = pick(event);
    return { ...changes, [item.id]: item };
  };
}

/**
 * One thing as loaded or as the newest event carried it, whichever `isNewer` prefers: a mutation's
 * answer refreshes the query, so the query's copy can be the newer one.
 */
export function newest<T>(
  fromQuery: T | null | undefined,
  fromLive: T | null | undefined,
  isNewer: (a: T, b: T) => boolean,
): T | null | undefined {
  return fromLive && (!fromQuery || isNewer(fromLive, fromQuery)) ? fromLive : fromQuery;
}

/**
 * A query about one thing (`{ id }`) read again from the server whenever `version` changes, e.g.
 * when the page's live copy of that thing changes; `reload` reads it again at once.
 */
export function useQueryOf<Data>(
  query: DocumentInput<Data, { id: string }>,
  id: string,
  version: unknown,
) {
  const variables = useMemo(() => ({ id }), [id]);
  const [result, reexecute] = useQuery<Data, { id: string }>({ query, variables });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    void version;
    reload();
  }, [version, reload]);
  return [result, reload] as const;
}

/**
 * One thing by its id (or a human id such as INC-12, which the query resolves), replaced by each
 * event about it; as a mutation's answer refreshes the query, whichever copy `isNewer` prefers is
 * the one shown. Events are followed by the loaded record's own id, never by the one asked for.
 */
export function useLiveOne<Data, Event, Item extends { id: string }>(options: {
  query: DocumentInput<Data, { id: string }>;
  subscription: DocumentInput<Event, { id?: string | null }>;
  id: string;
  typename: string;
  loaded: (data: Data) => Item | null | undefined;
  changed: (event: Event) => Item | null | undefined;
  isNewer: (a: Item, b: Item) => boolean;
}) {
  const { id } = options;
  const variables = useMemo(() => ({ id }), [id]);
  const list = useListQuery(options.query, [options.typename], variables);
  const fromQuery = list.data === undefined ? undefined : options.loaded(list.data);
  const recordId = fromQuery?.id;
  const subscriptionVariables = useMemo(() => ({ id: recordId }), [recordId]);
  const [live] = useSubscription({
    query: options.subscription,
    variables: subscriptionVariables,
    pause: !recordId,
  });
  const item = newest(
    fromQuery,
    live.data === undefined ? undefined : options.changed(live.data),
    options.isNewer,
  );
  const { loaded, fetching, error, refetch } = list;
  return { loaded, fetching, error, refetch, liveError: live.error, item };
}

/** Whether `a` is the later copy: changed later, or as late and with at least as many `entries`. */
export function laterCopy<T extends { updatedAt: string }>(
  entries: (copy: T) => readonly unknown[],
) {
  return (a: T, b: T): boolean =>
    a.updatedAt !== b.updatedAt
      ? a.updatedAt > b.updatedAt
      : entries(a).length >= entries(b).length;
}
