import { ActionIcon, Menu } from '@mantine/core';
import {
  IconDotsVertical,
  IconLock,
  IconShieldHalf,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import type { UserFieldsFragment } from '../../generated/graphql';

export type UserAction = 'role' | 'password' | 'disable' | 'enable';

interface UserActionsMenuProps {
  user: UserFieldsFragment;
  isSelf: boolean;
  onAction: (action: UserAction, user: UserFieldsFragment) => void;
}

export function UserActionsMenu({ user, isSelf, onAction }: UserActionsMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.email}`}>
          <IconDotsVertical size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconShieldHalf size={16} />}
          onClick={() => onAction('role', user)}
          disabled={isSelf}
        >
          Change role…
        </Menu.Item>
        <Menu.Item leftSection={<IconLock size={16} />} onClick={() => onAction('password', user)}>
          Set password…
        </Menu.Item>
        <Menu.Divider />
        {user.disabled ? (
          <Menu.Item
            leftSection={<IconUserCheck size={16} />}
            onClick={() => onAction('enable', user)}
          >
            Enable account
          </Menu.Item>
        ) : (
          <Menu.Item
            color="red"
            leftSection={<IconUserOff size={16} />}
            onClick={() => onAction('disable', user)}
            disabled={isSelf}
          >
            Disable account…
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
