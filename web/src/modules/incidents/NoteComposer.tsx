import { Button, Group, Paper, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../ui/graphqlError';
import { AddIncidentNoteMutation } from './incidents.documents';

/** Adds a note to the timeline. */
export function NoteComposer({ incidentId }: { incidentId: string }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddIncidentNoteMutation);
  const submit = async () => {
    if (!body.trim()) {
      setError('Write something first');
      return;
    }
    const result = await add({ input: { id: incidentId, body: body.trim() } });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    setBody('');
    setError(null);
  };
  return (
    <Paper withBorder radius="md" p="md">
      <form
        aria-label="Add a note"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Textarea
          label="Add a note"
          placeholder="What you tried, what you saw, what comes next"
          rows={3}
          value={body}
          error={error}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setError(null);
          }}
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
