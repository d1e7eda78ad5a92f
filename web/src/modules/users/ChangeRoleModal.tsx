import { Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import type { Role, UserFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { isRole, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '../auth';
import { UpdateUserMutation } from './users.documents';

interface ChangeRoleModalProps {
  user: UserFieldsFragment | null;
  onClose: () => void;
}

export function ChangeRoleModal({ user, onClose }: ChangeRoleModalProps) {
  const [role, setRole] = useState<Role>('VIEWER');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, updateUser] = useMutation(UpdateUserMutation);

  useEffect(() => {
    if (user) setRole(user.role);
    setError(null);
  }, [user]);

  const save = async () => {
    if (!user) return;
    const result = await updateUser({ input: { id: user.id, role } });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'Role changed',
      message: `${user.email} is now ${ROLE_LABELS[role]}.`,
    });
    onClose();
  };

  return (
    <ConfirmDialog
      opened={user !== null}
      title="Change role"
      confirmLabel="Save role"
      loading={fetching}
      confirmDisabled={role === user?.role}
      error={error}
      onCancel={onClose}
      onConfirm={() => void save()}
    >
      <Stack gap="md">
        <Text size="sm">
          Choose the role for <b>{user?.email}</b>. It takes effect on their next request; their API
          tokens can never act above it.
        </Text>
        <Radio.Group
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          label="Role"
        >
          <Stack gap="sm" mt="xs">
            {[...ROLES].reverse().map((candidate) => (
              <Radio
                key={candidate}
                value={candidate}
                label={ROLE_LABELS[candidate]}
                description={ROLE_DESCRIPTIONS[candidate]}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </ConfirmDialog>
  );
}
