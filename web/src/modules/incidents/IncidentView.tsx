import { Alert, Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DetailLabel, MergedInto } from '../../ui/cells';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { incidentPath } from '../../ui/humanIds';
import { LiveUpdatesAlert, loadingGate } from '../../ui/ListStates';
import { PageHeader, useBacklineTitle } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { roleAtLeast, useViewer } from '../auth';
import { NotificationsCard } from '../oncall';
import { PostmortemCard } from '../postmortems';
import { PublicUpdatesCard } from '../statuspage';
import { LinkedTicketsCard } from '../tickets';
import { AssignmentPanel } from './AssignmentPanel';
import { IncidentActions } from './IncidentActions';
import { SeverityBadge, StatusBadge } from './IncidentBadges';
import { IncidentDeploymentCard } from './IncidentDeploymentCard';
import { IncidentTimeline } from './IncidentTimeline';
import { NoteComposer } from './NoteComposer';
import { useLiveIncident } from './useLiveIncident';

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <DetailLabel>{label}</DetailLabel>
      <Text size="sm" title={value ? formatDateTime(value) : undefined}>
        {value ? formatRelative(value) : '—'}
      </Text>
    </Group>
  );
}

/** One incident, live: its status and the moves allowed from it, the timeline and notes. */
export function IncidentView({ id }: { id: string }) {
  const viewer = useViewer();
  const { incident, loaded, error, liveError, refetch } = useLiveIncident(id);
  useBacklineTitle(incident ? `INC-${incident.number}` : 'Incident');

  const gate = loadingGate({
    error,
    loaded,
    found: Boolean(incident),
    what: 'the incident',
    notFound: {
      title: 'No such incident',
      message: 'It may have been merged into another, or the link is wrong.',
    },
    onRetry: refetch,
  });
  if (gate || !incident) return gate;
  const isSre = roleAtLeast(viewer.role, 'SRE');

  return (
    <>
      <Anchor component={Link} to="/incidents" size="sm" mb="xs" display="inline-block">
        ← Incidents
      </Anchor>
      <PageHeader
        title={`INC-${incident.number} · ${incident.title}`}
        description={
          <Group gap="xs" component="span">
            <SeverityBadge severity={incident.severity} />
            <StatusBadge status={incident.status} />
            <Text size="sm" c="dimmed" component="span">
              Opened {formatRelative(incident.triggeredAt)} by{' '}
              {incident.source === 'MANUAL' ? incident.createdBy : incident.source.toLowerCase()}
            </Text>
          </Group>
        }
        actions={isSre ? <IncidentActions incident={incident} /> : null}
      />
      <Stack gap="md">
        <LiveUpdatesAlert error={liveError} />
        {incident.mergedInto ? (
          <MergedInto
            to={incidentPath(incident.mergedInto)}
            name={`INC-${incident.mergedInto.number}`}
          />
        ) : null}
        {incident.cancelReason ? (
          <Alert color="gray" variant="light" title="Canceled">
            {incident.cancelReason}
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              {incident.summary ? (
                <Paper withBorder radius="md" p="md">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {incident.summary}
                  </Text>
                </Paper>
              ) : null}
              {isSre ? <NoteComposer incidentId={incident.id} /> : null}
              <IncidentTimeline entries={incident.timeline} />
              <PostmortemCard
                incidentId={incident.id}
                version={incident.updatedAt}
                canEdit={isSre}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              {incident.deployment ? (
                <IncidentDeploymentCard
                  namespace={incident.deployment.namespace}
                  name={incident.deployment.name}
                  version={incident.updatedAt}
                />
              ) : null}
              <PublicUpdatesCard
                incidentId={incident.id}
                version={incident.updatedAt}
                canEdit={isSre}
              />
              <LinkedTicketsCard incidentId={incident.id} version={incident.updatedAt} />
              <NotificationsCard
                incidentId={incident.id}
                version={`${incident.updatedAt}:${incident.timeline.length}`}
              />
              <Panel title="People">
                <AssignmentPanel incident={incident} canEdit={isSre} />
              </Panel>
              <Panel title="Times">
                <Stack gap={6}>
                  <Fact label="Triggered" value={incident.triggeredAt} />
                  <Fact label="Acknowledged" value={incident.acknowledgedAt} />
                  <Fact label="Mitigated" value={incident.mitigatedAt} />
                  <Fact label="Resolved" value={incident.resolvedAt} />
                  <Fact label="Closed" value={incident.closedAt} />
                </Stack>
              </Panel>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
