import { Badge, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { UserFieldsFragment } from '../../generated/graphql';
import { Dim, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { formatDate } from '../../ui/formatDate';
import { RoleBadge } from '../auth';
import { type UserAction, UserActionsMenu } from './UserActionsMenu';

interface UsersTableProps {
  users: UserFieldsFragment[];
  viewerId: string;
  onAction: (action: UserAction, user: UserFieldsFragment) => void;
}

function UserCell({ user, isSelf }: { user: UserFieldsFragment; isSelf: boolean }) {
  return (
    <Stack gap={0}>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          {user.name || user.email}
        </Text>
        {user.singleSignOn ? (
          <Tooltip
            label={
              user.hasPassword
                ? 'Signs in through single sign-on (and also has a password)'
                : 'Signs in through single sign-on; the role follows the identity provider groups'
            }
          >
            <Badge size="xs" variant="light" color="indigo">
              SSO
            </Badge>
          </Tooltip>
        ) : null}
        {isSelf ? (
          <Badge size="xs" variant="outline" color="gray">
            You
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {user.email}
      </Text>
    </Stack>
  );
}

export function UsersTable({ users, viewerId, onAction }: UsersTableProps) {
  const table: TableSpec<UserFieldsFragment> = {
    label: 'Users',
    minWidth: 720,
    list: true,
    rowProps: (user) => ({ 'data-testid': `user-row-${user.email}` }),
    columns: [
      { header: 'User', cell: (user) => <UserCell user={user} isSelf={user.id === viewerId} /> },
      { header: 'Role', cell: (user) => <RoleBadge role={user.role} /> },
      {
        header: 'Status',
        cell: (user) =>
          user.disabled ? (
            <Badge color="red" variant="dot">
              Disabled
            </Badge>
          ) : (
            <Badge color="teal" variant="dot">
              Active
            </Badge>
          ),
      },
      {
        header: 'Last sign-in',
        cell: (user) => (user.lastLoginAt ? <TimeAgo at={user.lastLoginAt} /> : <Dim>Never</Dim>),
      },
      { header: 'Created', cell: (user) => <Text size="sm">{formatDate(user.createdAt)}</Text> },
      {
        header: <VisuallyHidden>Actions</VisuallyHidden>,
        th: { w: 48 },
        cell: (user) => (
          <UserActionsMenu user={user} isSelf={user.id === viewerId} onAction={onAction} />
        ),
      },
    ],
  };

  return <DataTable {...table} rows={users} />;
}
