import {
  Alert,
  Badge,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from 'urql';
import { errorMessage } from '../../ui/graphqlError';
import { RUNTIME_STYLE } from '../catalog';
import { DiscoveredModelServersQuery } from './discovery.documents';

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
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Workload</Table.Th>
                  <Table.Th>Runtime</Table.Th>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Ready</Table.Th>
                  <Table.Th>GPUs</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {found.servers.map((s) => {
                  const style = RUNTIME_STYLE[s.runtime];
                  return (
                    <Table.Tr key={`${s.namespace}/${s.kind}/${s.name}`}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {s.namespace}/{s.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {s.kind} · port {s.port}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Tooltip
                          label={`Recognised by: ${s.evidence.join(', ')}`}
                          multiline
                          w={280}
                        >
                          <Badge color={style.color} variant="light">
                            {style.label}
                          </Badge>
                        </Tooltip>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: 'break-all' }}>
                          {s.model ?? 'Not named in its arguments'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {s.readyReplicas}/{s.replicas}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {s.gpusPerReplica * s.replicas}
                          {s.gpuProduct ? ` × ${s.gpuProduct}` : ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
