import { Button, Group, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { TicketDetailFieldsFragment, TicketStatus } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { errorMessage } from '../../ui/graphqlError';
import { stateOptions } from '../../ui/stateStyle';
import { roleAtLeast, useViewer } from '../auth';
import {
  isPriority,
  MANUAL_MOVES,
  type PRIORITIES,
  PRIORITY_STYLE,
  TICKET_STATUS_STYLE,
} from './ticketStyle';
import {
  ChangeTicketStatusMutation,
  TicketAssigneesQuery,
  UpdateTicketMutation,
} from './tickets.documents';

/** Status moves, priority and assignee of a ticket. */
export function TicketDetails({ ticket }: { ticket: TicketDetailFieldsFragment }) {
  const viewer = useViewer();
  const [status, changeStatus] = useMutation(ChangeTicketStatusMutation);
  const [update, updateTicket] = useMutation(UpdateTicketMutation);
  const fail = (error: Parameters<typeof errorMessage>[0]) =>
    notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) });

  const move = async (to: TicketStatus) => {
    const result = await changeStatus({ input: { id: ticket.id, status: to } });
    if (result.error) fail(result.error);
  };
  const set = async (input: {
    priority?: (typeof PRIORITIES)[number];
    assigneeId?: string | null;
    group?: string;
    tags?: string[];
  }) => {
    const result = await updateTicket({ input: { id: ticket.id, ...input } });
    if (result.error) fail(result.error);
  };
  const mine = ticket.assignee?.id === viewer.user.id;
  // Only admins may list users; everyone else assigns to themselves.
  const canPick = roleAtLeast(viewer.role, 'ADMIN');
  const [people] = useQuery({ query: TicketAssigneesQuery, pause: !canPick });
  const staff = (people.data?.users ?? [])
    .filter((u) => !u.disabled && roleAtLeast(u.role, 'SUPPORT'))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const current = ticket.assignee;
  const choices =
    current && !staff.some((o) => o.value === current.id)
      ? [...staff, { value: current.id, label: `${current.name} (${current.email})` }]
      : staff;
  const [group, setGroup] = useState(ticket.group ?? '');

  return (
    <Stack gap="sm">
      <Title order={4}>Details</Title>
      <Group gap="xs" wrap="wrap" aria-label="Status moves">
        {MANUAL_MOVES[ticket.status].map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'RESOLVED' ? 'filled' : 'default'}
            color={to === 'RESOLVED' ? 'green' : undefined}
            loading={status.fetching}
            onClick={() => void move(to)}
          >
            {to === 'OPEN' && ticket.status === 'RESOLVED'
              ? 'Reopen'
              : TICKET_STATUS_STYLE[to].label}
          </Button>
        ))}
      </Group>
      <Select
        label="Priority"
        allowDeselect={false}
        data={stateOptions(PRIORITY_STYLE)}
        value={ticket.priority}
        disabled={update.fetching}
        onChange={(value) => {
          if (value && isPriority(value) && value !== ticket.priority)
            void set({ priority: value });
        }}
      />
      {canPick ? (
        <Select
          label="Assignee"
          placeholder="Unassigned"
          clearable
          searchable
          data={choices}
          value={ticket.assignee?.id ?? null}
          disabled={update.fetching}
          onChange={(value) => {
            if ((value ?? null) !== (ticket.assignee?.id ?? null)) void set({ assigneeId: value });
          }}
        />
      ) : (
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <DetailLabel>Assignee</DetailLabel>
            <Text size="sm">{ticket.assignee?.name ?? 'Unassigned'}</Text>
          </Stack>
          <Button
            size="xs"
            variant="light"
            loading={update.fetching}
            onClick={() => void set({ assigneeId: mine ? null : viewer.user.id })}
          >
            {mine ? 'Unassign' : 'Assign to me'}
          </Button>
        </Group>
      )}
      <Stack gap={0}>
        <DetailLabel>Requester</DetailLabel>
        <Text size="sm">{ticket.requester.name}</Text>
        <Text size="xs" c="dimmed">
          {ticket.requester.email}
          {ticket.requester.organisation ? ` · ${ticket.requester.organisation}` : ''}
        </Text>
      </Stack>
      <TextInput
        label="Group"
        placeholder="e.g. billing, platform"
        value={group}
        onChange={(event) => setGroup(event.currentTarget.value)}
        onBlur={() => {
          if (group.trim() !== (ticket.group ?? '')) void set({ group: group.trim() });
        }}
      />
      <TagsInput
        label="Tags"
        placeholder="Add a tag"
        value={ticket.tags}
        onChange={(tags) => void set({ tags })}
        clearable
      />
    </Stack>
  );
}
