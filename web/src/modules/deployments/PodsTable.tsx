import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ContainerState, DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { Dim, Mono, OrDash } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';

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

const TABLE: TableSpec<Pod> = {
  label: 'Pods',
  minWidth: 760,
  rowKey: (pod) => pod.name,
  rowProps: () => ({ 'data-testid': 'pod-row' }),
  columns: [
    {
      header: 'Name',
      cell: (pod) => (
        <>
          <Mono>{pod.name}</Mono>
          {pod.track && pod.track !== 'stable' ? (
            <Badge size="xs" variant="outline">
              {pod.track}
            </Badge>
          ) : null}
        </>
      ),
    },
    { header: 'Phase', cell: (pod) => <Text size="sm">{pod.phase}</Text> },
    {
      header: 'Ready',
      cell: (pod) => (
        <Badge size="sm" variant="light" color={pod.ready ? 'green' : 'gray'}>
          {pod.ready ? 'Ready' : 'Not ready'}
        </Badge>
      ),
    },
    {
      header: 'Restarts',
      cell: (pod) => (
        <Text size="sm" c={pod.restarts > 0 ? 'orange' : undefined}>
          {pod.restarts}
        </Text>
      ),
    },
    {
      header: 'Node',
      cell: (pod) => <OrDash value={pod.node} placeholder="Unscheduled" ff="monospace" />,
    },
    { header: 'GPUs', cell: (pod) => <Text size="sm">{pod.gpus}</Text> },
    { header: 'Container', cell: (pod) => <ContainerCell pod={pod} /> },
  ],
};

export function PodsTable({ pods }: { pods: Pod[] }) {
  return (
    <Panel title="Pods">
      {pods.length === 0 ? <Dim>No pods yet.</Dim> : <DataTable {...TABLE} rows={pods} />}
    </Panel>
  );
}
