import { Anchor, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconKey, IconLayoutDashboard, IconShieldCheck, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../modules/auth';
import { FleetSummary, useLiveDeployments } from '../modules/deployments';
import { ActiveRolloutsCard } from '../modules/rollouts';
import { ComingSoonState } from '../ui/ComingSoonState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

interface ShortcutProps {
  to: string;
  icon: ReactNode;
  title: string;
  description: string;
}

function Shortcut({ to, icon, title, description }: ShortcutProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <ThemeIcon variant="light" size="lg" radius="md">
          {icon}
        </ThemeIcon>
        <Anchor component={Link} to={to} fw={600}>
          {title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
    </Paper>
  );
}

export function OverviewPage() {
  useBacklineTitle('Overview');
  const viewer = useViewer();
  const firstName = viewer.user.name.split(' ')[0] || viewer.user.email;
  const fleet = useLiveDeployments();
  return (
    <>
      <PageHeader
        title="Overview"
        description={`Welcome back, ${firstName}. The health of your deployments, open incidents and tickets close to their SLA will gather here.`}
      />
      <Stack gap="xl">
        {fleet.rows.length > 0 ? (
          <Stack gap="md">
            <FleetSummary rows={fleet.rows} />
            <ActiveRolloutsCard />
          </Stack>
        ) : (
          <ComingSoonState
            icon={<IconLayoutDashboard size={28} />}
            title="No model servers yet"
            description="Model servers running in the namespaces Backline watches appear here as soon as it finds them, and those it deploys once they are deployed: their health, rollouts in progress, open incidents and tickets nearing their SLA."
          />
        )}
        <Stack gap="sm">
          <Title order={4}>Get started</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {viewer.role === 'ADMIN' ? (
              <Shortcut
                to="/settings/users"
                icon={<IconUsers size={18} />}
                title="Invite your team"
                description="Create accounts for SREs, support staff and auditors."
              />
            ) : null}
            <Shortcut
              to="/settings/tokens"
              icon={<IconKey size={18} />}
              title="Create an API token"
              description="Let scripts and CI call the Backline API with a limited role."
            />
            <Shortcut
              to="/audit"
              icon={<IconShieldCheck size={18} />}
              title="Verify the audit log"
              description="Every action is recorded in a hash chain you can check at any time."
            />
          </SimpleGrid>
        </Stack>
      </Stack>
    </>
  );
}
