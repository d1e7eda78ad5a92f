import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { roleAtLeast, useViewer } from '../auth';
import { RollbackDialog, type RollbackTarget } from '../deployments';
import { DiagnosisPanel, HealthBadge } from '../health';
import { IncidentDeploymentQuery } from './incidents.documents';

function deploymentPath(namespace: string, name: string): string {
  return `/deployments/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/** The deployment an incident names: a link, its health now and its diagnosis with evidence and runbooks. */
export function IncidentDeploymentCard({
  namespace,
  name,
  version,
}: {
  namespace: string;
  name: string;
  /** Changes when the incident changes, so the health is read again. */
  version: string;
}) {
  const variables = useMemo(() => ({ namespace, name }), [namespace, name]);
  const [query, refetch] = useQuery({ query: IncidentDeploymentQuery, variables });
  useEffect(() => {
    // The version is the trigger: read the health again whenever the incident changes.
    void version;
    refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const deployment = query.data?.deployment;
  const viewer = useViewer();
  const [rollingBack, setRollingBack] = useState(false);
  // Earlier releases, newest first, each once: what a rollback can go back to.
  const targets: RollbackTarget[] = [];
  for (const entry of deployment?.history ?? []) {
    if (entry.release.id === deployment?.release?.id) continue;
    if (targets.some((t) => t.releaseId === entry.release.id)) continue;
    targets.push({
      releaseId: entry.release.id,
      label: `${entry.release.id} · ${entry.release.model.name} (revision ${entry.revision})`,
    });
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="incident-deployment">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Deployment</Title>
        {deployment ? <HealthBadge state={deployment.health.state} /> : null}
      </Group>
      <Stack gap="sm">
        <Anchor component={Link} to={deploymentPath(namespace, name)} ff="monospace" fw={600}>
          {namespace}/{name}
        </Anchor>
        {query.data && !deployment ? (
          <Text size="sm" c="dimmed">
            This deployment no longer exists.
          </Text>
        ) : null}
        {deployment && deployment.health.reasons.length > 0 ? (
          <Text size="sm" c="dimmed">
            {deployment.health.reasons.join(' · ')}
          </Text>
        ) : null}
        {deployment ? (
          <DiagnosisPanel
            findings={deployment.health.diagnosis}
            checkedAt={deployment.health.checkedAt ?? null}
            state={deployment.health.state}
            pastTerminations={deployment.health.pastTerminations}
          />
        ) : null}
        {deployment && targets.length > 0 && roleAtLeast(viewer.role, 'SRE') ? (
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => setRollingBack(true)}
            >
              Roll back
            </Button>
          </Group>
        ) : null}
      </Stack>
      {deployment ? (
        <RollbackDialog
          key={`rollback-${deployment.release?.id}-${rollingBack}`}
          opened={rollingBack}
          namespace={namespace}
          name={name}
          targets={targets}
          onClose={() => setRollingBack(false)}
        />
      ) : null}
    </Paper>
  );
}
