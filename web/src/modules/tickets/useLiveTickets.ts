import { useMemo } from 'react';
import type {
  TicketPriority,
  TicketStatus,
  TicketSummaryFieldsFragment,
  TicketView,
} from '../../generated/graphql';
import { latestById, useLiveQuery } from '../../ui/useLiveQuery';
import { useMorePages } from '../../ui/useMorePages';
import { isActive } from './ticketStyle';
import { TicketsChangedSubscription, TicketsQuery } from './tickets.documents';

type Changes = Record<string, TicketSummaryFieldsFragment>;

export interface TicketFilter {
  view: TicketView;
  status: readonly TicketStatus[];
  priority: readonly TicketPriority[];
  search: string;
}

/** Whether a ticket announced live belongs in the list the filter shows. */
export function ticketMatches(
  ticket: TicketSummaryFieldsFragment,
  filter: TicketFilter,
  viewerId: string,
): boolean {
  const search = filter.search.trim().toLowerCase();
  const inView =
    filter.view === 'ALL' ||
    (filter.view === 'MINE' && ticket.assignee?.id === viewerId) ||
    (filter.view === 'UNASSIGNED' && !ticket.assignee) ||
    (filter.view === 'BREACHING' &&
      isActive(ticket.status) &&
      (ticket.sla.state === 'AT_RISK' || ticket.sla.state === 'BREACHED'));
  return (
    inView &&
    (filter.status.length === 0 || filter.status.includes(ticket.status)) &&
    (filter.priority.length === 0 || filter.priority.includes(ticket.priority)) &&
    (!search ||
      [ticket.subject, ticket.reference, ticket.requester.email, ticket.requester.name]
        .join(' ')
        .toLowerCase()
        .includes(search))
  );
}

/** Loaded tickets with live changes laid over them: breaching by due time, else newest first. */
export function mergeTickets(
  loaded: readonly TicketSummaryFieldsFragment[],
  changes: Changes,
  filter: TicketFilter,
  viewerId: string,
): TicketSummaryFieldsFragment[] {
  const byId = new Map(loaded.map((t) => [t.id, t]));
  for (const changed of Object.values(changes)) {
    if (ticketMatches(changed, filter, viewerId)) byId.set(changed.id, changed);
    else byId.delete(changed.id);
  }
  const rows = [...byId.values()];
  if (filter.view === 'BREACHING') {
    return rows.sort((a, b) => (a.sla.dueAt ?? '').localeCompare(b.sla.dueAt ?? ''));
  }
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number - a.number);
}

/** The ticket queue a page at a time, kept current by the `ticketChanged` subscription. */
export function useLiveTickets(filter: TicketFilter, viewerId: string) {
  const variables = useMemo(
    () => ({
      view: filter.view,
      status: filter.status.length > 0 ? [...filter.status] : null,
      priority: filter.priority.length > 0 ? [...filter.priority] : null,
      search: filter.search.trim() || null,
    }),
    [filter.view, filter.status, filter.priority, filter.search],
  );
  const { data, changes, ...state } = useLiveQuery({
    query: TicketsQuery,
    variables,
    typenames: ['Ticket'],
    subscription: TicketsChangedSubscription,
    fold: latestById((event) => event.ticketChanged),
  });
  const pages = useMorePages({
    query: TicketsQuery,
    variables,
    first: data?.ticketsConnection,
    connection: (more) => more.ticketsConnection,
  });
  const { nodes: loaded } = pages;
  const rows = useMemo(
    () => mergeTickets(loaded, changes ?? {}, filter, viewerId),
    [loaded, changes, filter, viewerId],
  );
  return { ...state, rows, pages };
}
