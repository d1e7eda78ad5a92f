import { Badge, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { UserFieldsFragment } from '../../generated/graphql';
import { formatDate, formatDateTime, formatRelative } from '../../ui/formatDate';
import { RoleBadge } from '../auth';
import { type UserAction, UserActionsMenu } from './UserActionsMenu';

interface UsersTableProps {
  users: UserFieldsFragment[];
  viewerId: string;
  onAction: (action: UserAction, user: UserFieldsFragment) => void;
}

export function UsersTable({ users, viewerId, onAction }: UsersTableProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.email}`}>
              <Table.Td>
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
                    {user.id === viewerId ? (
                      <Badge size="xs" variant="outline" color="gray">
                        You
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={user.role} />
              </Table.Td>
              <Table.Td>
                {user.disabled ? (
                  <Badge color="red" variant="dot">
                    Disabled
                  </Badge>
                ) : (
                  <Badge color="teal" variant="dot">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {user.lastLoginAt ? (
                  <Text size="sm" title={formatDateTime(user.lastLoginAt)}>
                    {formatRelative(user.lastLoginAt)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    Never
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(user.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} isSelf={user.id === viewerId} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
