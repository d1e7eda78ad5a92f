import { Tabs } from '@mantine/core';
import { IconBell, IconKey, IconUser, IconUsers } from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useViewer } from '../modules/auth';
import { PageHeader } from '../ui/PageHeader';

export function SettingsPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab = pathname.split('/')[2] ?? 'tokens';

  return (
    <>
      <PageHeader title="Settings" description="Accounts, API access and your profile." />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value) navigate(`/settings/${value}`);
        }}
        mb="xl"
      >
        <Tabs.List>
          {viewer.role === 'ADMIN' ? (
            <Tabs.Tab value="users" leftSection={<IconUsers size={16} />}>
              Users
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="tokens" leftSection={<IconKey size={16} />}>
            API tokens
          </Tabs.Tab>
          {viewer.role === 'ADMIN' ? (
            <Tabs.Tab value="notifications" leftSection={<IconBell size={16} />}>
              Notifications
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} />}>
            Profile
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
