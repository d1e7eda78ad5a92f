import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowsVertical, IconRocket, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LiveUpdatesAlert, loadingGate } from '../../ui/ListStates';
import { PageHeader, useBacklineTitle } from '../../ui/PageHeader';
import { roleAtLeast, useViewer } from '../auth';
import { ReleaseWarnings } from '../catalog';
import { DeploymentCostCard } from '../costs';
import { HealthSection } from '../health';
import { RolloutSection } from '../rollouts';
import { StatusPageCard } from '../statuspage';
import { AdoptionActions } from './AdoptDialog';
import { DeleteDeploymentDialog } from './DeleteDeploymentDialog';
import { DriftPanel } from './DriftPanel';
import { EventTimeline } from './EventTimeline';
import { HistoryTable } from './HistoryTable';
import { ManifestPanel } from './ManifestPanel';
import { MissingPanel } from './MissingPanel';
import { ObservedBadge } from './ObservedBadge';
import { ObservedCard } from './ObservedCard';
import { PhaseBadge } from './PhaseBadge';
import { PodsTable } from './PodsTable';
import { ENVIRONMENT_LABELS } from './phase';
import { ReleaseCard } from './ReleaseCard';
import { RollbackDialog, type RollbackTarget } from './RollbackDialog';
import { RolloutProgress } from './RolloutProgress';
import { ScaleDialog } from './ScaleDialog';
import { useLiveDeployment } from './useLiveDeployment';

/** One model deployment, live: health and diagnosis, rollout progress, pods, events, history, manifests and drift. */
export function DeploymentView({ namespace, name }: { namespace: string; name: string }) {
  useBacklineTitle(name);
  const viewer = useViewer();
  const navigate = useNavigate();
  const { deployment, loaded, error, liveError, refetch } = useLiveDeployment(namespace, name);
  const [scaling, setScaling] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [rollingBack, setRollingBack] = useState(false);

  const gate = loadingGate({
    error,
    loaded,
    found: Boolean(deployment),
    what: 'the deployment',
    notFound: {
      title: 'No such deployment',
      message: `There is no model deployment ${namespace}/${name}; it may have been deleted.`,
    },
    onRetry: refetch,
  });
  if (gate || !deployment) return gate;

  // An observed server is watched, never changed: no action applies to it.
  const release = deployment.release;
  const isSre = roleAtLeast(viewer.role, 'SRE') && release !== null;
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN') && release !== null;
  const busy = deployment.phase === 'DELETING';
  // Earlier releases, newest first, each once: what a rollback can go back to.
  const rollbackTargets: RollbackTarget[] = [];
  for (const entry of deployment.history) {
    if (entry.release.id === release?.id) continue;
    if (rollbackTargets.some((t) => t.releaseId === entry.release.id)) continue;
    rollbackTargets.push({
      releaseId: entry.release.id,
      label: `${entry.release.id} · ${entry.release.model.name} (revision ${entry.revision})`,
    });
  }

  return (
    <>
      <Anchor component={Link} to="/deployments" size="sm" mb="xs" display="inline-block">
        ← Deployments
      </Anchor>
      <PageHeader
        title={deployment.name}
        description={
          <Group gap="xs" component="span">
            <PhaseBadge
              phase={deployment.phase}
              readyReplicas={deployment.status.readyReplicas}
              desiredReplicas={deployment.status.desiredReplicas}
            />
            <Badge variant="outline" color={deployment.environment === 'PROD' ? 'grape' : 'gray'}>
              {ENVIRONMENT_LABELS[deployment.environment]}
            </Badge>
            {!deployment.managed && <ObservedBadge size="md" />}
            <Text size="sm" c="dimmed" ff="monospace" component="span">
              {deployment.namespace}
            </Text>
            {deployment.message && deployment.phase !== 'PROGRESSING' ? (
              <Text
                size="sm"
                c={deployment.phase === 'FAILED' ? 'red' : 'dimmed'}
                component="span"
                data-testid="phase-message"
              >
                {deployment.message}
              </Text>
            ) : null}
          </Group>
        }
        actions={
          <>
            <AdoptionActions deployment={deployment} />
            {isAdmin && release ? (
              <Button
                variant="default"
                leftSection={<IconRocket size={16} />}
                component={Link}
                to={`/deployments/new?${new URLSearchParams({
                  namespace: deployment.namespace,
                  name: deployment.name,
                  model: release.model.id,
                })}`}
                disabled={busy}
              >
                Deploy release
              </Button>
            ) : null}
            {isSre ? (
              <Button
                variant="default"
                leftSection={<IconArrowsVertical size={16} />}
                onClick={() => setScaling(true)}
                disabled={busy}
              >
                Scale
              </Button>
            ) : null}
            {isAdmin ? (
              <Button
                color="red"
                variant="light"
                leftSection={<IconTrash size={16} />}
                onClick={() => setDeleting(true)}
                disabled={busy}
              >
                Delete
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <LiveUpdatesAlert error={liveError} />
        {deployment.status.lastApplyError ? (
          <Alert color="red" variant="light" title="The cluster refused the last apply">
            {deployment.status.lastApplyError}
          </Alert>
        ) : null}
        <HealthSection
          namespace={deployment.namespace}
          name={deployment.name}
          health={deployment.health}
        />
        {release ? (
          <>
            <RolloutSection
              namespace={deployment.namespace}
              name={deployment.name}
              canOperate={isSre}
              pods={<RolloutProgress deployment={deployment} embedded />}
              extraActions={
                rollbackTargets.length > 0 ? (
                  <Button
                    variant="default"
                    leftSection={<IconArrowBackUp size={16} />}
                    onClick={() => setRollingBack(true)}
                    disabled={busy}
                  >
                    Roll back
                  </Button>
                ) : null
              }
            />
            <MissingPanel missing={deployment.missing} timeline={deployment.timeline} />
            <DriftPanel deployment={deployment} canRepair={isSre} />
            <ReleaseCard deployment={deployment} release={release} />
            <ReleaseWarnings warnings={release.warnings} title="Release warnings" />
          </>
        ) : deployment.observed ? (
          <ObservedCard
            deployment={deployment}
            observed={deployment.observed}
            canEdit={roleAtLeast(viewer.role, 'ADMIN')}
          />
        ) : null}
        <PodsTable pods={deployment.status.pods} />
        {release ? <HistoryTable history={deployment.history} /> : null}
        <DeploymentCostCard namespace={deployment.namespace} name={deployment.name} />
        <StatusPageCard
          namespace={deployment.namespace}
          name={deployment.name}
          canEdit={roleAtLeast(viewer.role, 'SRE')}
        />
        <SimpleGrid cols={{ base: 1, lg: release ? 2 : 1 }} spacing="md">
          <EventTimeline events={deployment.status.events} />
          {release ? <ManifestPanel yaml={deployment.manifestsYaml} /> : null}
        </SimpleGrid>
      </Stack>
      <ScaleDialog
        key={`scale-${deployment.replicas}-${scaling}`}
        opened={scaling}
        namespace={deployment.namespace}
        name={deployment.name}
        replicas={deployment.replicas}
        gpusPerReplica={release?.resources.gpus ?? 0}
        onClose={() => setScaling(false)}
      />
      <RollbackDialog
        key={`rollback-${release?.id}-${rollingBack}`}
        opened={rollingBack}
        namespace={deployment.namespace}
        name={deployment.name}
        targets={rollbackTargets}
        onClose={() => setRollingBack(false)}
      />
      <DeleteDeploymentDialog
        opened={deleting}
        namespace={deployment.namespace}
        name={deployment.name}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          notifications.show({
            color: 'orange',
            title: 'Deleting',
            message: `${deployment.name} is being removed from ${deployment.namespace}.`,
          });
          void navigate('/deployments');
        }}
      />
    </>
  );
}
