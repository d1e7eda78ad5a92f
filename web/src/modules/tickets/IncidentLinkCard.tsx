import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { incidentPath } from '../../ui/humanIds';
import { isActive } from './ticketStyle';
import {
  IncidentChoicesQuery,
  LinkTicketMutation,
  UnlinkTicketMutation,
} from './tickets.documents';

/**
 * The incident a ticket waits on: pick an open incident to link (the ticket waits in
 * PENDING_INCIDENT until it resolves), or unlink it.
 */
export function IncidentLinkCard({ ticket }: { ticket: TicketDetailFieldsFragment }) {
  const [choice, setChoice] = useState<string | null>(null);
  const [choices] = useQuery({ query: IncidentChoicesQuery, pause: Boolean(ticket.incident) });
  const [link, linkTicket] = useMutation(LinkTicketMutation);
  const [unlink, unlinkTicket] = useMutation(UnlinkTicketMutation);
  const fail = (error: Parameters<typeof errorMessage>[0]) =>
    notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) });

  if (ticket.incident) {
    const incident = ticket.incident;
    return (
      <Stack gap="xs" data-testid="ticket-incident">
        <Title order={4}>Incident</Title>
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Anchor component={Link} to={incidentPath(incident)} size="sm" fw={600}>
              INC-{incident.number} · {incident.title}
            </Anchor>
            <Badge size="sm" variant="light" color="gray" data-testid="linked-incident-status">
              {incident.status.toLowerCase()}
            </Badge>
          </Stack>
          {isActive(ticket.status) ? (
            <Button
              size="xs"
              variant="default"
              style={{ flexShrink: 0 }}
              loading={unlink.fetching}
              onClick={async () => {
                const result = await unlinkTicket({ input: { id: ticket.id } });
                if (result.error) fail(result.error);
              }}
            >
              Unlink
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }
  if (!isActive(ticket.status)) return null;
  const options = (choices.data?.incidents ?? []).map((i) => ({
    value: i.id,
    label: `INC-${i.number} · ${i.severity} · ${i.title}`,
  }));
  return (
    <Stack gap="xs" data-testid="ticket-incident">
      <Title order={4}>Incident</Title>
      <Select
        label="Link to an open incident"
        placeholder={options.length ? 'Pick an incident' : 'No open incidents'}
        searchable
        data={options}
        value={choice}
        onChange={setChoice}
        disabled={!options.length}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!choice}
          loading={link.fetching}
          onClick={async () => {
            if (!choice) return;
            const result = await linkTicket({ input: { id: ticket.id, incidentId: choice } });
            if (result.error) fail(result.error);
            else setChoice(null);
          }}
        >
          Link incident
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        The ticket waits while the incident is open and comes back with a suggested reply when it
        resolves.
      </Text>
    </Stack>
  );
}
