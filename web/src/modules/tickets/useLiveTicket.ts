import { useMemo } from 'react';
import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { newest, useLiveQuery } from '../../ui/useLiveQuery';
import { TicketChangedSubscription, TicketQuery } from './tickets.documents';

function newer(a: TicketDetailFieldsFragment, b: TicketDetailFieldsFragment): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.conversation.length >= b.conversation.length;
}

/** One ticket, replaced by each `ticketChanged` event about it. */
export function useLiveTicket(id: string) {
  const variables = useMemo(() => ({ id }), [id]);
  const { data, changes, ...state } = useLiveQuery({
    query: TicketQuery,
    variables,
    typenames: ['Ticket'],
    subscription: TicketChangedSubscription,
    subscriptionVariables: variables,
  });
  return { ...state, ticket: newest(data?.ticket, changes?.ticketChanged, newer) };
}
