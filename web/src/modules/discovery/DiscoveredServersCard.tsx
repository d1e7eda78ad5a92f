import { Alert, Badge, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from 'urql';
import type { DiscoveredModelServersQuery as Result } from '../../generated/graphql';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { errorMessage } from '../../ui/graphqlError';
import { RUNTIME_STYLE } from '../catalog';
import { DiscoveredModelServersQuery } from './discovery.documents';

type Server = Result['discoveredModelServers']['servers'][number];

const SERVERS_TABLE: TableSpec<Server> = {
  label: 'Model servers running in the cluster',
  minWidth: 640,
  rowKey: (s) => `${s.namespace}/${s.kind}/${s.name}`,
  columns: [
    {
      header: 'Workload',
      cell: (s) => (
        <>
          <Text size="sm" fw={600}>
            {s.namespace}/{s.name}
          </Text>
          <Text size="xs" c="dimmed">
            {s.kind} · port {s.port}
          </Text>
        </>
      ),
    },
    {
      header: 'Runtime',
      cell: (s) => (
        <Tooltip label={`Recognised by: ${s.evidence.join(', ')}`} multiline w={280}>
          <Badge color={RUNTIME_STYLE[s.runtime].color} variant="light">
            {RUNTIME_STYLE[s.runtime].label}
          </Badge>
        </Tooltip>
      ),
    },
    {
      header: 'Model',
      cell: (s) => (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {s.model ?? 'Not named in its arguments'}
        </Text>
      ),
    },
    { header: 'Ready', cell: (s) => `${s.readyReplicas}/${s.replicas}` },
    {
      header: 'GPUs',
      cell: (s) => `${s.gpusPerReplica * s.replicas}${s.gpuProduct ? ` × ${s.gpuProduct}` : ''}`,
    },
  ],
};

/**
 * The model servers already running in the watched namespaces that Backline did not deploy:
 * what a team brings on its first day. Shown as found, read-only.
 */
export function DiscoveredServersCard() {
  const [result] = useQuery({ query: DiscoveredModelServersQuery });
  const found = result.data?.discoveredModelServers;
  if (result.fetching && !found) return <Skeleton h={120} radius="md" />;
  if (result.error) {
    return (
      <Alert color="red" title="Could not look for running model servers">
        {errorMessage(result.error)}
      </Alert>
    );
  }
  if (!found || (found.servers.length === 0 && found.problems.length === 0)) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="discovered-servers">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            Running in your cluster
          </Title>
          <Text size="sm" c="dimmed">
            {found.servers.length} model {found.servers.length === 1 ? 'server' : 'servers'} not
            deployed by Backline
          </Text>
        </Group>
        {found.problems.map((problem) => (
          <Alert key={problem} color="yellow" variant="light">
            {problem}
          </Alert>
        ))}
        {found.servers.length > 0 ? (
          <DataTable {...SERVERS_TABLE} rows={found.servers} verticalSpacing="xs" />
        ) : null}
      </Stack>
    </Paper>
  );
}
