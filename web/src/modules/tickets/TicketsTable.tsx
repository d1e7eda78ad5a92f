import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TicketSummaryFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { SlaCountdown } from './SlaCountdown';
import { PriorityBadge, TicketStatusBadge } from './TicketBadges';
import { ticketPath } from './ticketStyle';

export function TicketsTable({ rows }: { rows: readonly TicketSummaryFieldsFragment[] }) {
  return (
    <Table.ScrollContainer type="native" minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Tickets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Ticket</Table.Th>
            <Table.Th>Requester</Table.Th>
            <Table.Th w={100}>Priority</Table.Th>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th w={150}>SLA</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th w={120}>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((ticket) => (
            <Table.Tr key={ticket.id} data-testid={`ticket-row-${ticket.number}`}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {ticket.reference}
                  </Text>
                  <Anchor component={Link} to={ticketPath(ticket.id)} fw={600} size="sm">
                    {ticket.subject}
                  </Anchor>
                </Group>
                {ticket.incident ? (
                  <Text size="xs" c="dimmed">
                    Linked to INC-{ticket.incident.number}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{ticket.requester.name}</Text>
                  <Text size="xs" c="dimmed">
                    {ticket.requester.organisation ?? ticket.requester.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={ticket.priority} size="sm" />
              </Table.Td>
              <Table.Td>
                <TicketStatusBadge status={ticket.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <SlaCountdown
                  state={ticket.sla.state}
                  dueAt={ticket.sla.dueAt}
                  paused={ticket.sla.paused}
                  size="sm"
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={ticket.assignee ? undefined : 'dimmed'}>
                  {ticket.assignee?.name ?? 'Unassigned'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(ticket.createdAt)}>
                  {formatRelative(ticket.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
