import { ActionIcon, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { PostmortemFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { usePeople } from '../users';
import {
  AddPostmortemActionItemMutation,
  RemovePostmortemActionItemMutation,
  UpdatePostmortemActionItemMutation,
} from './postmortems.documents';

type Item = PostmortemFieldsFragment['actionItems'][number];

/** Action items with owners and due dates; they stay editable after the postmortem is published. */
export function ActionItems({
  incidentId,
  items,
  canEdit,
  canRemove,
  onChanged,
}: {
  incidentId: string;
  items: readonly Item[];
  canEdit: boolean;
  canRemove: boolean;
  onChanged: (saved: PostmortemFieldsFragment | null | undefined) => void;
}) {
  const { people } = usePeople();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddPostmortemActionItemMutation);
  const [, update] = useMutation(UpdatePostmortemActionItemMutation);
  const [, remove] = useMutation(RemovePostmortemActionItemMutation);

  const owners = [
    ...people.map((p) => ({ value: p.id, label: p.name })),
    ...items
      .map((i) => i.owner)
      .filter((o): o is NonNullable<Item['owner']> => o !== null)
      .filter((o) => !people.some((p) => p.id === o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  const done = (result: {
    error?: Parameters<typeof errorMessage>[0];
    data?: Record<string, { postmortem: PostmortemFieldsFragment } | undefined>;
  }) => {
    if (result.error) setError(errorMessage(result.error));
    else {
      setError(null);
      onChanged(Object.values(result.data ?? {})[0]?.postmortem);
    }
  };

  return (
    <Stack gap="xs" data-testid="action-items">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action items yet.
        </Text>
      ) : null}
      {items.map((item) => (
        <Group key={item.id} gap="xs" wrap="nowrap" align="center">
          <Checkbox
            aria-label={`Done: ${item.title}`}
            checked={item.done}
            disabled={!canEdit}
            onChange={async (event) =>
              done(await update({ input: { id: item.id, done: event.currentTarget.checked } }))
            }
          />
          <Text size="sm" flex={1} td={item.done ? 'line-through' : undefined}>
            {item.title}
          </Text>
          <Select
            aria-label={`Owner of ${item.title}`}
            placeholder="Owner"
            size="xs"
            w={160}
            data={owners}
            value={item.owner?.id ?? null}
            disabled={!canEdit}
            onChange={async (value) =>
              done(await update({ input: { id: item.id, ownerId: value } }))
            }
          />
          <Text size="xs" c="dimmed" w={100}>
            {item.dueDate ? `due ${item.dueDate}` : 'no due date'}
          </Text>
          {canRemove ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove ${item.title}`}
              onClick={async () => done(await remove({ input: { id: item.id } }))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {canEdit ? (
        <form
          aria-label="Add an action item"
          onSubmit={async (event) => {
            event.preventDefault();
            if (title.trim().length < 3) {
              setError('Say what is to be done, in a few words');
              return;
            }
            const result = await add({
              input: {
                incidentId,
                title: title.trim(),
                ...(ownerId ? { ownerId } : {}),
                ...(dueDate ? { dueDate } : {}),
              },
            });
            if (!result.error) {
              setTitle('');
              setOwnerId(null);
              setDueDate('');
            }
            done(result);
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label="New action item"
              placeholder="Alert on the error ratio of chat"
              flex={1}
              miw={200}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <Select
              label="Owner"
              placeholder="Owner"
              w={160}
              data={owners}
              value={ownerId}
              onChange={setOwnerId}
              clearable
            />
            <TextInput
              label="Due"
              type="date"
              w={150}
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
            />
            <Button type="submit" variant="default" loading={adding}>
              Add
            </Button>
          </Group>
        </form>
      ) : null}
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
