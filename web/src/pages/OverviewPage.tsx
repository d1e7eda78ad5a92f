import {
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconKey, IconLayoutDashboard, IconShieldCheck, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { roleAtLeast, useViewer } from '../modules/auth';
import { FleetSummary, useLiveDeployments } from '../modules/deployments';
import { OpenIncidentsCard } from '../modules/incidents';
import { PagingReadinessBanner } from '../modules/oncall';
import { ActiveRolloutsCard } from '../modules/rollouts';
import { SlaAtRiskCard } from '../modules/tickets';
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

const GET_STARTED_KEY = 'backline.overview.getStartedDismissed';

function GetStarted({ isAdmin, onDismiss }: { isAdmin: boolean; onDismiss: () => void }) {
  return (
    <Stack gap="sm" data-testid="get-started">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Get started
        </Title>
        <Button variant="subtle" size="xs" onClick={onDismiss}>
          Dismiss
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {isAdmin ? (
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
  );
}

export function OverviewPage() {
  useBacklineTitle('Overview');
  const viewer = useViewer();
  const firstName = viewer.user.name.split(' ')[0] || viewer.user.email;
  const fleet = useLiveDeployments();
  const [dismissed, setDismissed] = useLocalStorage({
    key: GET_STARTED_KEY,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const readsTickets = roleAtLeast(viewer.role, 'SUPPORT');
  return (
    <>
      <PageHeader
        title="Overview"
        description={`Welcome back, ${firstName}. Open incidents, tickets near their SLA and deployments that need a look, worst first.`}
      />
      <Stack gap="lg">
        <PagingReadinessBanner />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: readsTickets ? 7 : 12 }}>
            <OpenIncidentsCard />
          </Grid.Col>
          {readsTickets ? (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <SlaAtRiskCard />
            </Grid.Col>
          ) : null}
        </Grid>
        {fleet.rows.length > 0 ? (
          <Stack gap="md">
            <FleetSummary rows={fleet.rows} />
            <ActiveRolloutsCard />
          </Stack>
        ) : (
          <ComingSoonState
            icon={<IconLayoutDashboard size={28} />}
            title="No model servers yet"
            description="Model servers running in the namespaces Backline watches appear here as soon as it finds them, and those it deploys once they are deployed, with their health and rollouts in progress."
          />
        )}
        {dismissed ? null : (
          <GetStarted isAdmin={viewer.role === 'ADMIN'} onDismiss={() => setDismissed(true)} />
        )}
      </Stack>
    </>
  );
}
