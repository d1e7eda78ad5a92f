import { Alert, Button, Group, Paper, SegmentedControl, Text, Textarea } from '@mantine/core';
import { IconBulb, IconLock, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { TicketVisibility } from '../../generated/graphql';
import { useComposer } from '../../ui/useComposer';
import { ReplyToTicketMutation } from './tickets.documents';

/**
 * Writes to the ticket: a public reply to the customer or an internal note, chosen with an
 * explicit toggle; the box, its label and the button change with it. When the linked incident
 * resolved, the suggested reply is offered to load into the box for editing.
 */
export function ReplyComposer({
  ticketId,
  suggestedReply,
}: {
  ticketId: string;
  suggestedReply: string | null;
}) {
  const [visibility, setVisibility] = useState<TicketVisibility>('PUBLIC');
  const [{ fetching }, send] = useMutation(ReplyToTicketMutation);
  const composer = useComposer({
    send: (body) => send({ input: { id: ticketId, body, visibility } }),
  });
  const internal = visibility === 'INTERNAL';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={internal ? 'var(--mantine-color-yellow-light)' : undefined}
    >
      {suggestedReply ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconBulb size={18} />}
          title="Suggested reply: the linked incident is resolved"
          mb="sm"
          data-testid="suggested-reply"
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs">
            {suggestedReply}
          </Text>
          <Button
            size="xs"
            variant="light"
            color="teal"
            onClick={() => {
              setVisibility('PUBLIC');
              composer.write(suggestedReply);
            }}
          >
            Edit and send
          </Button>
        </Alert>
      ) : null}
      <form aria-label="Reply" onSubmit={composer.onSubmit}>
        <SegmentedControl
          aria-label="Reply or note"
          mb="sm"
          color={internal ? 'yellow' : 'blue'}
          value={visibility}
          onChange={(value) => setVisibility(value as TicketVisibility)}
          data={[
            { value: 'PUBLIC', label: 'Public reply' },
            { value: 'INTERNAL', label: 'Internal note' },
          ]}
        />
        <Textarea
          label={
            internal ? 'Internal note: only staff see this' : 'Public reply: the customer sees this'
          }
          placeholder={internal ? 'What you found, for the team' : 'Your answer to the customer'}
          rows={6}
          {...composer.textareaProps}
        />
        <Group justify="flex-end" mt="sm">
          <Button
            type="submit"
            loading={fetching}
            color={internal ? 'yellow' : 'blue'}
            leftSection={internal ? <IconLock size={16} /> : <IconSend size={16} />}
          >
            {internal ? 'Add internal note' : 'Send public reply'}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
