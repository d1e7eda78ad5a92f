import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ticketPath } from '../../ui/humanIds';
import { Panel } from '../../ui/Panel';
import { roleAtLeast, useViewer } from '../auth';
import { TicketStatusBadge } from './TicketBadges';
import { IncidentTicketsQuery } from './tickets.documents';

/**
 * The support tickets linked to an incident, for its page. Only support staff read tickets;
 * for others the card is not shown. `version` refetches when the incident changes.
 */
export function LinkedTicketsCard({
  incidentId,
  version,
}: {
  incidentId: string;
  version: string;
}) {
  const viewer = useViewer();
  const allowed = roleAtLeast(viewer.role, 'SUPPORT');
  const [query] = useQuery({
    query: IncidentTicketsQuery,
    variables: { id: incidentId },
    pause: !allowed,
    context: useTicketsContext(version),
  });
  if (!allowed) return null;
  const tickets = query.data?.incident?.tickets ?? [];
  return (
    <Panel title="Tickets" testId="linked-tickets">
      {tickets.length === 0 ? (
        <Text size="sm" c="dimmed">
          No support tickets are linked to this incident.
        </Text>
      ) : (
        <Stack gap={6}>
          {tickets.map((t) => (
            <Group key={t.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={ticketPath(t)} size="sm">
                {t.reference} · {t.subject}
              </Anchor>
              <TicketStatusBadge status={t.status} size="sm" noShrink />
            </Group>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

function useTicketsContext(version: string) {
  // A new context object per incident version makes urql fetch the list again.
  return useMemo(
    () => ({
      additionalTypenames: ['Ticket'],
      requestPolicy: 'cache-and-network' as const,
      version,
    }),
    [version],
  );
}
