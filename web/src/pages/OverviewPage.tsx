import { Grid, Stack } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { roleAtLeast, useViewer } from '../modules/auth';
import { FleetSummary, useFleetSummary } from '../modules/deployments';
import { OpenIncidentsCard } from '../modules/incidents';
import { PagingReadinessBanner } from '../modules/oncall';
import { ActiveRolloutsCard } from '../modules/rollouts';
import { SlaAtRiskCard } from '../modules/tickets';
import { ComingSoonState } from '../ui/ComingSoonState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';
import { GetStarted } from './GetStarted';

export function OverviewPage() {
  useBacklineTitle('Overview');
  const viewer = useViewer();
  const firstName = viewer.user.name.split(' ')[0] || viewer.user.email;
  const { summary } = useFleetSummary();
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
        {summary && summary.total > 0 ? (
          <Stack gap="md">
            <FleetSummary summary={summary} />
            <ActiveRolloutsCard />
          </Stack>
        ) : (
          <ComingSoonState
            icon={<IconLayoutDashboard size={28} />}
            title="No model servers yet"
            description="Model servers running in the namespaces Backline watches appear here as soon as it finds them, and those it deploys once they are deployed, with their health and rollouts in progress."
          />
        )}
        <GetStarted role={viewer.role} deployments={summary ? summary.managed : null} />
      </Stack>
    </>
  );
}
