import { Text } from '@mantine/core';
import { usePeople } from '../users';

/** A user id as a name when it is known, as the id otherwise. */
export function PersonName({ id }: { id: string | null }) {
  const { people } = usePeople();
  if (!id) {
    return (
      <Text size="sm" c="dimmed">
        Unassigned
      </Text>
    );
  }
  const person = people.find((p) => p.id === id);
  return person ? (
    <Text size="sm" title={person.email}>
      {person.name || person.email}
    </Text>
  ) : (
    <Text size="sm" ff="monospace" title="Only admins can see the names of other users">
      {id}
    </Text>
  );
}
