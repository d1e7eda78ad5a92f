import { SegmentedControl } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { TicketView } from '../../generated/graphql';
import { LiveListPage } from '../../ui/LiveListPage';
import { MorePages } from '../../ui/MorePages';
import { AddButton } from '../../ui/PageHeader';
import { listOf, SearchFilter, StatesFilter, useUrlFilters } from '../../ui/urlFilters';
import { useViewer } from '../auth';
import { CreateTicketDialog } from './CreateTicketDialog';
import { TicketsTable } from './TicketsTable';
import { isPriority, isTicketStatus, PRIORITY_STYLE, TICKET_STATUS_STYLE } from './ticketStyle';
import { type TicketFilter, useLiveTickets } from './useLiveTickets';

const VIEWS: { value: TicketView; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'MINE', label: 'Mine' },
  { value: 'UNASSIGNED', label: 'Unassigned' },
  { value: 'BREACHING', label: 'Breaching' },
];

function isView(value: string | null): value is TicketView {
  return VIEWS.some((v) => v.value === value);
}

/** The ticket queue, live; view and filters live in the URL (`?view=BREACHING&priority=URGENT`). */
export function TicketsQueue() {
  const viewer = useViewer();
  const filters = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const viewParam = filters.get('view');
  const statusParam = filters.get('status');
  const priorityParam = filters.get('priority');
  const search = filters.get('q');
  const filter = useMemo<TicketFilter>(
    () => ({
      view: isView(viewParam) ? viewParam : 'ALL',
      status: listOf(statusParam, isTicketStatus),
      priority: listOf(priorityParam, isPriority),
      search,
    }),
    [viewParam, statusParam, priorityParam, search],
  );
  const live = useLiveTickets(filter, viewer.user.id);
  const setParam = filters.set;

  return (
    <>
      <LiveListPage
        title="Tickets"
        description="Requests from customers, with their SLA clocks. The queue updates live."
        actions={<AddButton onClick={() => setCreating(true)}>New ticket</AddButton>}
        filters={
          <>
            <SegmentedControl
              aria-label="View"
              data={VIEWS}
              value={filter.view}
              onChange={(value) => setParam('view', value === 'ALL' ? '' : value)}
            />
            <StatesFilter
              label="Status"
              all="All statuses"
              w={300}
              styles={TICKET_STATUS_STYLE}
              value={filter.status}
              onChange={(values) => setParam('status', values)}
            />
            <StatesFilter
              label="Priority"
              all="All priorities"
              w={240}
              styles={PRIORITY_STYLE}
              value={filter.priority}
              onChange={(values) => setParam('priority', values)}
            />
            <SearchFilter
              placeholder="Subject, requester or T-number"
              value={search}
              onChange={(value) => setParam('q', value)}
            />
          </>
        }
        live={live}
        liveHint="Reload to see the newest tickets."
        errorTitle="Could not load tickets"
        inset
        empty={{
          icon: <IconLifebuoy size={28} />,
          title: filter.view === 'BREACHING' ? 'Nothing at risk' : 'No tickets here',
          description:
            filter.view === 'BREACHING'
              ? 'No active ticket is close to or past its SLA.'
              : 'Tickets arrive from the inbound endpoint or are opened here.',
        }}
      >
        <TicketsTable rows={live.rows} />
        <MorePages shown={live.rows.length} noun="tickets" pages={live.pages} />
      </LiveListPage>
      <CreateTicketDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
