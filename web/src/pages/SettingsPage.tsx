import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useViewer } from '../modules/auth';
import { visibleNavItems } from '../modules/shell';
import { PageHeader } from '../ui/PageHeader';

const SETTINGS = '/settings';

/** The settings, a tab for each of the navigation's settings sections the viewer may see. */
export function SettingsPage() {
  const viewer = useViewer();
  const sections =
    visibleNavItems(viewer.role).find((item) => item.to === SETTINGS)?.children ?? [];
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab = pathname.split('/')[2] ?? 'tokens';

  return (
    <>
      <PageHeader title="Settings" description="Accounts, API access and your profile." />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value) navigate(`${SETTINGS}/${value}`);
        }}
        mb="xl"
      >
        <Tabs.List>
          {sections.map(({ label, to, icon: Icon }) => (
            <Tabs.Tab
              key={to}
              value={to.slice(SETTINGS.length + 1)}
              leftSection={<Icon size={16} />}
            >
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
