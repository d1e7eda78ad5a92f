import { Alert, Anchor, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowsVertical, IconRocket, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LiveUpdatesAlert, loadingGate } from '../../ui/ListStates';
import { PageHeader, useBacklineTitle } from '../../ui/PageHeader';
import { roleAtLeast, useViewer } from '../auth';
import { ReleaseWarnings } from '../catalog';
import { DeploymentCostCard } from '../costs';
import { HealthBadge, HealthMetrics, HealthSection } from '../health';
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
import { TrafficRouteCard } from './TrafficRouteCard';
import { useLiveDeployment } from './useLiveDeployment';

const TABS = [
  'overview',
  'metrics',
  'pods',
  'release',
  'manifests',
  'cost',
  'status-page',
] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return (TABS as readonly (string | null)[]).includes(value);
}

/**
 * The tab in the URL (`?tab=pods`), so a link or a reload opens the same one, and an action a
 * link asks for (`?action=rollback`, from the command palette), taken once.
 */
function useTab(): [Tab, (tab: string | null) => void, string | null, () => void] {
  const [params, setParams] = useSearchParams();
  const current = params.get('tab');
  const action = params.get('action');
  const actionTaken = () => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('action');
        return next;
      },
      { replace: true },
    );
  };
  const choose = (tab: string | null) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (!tab || tab === 'overview') next.delete('tab');
        else next.set('tab', tab);
        return next;
      },
      { replace: true },
    );
  };
  return [isTab(current) ? current : 'overview', choose, action, actionTaken];
}

/**
 * One model deployment, live. Its actions, health and diagnosis come first, with the rollout and
 * anything that needs repairing; metrics, pods and events, the release, manifests, cost and the
 * status page are a tab away.
 */
export function DeploymentView({ namespace, name }: { namespace: string; name: string }) {
  useBacklineTitle(name);
  const viewer = useViewer();
  const navigate = useNavigate();
  const { deployment, loaded, error, liveError, refetch } = useLiveDeployment(namespace, name);
  const [scaling, setScaling] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [rollingBack, setRollingBack] = useState(false);
  const [tab, setTab, action, actionTaken] = useTab();

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
  const canRollBack =
    roleAtLeast(viewer.role, 'SRE') &&
    deployment?.release != null &&
    deployment.history.some((entry) => entry.release.id !== deployment.release?.id);
  const taken = useRef(false);
  useEffect(() => {
    if (action !== 'rollback') taken.current = false;
    if (action !== 'rollback' || !deployment || taken.current) return;
    taken.current = true;
    actionTaken();
    if (canRollBack) setRollingBack(true);
    else
      notifications.show({
        color: 'yellow',
        title: `${deployment.name} cannot be rolled back`,
        message: !roleAtLeast(viewer.role, 'SRE')
          ? 'Rolling back takes the SRE role.'
          : deployment.release
            ? 'It has no earlier release to go back to.'
            : 'Backline observes it and changes nothing in it.',
      });
  });

  if (gate || !deployment) return gate;

  // An observed server is watched, never changed: no action applies to it.
  const release = deployment.release;
  const isSre = roleAtLeast(viewer.role, 'SRE') && release !== null;
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN') && release !== null;
  // An observed server has no release or manifests of Backline's: a link to those opens the overview.
  const shownTab = !release && (tab === 'release' || tab === 'manifests') ? 'overview' : tab;
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
            <HealthBadge state={deployment.health.state} />
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
            {isSre && rollbackTargets.length > 0 ? (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setRollingBack(true)}
                disabled={busy}
              >
                Roll back
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
        <Tabs value={shownTab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
            <Tabs.Tab
              value="pods"
              rightSection={
                <Badge size="sm" variant="light" color="gray" circle>
                  {deployment.status.pods.length}
                </Badge>
              }
            >
              Pods & events
            </Tabs.Tab>
            {release ? <Tabs.Tab value="release">Release & history</Tabs.Tab> : null}
            {release ? <Tabs.Tab value="manifests">Manifests</Tabs.Tab> : null}
            <Tabs.Tab value="cost">Cost</Tabs.Tab>
            <Tabs.Tab value="status-page">Status page</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <Stack gap="md">
              <HealthSection
                namespace={deployment.namespace}
                name={deployment.name}
                health={deployment.health}
              />
              {release ? (
                <>
                  <MissingPanel missing={deployment.missing} timeline={deployment.timeline} />
                  <DriftPanel deployment={deployment} canRepair={isSre} />
                  {deployment.traffic ? <TrafficRouteCard route={deployment.traffic} /> : null}
                  <RolloutSection
                    namespace={deployment.namespace}
                    name={deployment.name}
                    canOperate={isSre}
                    pods={<RolloutProgress deployment={deployment} embedded />}
                  />
                </>
              ) : deployment.observed ? (
                <ObservedCard
                  deployment={deployment}
                  observed={deployment.observed}
                  canEdit={roleAtLeast(viewer.role, 'ADMIN')}
                />
              ) : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="metrics">
            <HealthMetrics
              namespace={deployment.namespace}
              name={deployment.name}
              health={deployment.health}
            />
          </Tabs.Panel>
          <Tabs.Panel value="pods">
            <Stack gap="md">
              <PodsTable pods={deployment.status.pods} />
              <EventTimeline events={deployment.status.events} />
            </Stack>
          </Tabs.Panel>
          {release ? (
            <Tabs.Panel value="release">
              <Stack gap="md">
                <ReleaseCard deployment={deployment} release={release} />
                <ReleaseWarnings warnings={release.warnings} title="Release warnings" />
                <HistoryTable history={deployment.history} />
              </Stack>
            </Tabs.Panel>
          ) : null}
          {release ? (
            <Tabs.Panel value="manifests">
              <ManifestPanel yaml={deployment.manifestsYaml} />
            </Tabs.Panel>
          ) : null}
          <Tabs.Panel value="cost">
            <DeploymentCostCard namespace={deployment.namespace} name={deployment.name} />
          </Tabs.Panel>
          <Tabs.Panel value="status-page">
            <StatusPageCard
              namespace={deployment.namespace}
              name={deployment.name}
              canEdit={roleAtLeast(viewer.role, 'SRE')}
            />
          </Tabs.Panel>
        </Tabs>
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
