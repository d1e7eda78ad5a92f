import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconUser } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { RoleBadge, useAuth, useViewer } from '../auth';
import { ColorSchemeMenuItems } from './ColorSchemeMenuItems';

function initials(name: string, email: string): string {
  const source = name.trim() || email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return (
    parts
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}

export function UserMenu() {
  const viewer = useViewer();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const { user } = viewer;

  const signOut = async () => {
    await logout();
    navigate('/login', { replace: true });
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton px="xs" py={4}>
          <VisuallyHidden>Account menu for</VisuallyHidden>
          <Group gap="sm" wrap="nowrap">
            <Avatar radius="xl" size={32} color="indigo" variant="light" aria-hidden>
              {initials(user.name, user.email)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" align="flex-start">
              <Text size="sm" fw={500} lh={1.3} data-testid="viewer-email">
                {user.email}
              </Text>
              <RoleBadge role={viewer.role} size="xs" data-testid="viewer-role" />
            </Stack>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          Signed in as {user.name || user.email}
          {viewer.authMethod === 'TOKEN' ? ' (API token)' : ''}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconUser size={16} />}
          onClick={() => navigate('/settings/profile')}
        >
          Profile
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => navigate('/settings/tokens')}>
          API tokens
        </Menu.Item>
        <Menu.Divider />
        <ColorSchemeMenuItems />
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
