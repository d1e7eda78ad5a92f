import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconMessage, IconUser } from '@tabler/icons-react';
import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { MentionText } from '../../ui/humanIds';

type Message = TicketDetailFieldsFragment['conversation'][number];

/**
 * The conversation, oldest first. Public replies (what the customer sees) sit on a plain card
 * with a blue edge; internal notes on a yellow card labelled with a lock; system events are one
 * dimmed line. The three never look alike.
 */
export function Conversation({ messages }: { messages: readonly Message[] }) {
  return (
    <Stack gap="sm" aria-label="Conversation">
      {messages.map((m) =>
        m.authorType === 'SYSTEM' ? (
          <Text
            key={m.id}
            size="xs"
            c="dimmed"
            ta="center"
            data-testid="ticket-event"
            title={formatDateTime(m.at)}
          >
            <MentionText>{m.body}</MentionText> · {m.authorName} · {formatRelative(m.at)}
          </Text>
        ) : (
          <MessageCard key={m.id} message={m} />
        ),
      )}
    </Stack>
  );
}

function MessageCard({ message }: { message: Message }) {
  const internal = message.visibility === 'INTERNAL';
  const customer = message.authorType === 'CUSTOMER';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid={internal ? 'internal-note' : 'public-reply'}
      bg={internal ? 'var(--mantine-color-yellow-light)' : undefined}
      style={{
        borderLeft: `4px solid var(--mantine-color-${internal ? 'yellow' : customer ? 'gray' : 'blue'}-6)`,
      }}
    >
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          {customer ? (
            <IconUser size={16} />
          ) : internal ? (
            <IconLock size={16} />
          ) : (
            <IconMessage size={16} />
          )}
          <Text size="sm" fw={600}>
            {message.authorName}
          </Text>
          {internal ? (
            <Badge color="yellow" variant="filled" size="sm">
              Internal note
            </Badge>
          ) : (
            <Badge color={customer ? 'gray' : 'blue'} variant="light" size="sm">
              {customer ? 'Customer' : 'Public reply'}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" title={formatDateTime(message.at)}>
          {formatRelative(message.at)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <MentionText>{message.body}</MentionText>
      </Text>
    </Paper>
  );
}
