import { Stack, Text } from '@mantine/core';
import type { TicketSummaryFieldsFragment } from '../../generated/graphql';
import { OrDash, RefLink, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { ticketPath } from '../../ui/humanIds';
import { SlaCountdown } from './SlaCountdown';
import { PriorityBadge, TicketStatusBadge } from './TicketBadges';

const TABLE: TableSpec<TicketSummaryFieldsFragment> = {
  label: 'Tickets',
  minWidth: 960,
  list: true,
  rowProps: (ticket) => ({ 'data-testid': `ticket-row-${ticket.number}` }),
  columns: [
    {
      header: 'Ticket',
      cell: (ticket) => (
        <>
          <RefLink reference={ticket.reference} to={ticketPath(ticket)}>
            {ticket.subject}
          </RefLink>
          {ticket.incident ? (
            <Text size="xs" c="dimmed">
              Linked to INC-{ticket.incident.number}
            </Text>
          ) : null}
        </>
      ),
    },
    {
      header: 'Requester',
      cell: ({ requester }) => (
        <Stack gap={0}>
          <Text size="sm">{requester.name}</Text>
          <Text size="xs" c="dimmed">
            {requester.organisation ?? requester.email}
          </Text>
        </Stack>
      ),
    },
    {
      header: 'Priority',
      th: { w: 100 },
      cell: (ticket) => <PriorityBadge priority={ticket.priority} size="sm" />,
    },
    {
      header: 'Status',
      th: { w: 170 },
      cell: (ticket) => <TicketStatusBadge status={ticket.status} size="sm" />,
    },
    {
      header: 'SLA',
      th: { w: 150 },
      cell: ({ sla }) => (
        <SlaCountdown state={sla.state} dueAt={sla.dueAt} paused={sla.paused} size="sm" />
      ),
    },
    {
      header: 'Assignee',
      cell: (ticket) => <OrDash value={ticket.assignee?.name} placeholder="Unassigned" />,
    },
    { header: 'Created', th: { w: 120 }, cell: (ticket) => <TimeAgo at={ticket.createdAt} /> },
  ],
};

export function TicketsTable({ rows }: { rows: readonly TicketSummaryFieldsFragment[] }) {
  return <DataTable {...TABLE} rows={rows} />;
}
