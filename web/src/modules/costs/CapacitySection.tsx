import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CapacityQuery as CapacityData } from '../../generated/graphql';
import { type Column, DataTable } from '../../ui/DataTable';
import { ListStates } from '../../ui/ListStates';
import { formatShare } from './costFormat';
import { CapacityQuery } from './costs.documents';

type Capacity = CapacityData['capacity'];
type ProductRow = Capacity['products'][number];
type DeploymentRow = Capacity['deployments'][number];

/** Tokens per second: 1,234 tok/s; a dash when unknown. */
export function formatRate(value: number | null | undefined): string {
  if (value == null) return '—';
  return `${Math.round(value).toLocaleString('en-US')} tok/s`;
}

const right = { th: { ta: 'right' as const }, td: { ta: 'right' as const } };

const PRODUCT_COLUMNS: Column<ProductRow>[] = [
  { header: 'GPU product', cell: (p) => p.product },
  { header: 'Nodes', cell: (p) => p.nodes, ...right },
  { header: 'Allocatable', cell: (p) => p.allocatable, ...right },
  { header: 'Requested', cell: (p) => p.requested, ...right },
  {
    header: 'Free',
    cell: (p) => (
      <Text span fw={600} size="sm">
        {p.free}
      </Text>
    ),
    ...right,
  },
  {
    header: 'Most on one node',
    cell: (p) => p.largestFreeOnANode,
    th: { ta: 'right', title: 'The largest pod that could start now' },
    td: { ta: 'right' },
  },
];

const DEPLOYMENT_COLUMNS: Column<DeploymentRow>[] = [
  {
    header: 'Deployment',
    cell: (d) => (
      <Anchor component={Link} to={`/deployments/${d.namespace}/${d.name}`}>
        {d.namespace}/{d.name}
      </Anchor>
    ),
  },
  {
    header: 'GPUs',
    cell: (d) => (d.gpus ? `${d.gpus} × ${d.gpuProduct ?? 'GPU'}` : '—'),
  },
  { header: 'Load', cell: (d) => formatRate(d.tokensPerSecond), ...right },
  { header: 'Utilisation', cell: (d) => formatShare(d.utilisation), ...right },
  {
    header: 'Per GPU',
    cell: (d) => formatRate(d.tokensPerSecondPerGpu),
    th: { ta: 'right', title: 'Tokens per second of one fully occupied GPU' },
    td: { ta: 'right' },
  },
  {
    header: 'Could serve',
    cell: (d) =>
      d.note && d.couldServeTokensPerSecond != null ? (
        <Text span size="sm" title={d.note} td="underline dotted">
          ≤ {formatRate(d.couldServeTokensPerSecond)}
        </Text>
      ) : (
        formatRate(d.couldServeTokensPerSecond)
      ),
    th: { ta: 'right', title: 'Its GPUs fully occupied' },
    td: { ta: 'right' },
  },
  {
    header: 'Headroom',
    cell: (d) =>
      d.headroomTokensPerSecond == null ? (
        <Text span size="sm" c="dimmed" title={d.note ?? undefined}>
          unknown
        </Text>
      ) : (
        formatRate(d.headroomTokensPerSecond)
      ),
    th: {
      ta: 'right',
      title: 'More load than this fills its engines: requests queue and latency SLOs break',
    },
    td: { ta: 'right' },
  },
  {
    header: 'With free GPUs',
    cell: (d) => formatRate(d.couldServeWithFreeGpusTokensPerSecond),
    th: { ta: 'right', title: 'With every free GPU of its product as well' },
    td: { ta: 'right' },
  },
];

/** Free GPUs by product and what each deployment could serve; see docs/capacity.md. */
export function CapacityView({ capacity }: { capacity: Capacity }) {
  const excluded = capacity.nodes.filter((n) => !n.schedulable);
  return (
    <Stack gap="sm">
      {capacity.known ? (
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>Free GPUs by product</Text>
            {capacity.podScope === 'MANAGED_NAMESPACES' ? (
              <Badge
                size="sm"
                variant="light"
                color="gray"
                title="GPUs that pods in other namespaces request look free: BACKLINE_CAPACITY_PODS=all counts them"
              >
                Pods of managed namespaces only
              </Badge>
            ) : null}
          </Group>
          <DataTable
            label="Free GPUs by product"
            columns={PRODUCT_COLUMNS}
            rows={capacity.products}
            rowKey={(p) => p.product}
            minWidth={600}
          />
          {excluded.length ? (
            <Text size="xs" c="dimmed" mt="xs" data-testid="excluded-nodes">
              Not counted: {excluded.map((n) => `${n.name} (${n.excludedBecause})`).join(', ')}
            </Text>
          ) : null}
        </Paper>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          data-testid="capacity-unknown"
        >
          {capacity.unknownReason}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          What each deployment could serve (last {capacity.windowMinutes} minutes)
        </Text>
        {capacity.deployments.length ? (
          <DataTable
            label="Deployment capacity"
            columns={DEPLOYMENT_COLUMNS}
            rows={capacity.deployments}
            rowKey={(d) => `${d.namespace}/${d.name}`}
            minWidth={900}
          />
        ) : (
          <Text size="sm" c="dimmed">
            No deployment has recorded usage in the window.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}

/** The Capacity section of the Costs page. */
export function CapacitySection() {
  const [result, refetch] = useQuery({ query: CapacityQuery });
  const capacity = result.data?.capacity;
  return (
    <Stack mt="xl" gap="xs" component="section" aria-labelledby="capacity-title">
      <Title order={3} id="capacity-title">
        Capacity
      </Title>
      <ListStates
        state={{
          error: result.error,
          loaded: Boolean(capacity),
          fetching: result.fetching,
          refetch: () => refetch({ requestPolicy: 'network-only' }),
        }}
        errorTitle="Could not load the capacity"
        empty={false}
      >
        {capacity ? <CapacityView capacity={capacity} /> : null}
      </ListStates>
    </Stack>
  );
}
