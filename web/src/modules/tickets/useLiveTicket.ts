import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { laterCopy, useLiveOne } from '../../ui/useLiveQuery';
import { TicketChangedSubscription, TicketQuery } from './tickets.documents';

/** One ticket, replaced by each `ticketChanged` event about it. */
export function useLiveTicket(id: string) {
  const { item, ...state } = useLiveOne({
    query: TicketQuery,
    subscription: TicketChangedSubscription,
    id,
    typename: 'Ticket',
    loaded: (data) => data.ticket,
    changed: (event) => event.ticketChanged,
    isNewer: laterCopy((ticket: TicketDetailFieldsFragment) => ticket.conversation),
  });
  return { ...state, ticket: item };
}
