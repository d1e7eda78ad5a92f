import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ContainerState, DeploymentDetailFieldsFragment } from '../../generated/graphql';

type Pod = DeploymentDetailFieldsFragment['status']['pods'][number];

const STATE_COLORS: Record<ContainerState, string> = {
  RUNNING: 'green',
  WAITING: 'yellow',
  TERMINATED: 'red',
  UNKNOWN: 'gray',
};

function ContainerCell({ pod }: { pod: Pod }) {
  if (pod.containers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not started
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {pod.containers.map((c) => (
        <Group key={c.name} gap={6} wrap="nowrap">
          <Badge size="sm" variant="dot" color={STATE_COLORS[c.state]}>
            {c.state.toLowerCase()}
          </Badge>
          {c.reason ? (
            <Text size="xs" c="dimmed" title={c.message ?? undefined}>
              {c.reason}
              {c.lastTerminationReason ? ` (last: ${c.lastTerminationReason})` : ''}
            </Text>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

export function PodsTable({ pods }: { pods: Pod[] }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">
        Pods
      </Title>
      {pods.length === 0 ? (
        <Text size="sm" c="dimmed">
          No pods yet.
        </Text>
      ) : (
        <Table.ScrollContainer type="native" minWidth={760}>
          <Table verticalSpacing="xs" aria-label="Pods">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Phase</Table.Th>
                <Table.Th>Ready</Table.Th>
                <Table.Th>Restarts</Table.Th>
                <Table.Th>Node</Table.Th>
                <Table.Th>GPUs</Table.Th>
                <Table.Th>Container</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pods.map((pod) => (
                <Table.Tr key={pod.name} data-testid="pod-row">
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {pod.name}
                    </Text>
                    {pod.track && pod.track !== 'stable' ? (
                      <Badge size="xs" variant="outline">
                        {pod.track}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{pod.phase}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={pod.ready ? 'green' : 'gray'}>
                      {pod.ready ? 'Ready' : 'Not ready'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={pod.restarts > 0 ? 'orange' : undefined}>
                      {pod.restarts}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" c={pod.node ? undefined : 'dimmed'}>
                      {pod.node ?? 'Unscheduled'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{pod.gpus}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ContainerCell pod={pod} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
