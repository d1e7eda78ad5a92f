import { Button, Group, MultiSelect, Paper, SegmentedControl, TextInput } from '@mantine/core';
import { IconLifebuoy, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TicketView } from '../../generated/graphql';
import { ListStates, LiveUpdatesAlert } from '../../ui/ListStates';
import { PageHeader } from '../../ui/PageHeader';
import { stateOptions } from '../../ui/stateStyle';
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
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const viewParam = params.get('view');
  const statusParam = params.get('status') ?? '';
  const priorityParam = params.get('priority') ?? '';
  const search = params.get('q') ?? '';
  const filter = useMemo<TicketFilter>(
    () => ({
      view: isView(viewParam) ? viewParam : 'ALL',
      status: statusParam.split(',').filter(isTicketStatus),
      priority: priorityParam.split(',').filter(isPriority),
      search,
    }),
    [viewParam, statusParam, priorityParam, search],
  );
  const { rows, loaded, error, liveError, refetch } = useLiveTickets(filter, viewer.user.id);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Tickets"
        description="Requests from customers, with their SLA clocks. The queue updates live."
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            New ticket
          </Button>
        }
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label="View"
          data={VIEWS}
          value={filter.view}
          onChange={(value) => setParam('view', value === 'ALL' ? '' : value)}
        />
        <MultiSelect
          aria-label="Status"
          placeholder={filter.status.length === 0 ? 'All statuses' : undefined}
          clearable
          w={300}
          data={stateOptions(TICKET_STATUS_STYLE)}
          value={[...filter.status]}
          onChange={(values) => setParam('status', values.join(','))}
        />
        <MultiSelect
          aria-label="Priority"
          placeholder={filter.priority.length === 0 ? 'All priorities' : undefined}
          clearable
          w={240}
          data={stateOptions(PRIORITY_STYLE)}
          value={[...filter.priority]}
          onChange={(values) => setParam('priority', values.join(','))}
        />
        <TextInput
          aria-label="Search"
          placeholder="Subject, requester or T-number"
          leftSection={<IconSearch size={16} />}
          w={260}
          value={search}
          onChange={(event) => setParam('q', event.currentTarget.value)}
        />
      </Group>
      <LiveUpdatesAlert error={liveError} hint="Reload to see the newest tickets." list />
      <Paper withBorder radius="md">
        <ListStates
          state={{ error, loaded, refetch }}
          errorTitle="Could not load tickets"
          emptyKind="inset"
          empty={
            rows.length > 0
              ? null
              : {
                  icon: <IconLifebuoy size={28} />,
                  title: filter.view === 'BREACHING' ? 'Nothing at risk' : 'No tickets here',
                  description:
                    filter.view === 'BREACHING'
                      ? 'No active ticket is close to or past its SLA.'
                      : 'Tickets arrive from the inbound endpoint or are opened here.',
                }
          }
        >
          <TicketsTable rows={rows} />
        </ListStates>
      </Paper>
      <CreateTicketDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
