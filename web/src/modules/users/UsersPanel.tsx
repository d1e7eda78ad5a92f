import { Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { UserFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { matchesWords, SearchFilter } from '../../ui/urlFilters';
import { useListQuery } from '../../ui/useLiveQuery';
import { useViewer } from '../auth';
import { ChangeRoleModal } from './ChangeRoleModal';
import { CreateUserModal } from './CreateUserModal';
import { SetPasswordModal } from './SetPasswordModal';
import type { UserAction } from './UserActionsMenu';
import { UsersTable } from './UsersTable';
import { UpdateUserMutation, UsersQuery } from './users.documents';

const USER_TYPES = ['User'];

/** Admin view of every account: create, change role, disable or enable, set a password. */
export function UsersPanel() {
  const viewer = useViewer();
  const { data, fetching, error, loaded, refetch } = useListQuery(UsersQuery, USER_TYPES);
  const [{ fetching: updating }, updateUser] = useMutation(UpdateUserMutation);

  const [creating, setCreating] = useState(false);
  const [roleTarget, setRoleTarget] = useState<UserFieldsFragment | null>(null);
  const [passwordTarget, setPasswordTarget] = useState<UserFieldsFragment | null>(null);
  const [disableTarget, setDisableTarget] = useState<UserFieldsFragment | null>(null);
  const [disableError, setDisableError] = useState<string | null>(null);

  const setDisabled = async (user: UserFieldsFragment, disabled: boolean) => {
    const result = await updateUser({ input: { id: user.id, disabled } });
    if (result.error) {
      if (disabled) setDisableError(errorMessage(result.error));
      else
        notifications.show({
          color: 'red',
          title: 'Could not enable the account',
          message: errorMessage(result.error),
        });
      return;
    }
    setDisableTarget(null);
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: disabled ? 'Account disabled' : 'Account enabled',
      message: disabled
        ? `${user.email} can no longer sign in; their sessions and tokens stop working.`
        : `${user.email} can sign in again.`,
    });
  };

  const onAction = (action: UserAction, user: UserFieldsFragment) => {
    switch (action) {
      case 'role':
        setRoleTarget(user);
        break;
      case 'password':
        setPasswordTarget(user);
        break;
      case 'disable':
        setDisableError(null);
        setDisableTarget(user);
        break;
      case 'enable':
        void setDisabled(user, false);
        break;
    }
  };

  const users = data?.users ?? [];
  const [search, setSearch] = useState('');
  const shown = users.filter((user) =>
    matchesWords(`${user.name} ${user.email} ${user.role}`, search),
  );

  return (
    <>
      <PageHeader
        order={3}
        title="Users"
        description="People who can sign in to Backline, and what their role lets them do."
        actions={
          <AddButton icon={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            Create user
          </AddButton>
        }
      />
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        errorTitle="Could not load users"
        items={users}
        empty={{
          icon: <IconUsers size={28} />,
          title: 'No users yet',
          description: 'Create an account for each person who operates or audits your models.',
        }}
      >
        <Stack gap="md">
          <SearchFilter placeholder="Name, email or role" value={search} onChange={setSearch} />
          <Paper withBorder radius="md">
            {shown.length > 0 ? (
              <UsersTable users={shown} viewerId={viewer.user.id} onAction={onAction} />
            ) : (
              <Text size="sm" c="dimmed" p="md">
                No user matches “{search}”.
              </Text>
            )}
          </Paper>
        </Stack>
      </ListStates>
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <ChangeRoleModal user={roleTarget} onClose={() => setRoleTarget(null)} />
      <SetPasswordModal user={passwordTarget} onClose={() => setPasswordTarget(null)} />
      <ConfirmDialog
        opened={disableTarget !== null}
        title="Disable account"
        confirmLabel="Disable account"
        danger
        loading={updating}
        error={disableError}
        onCancel={() => setDisableTarget(null)}
        onConfirm={() => {
          if (disableTarget) void setDisabled(disableTarget, true);
        }}
      >
        <b>{disableTarget?.email}</b> will be signed out and can no longer sign in or use their API
        tokens. You can enable the account again later.
      </ConfirmDialog>
    </>
  );
}
