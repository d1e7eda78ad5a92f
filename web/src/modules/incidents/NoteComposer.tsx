import { Button, Group, Paper, Textarea } from '@mantine/core';
import { useMutation } from 'urql';
import { useComposer } from '../../ui/useComposer';
import { AddIncidentNoteMutation } from './incidents.documents';

/** Adds a note to the timeline. */
export function NoteComposer({ incidentId }: { incidentId: string }) {
  const [{ fetching }, add] = useMutation(AddIncidentNoteMutation);
  const composer = useComposer({ send: (body) => add({ input: { id: incidentId, body } }) });
  return (
    <Paper withBorder radius="md" p="md">
      <form aria-label="Add a note" onSubmit={composer.onSubmit}>
        <Textarea
          label="Add a note"
          placeholder="What you tried, what you saw, what comes next"
          rows={3}
          {...composer.textareaProps}
        />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={fetching}>
            Add note
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
