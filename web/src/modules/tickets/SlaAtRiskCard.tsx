import { Anchor, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { CountedPanel } from '../../ui/CountedPanel';
import { ticketPath } from '../../ui/humanIds';
import { countOf } from '../../ui/useMorePages';
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
  const { rows, loaded, error, refetch, pages } = useTicketsAtRisk();
  const total = countOf(rows, pages);
  return (
    <CountedPanel
      title="Tickets at risk of their SLA"
      testId="tickets-at-risk"
      count={total}
      loaded={loaded}
      error={error}
      onRetry={refetch}
      empty="No ticket is near its SLA."
    >
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
        {total > 8 ? (
          <Anchor component={Link} to="/tickets?view=BREACHING" size="sm">
            All {total} tickets at risk →
          </Anchor>
        ) : null}
      </Stack>
    </CountedPanel>
  );
}
