import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FindingCard, HealthBadge } from '../health';
import { IncidentDeploymentQuery } from './incidents.documents';

function deploymentPath(namespace: string, name: string): string {
  return `/deployments/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/** The deployment an incident names: a link, its health now and its top finding. */
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
  const finding = deployment?.health.diagnosis[0];
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
        {finding ? <FindingCard finding={finding} /> : null}
      </Stack>
    </Paper>
  );
}
