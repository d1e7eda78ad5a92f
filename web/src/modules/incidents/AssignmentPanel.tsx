import { Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from 'urql';
import type { IncidentDetailFieldsFragment } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { errorMessage } from '../../ui/graphqlError';
import { useViewer } from '../auth';
import { usePeople } from '../users';
import { AssignIncidentMutation } from './incidents.documents';
import { PersonName } from './PersonName';

type Role = 'commanderId' | 'assigneeId';
const LABELS: Record<Role, string> = { commanderId: 'Commander', assigneeId: 'Assignee' };

/**
 * Who leads and who works the incident. Admins choose from the users; other SREs, who may not
 * list users, can take either role themselves.
 */
export function AssignmentPanel({
  incident,
  canEdit,
}: {
  incident: IncidentDetailFieldsFragment;
  canEdit: boolean;
}) {
  const viewer = useViewer();
  const { people, canList } = usePeople();
  const [{ fetching }, assign] = useMutation(AssignIncidentMutation);
  const set = async (role: Role, id: string | null) => {
    const result = await assign({ input: { id: incident.id, [role]: id } });
    if (result.error) {
      notifications.show({
        color: 'red',
        title: 'Could not assign',
        message: errorMessage(result.error),
      });
    }
  };
  const options = people
    .filter((p) => !p.disabled)
    .map((p) => ({ value: p.id, label: p.name ? `${p.name} (${p.email})` : p.email }));
  return (
    <Stack gap="sm">
      {(Object.keys(LABELS) as Role[]).map((role) => (
        <Stack key={role} gap={2}>
          <DetailLabel>{LABELS[role]}</DetailLabel>
          {canEdit && canList ? (
            <Select
              aria-label={LABELS[role]}
              placeholder="Unassigned"
              clearable
              searchable
              disabled={fetching}
              data={options}
              value={incident[role]}
              onChange={(value) => void set(role, value)}
            />
          ) : (
            <Group gap="xs">
              <PersonName id={incident[role]} />
              {canEdit && incident[role] !== viewer.user.id ? (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => void set(role, viewer.user.id)}
                >
                  Take it
                </Button>
              ) : null}
            </Group>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
