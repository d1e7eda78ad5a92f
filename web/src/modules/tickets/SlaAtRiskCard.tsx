import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { ticketPath } from '../../ui/humanIds';
import { Panel } from '../../ui/Panel';
import { useViewer } from '../auth';
import { SlaCountdown } from './SlaCountdown';
import { PriorityBadge } from './TicketBadges';
import type { TicketFilter } from './useLiveTickets';
import { useLiveTickets } from './useLiveTickets';

const BREACHING: TicketFilter = { view: 'BREACHING', status: [], priority: [], search: '' };

/** Active tickets whose SLA is at risk or breached, soonest due first; for SUPPORT and up. */
export function useTicketsAtRisk() {
  const viewer = useViewer();
  return useLiveTickets(BREACHING, viewer.user.id);
}

/** The overview's tickets near or past their SLA; render it only for roles that read tickets. */
export function SlaAtRiskCard() {
  const { rows, loaded, error, refetch } = useTicketsAtRisk();
  return (
    <Panel
      title={
        <Group gap="xs" component="span">
          Tickets at risk of their SLA
          {loaded ? (
            <Text span c="dimmed" fw={400}>
              {rows.length}
            </Text>
          ) : null}
        </Group>
      }
      testId="tickets-at-risk"
    >
      {error && !loaded ? (
        <ErrorState
          title="Could not load tickets"
          message={errorMessage(error)}
          onRetry={refetch}
        />
      ) : !loaded ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No ticket is near its SLA.
        </Text>
      ) : (
        <Stack gap="xs">
          {rows.slice(0, 8).map((ticket) => (
            <Group key={ticket.id} justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <PriorityBadge priority={ticket.priority} size="sm" />
                <Anchor component={Link} to={ticketPath(ticket)} size="sm" fw={600} truncate>
                  {ticket.reference} · {ticket.subject}
                </Anchor>
              </Group>
              <SlaCountdown
                state={ticket.sla.state}
                dueAt={ticket.sla.dueAt}
                paused={ticket.sla.paused}
                size="sm"
              />
            </Group>
          ))}
          {rows.length > 8 ? (
            <Anchor component={Link} to="/tickets?view=BREACHING" size="sm">
              All {rows.length} tickets at risk →
            </Anchor>
          ) : null}
        </Stack>
      )}
    </Panel>
  );
}
