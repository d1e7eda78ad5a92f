import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { TicketChangedSubscription, TicketQuery } from './tickets.documents';

function newer(a: TicketDetailFieldsFragment, b: TicketDetailFieldsFragment): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.conversation.length >= b.conversation.length;
}

/** One ticket, replaced by each `ticketChanged` event about it. */
export function useLiveTicket(id: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Ticket'] }), []);
  const variables = useMemo(() => ({ id }), [id]);
  const [query, refetch] = useQuery({ query: TicketQuery, variables, context });
  const [live] = useSubscription({ query: TicketChangedSubscription, variables });
  const fromQuery = query.data?.ticket;
  const fromLive = live.data?.ticketChanged;
  const latest: TicketDetailFieldsFragment | null | undefined =
    fromLive && (!fromQuery || newer(fromLive, fromQuery)) ? fromLive : fromQuery;
  return {
    ticket: latest,
    loaded: query.data !== undefined,
    error: query.error,
    liveError: live.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
