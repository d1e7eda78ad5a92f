import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type {
  DeploymentSummaryFieldsFragment,
  RolloutSummaryFieldsFragment,
} from '../../generated/graphql';
import { Mono, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { RuntimeBadge } from '../catalog';
import { HealthBadge } from '../health';
import { deploymentKey, RolloutBadge } from '../rollouts';
import { PhaseBadge } from './PhaseBadge';
import { ENVIRONMENT_LABELS, shortReleaseId } from './phase';

export function deploymentPath(d: { namespace: string; name: string }): string {
  return `/deployments/${encodeURIComponent(d.namespace)}/${encodeURIComponent(d.name)}`;
}

const TABLE: TableSpec<
  DeploymentSummaryFieldsFragment & { rollout?: RolloutSummaryFieldsFragment }
> = {
  label: 'Model deployments',
  minWidth: 960,
  list: true,
  rowProps: (d) => ({ 'data-testid': `deployment-row-${d.namespace}-${d.name}` }),
  columns: [
    {
      header: 'Deployment',
      cell: (d) => (
        <Anchor component={Link} to={deploymentPath(d)} fw={600} size="sm">
          {d.name}
        </Anchor>
      ),
    },
    {
      header: 'Health',
      td: (d) => ({ title: d.health.reasons[0] }),
      cell: (d) => <HealthBadge state={d.health.state} size="sm" />,
    },
    {
      header: 'Phase',
      cell: (d) => (
        <Stack gap={4} align="flex-start">
          <PhaseBadge
            phase={d.phase}
            readyReplicas={d.status.readyReplicas}
            desiredReplicas={d.status.desiredReplicas}
            size="sm"
          />
          <RolloutBadge rollout={d.rollout} />
        </Stack>
      ),
    },
    {
      header: 'Ready',
      cell: (d) => (
        <Mono data-testid="ready-count">
          {d.status.readyReplicas}/{d.status.desiredReplicas}
        </Mono>
      ),
    },
    {
      header: 'Release',
      cell: (d) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{d.release.model.name}</Text>
          <RuntimeBadge runtime={d.release.runtime} />
          <Text size="xs" c="dimmed" ff="monospace" title={d.release.id}>
            {shortReleaseId(d.release.id)}
          </Text>
        </Group>
      ),
    },
    {
      header: 'Environment',
      cell: (d) => (
        <Badge variant="outline" size="sm" color={d.environment === 'PROD' ? 'grape' : 'gray'}>
          {ENVIRONMENT_LABELS[d.environment]}
        </Badge>
      ),
    },
    { header: 'Namespace', cell: (d) => <Mono>{d.namespace}</Mono> },
    { header: 'Age', cell: (d) => <TimeAgo at={d.createdAt} /> },
  ],
};

export function DeploymentsTable({
  rows,
  rollouts,
}: {
  rows: DeploymentSummaryFieldsFragment[];
  /** Rollouts under way, by `namespace/name`, shown beside the phase. */
  rollouts?: ReadonlyMap<string, RolloutSummaryFieldsFragment>;
}) {
  return (
    <DataTable
      {...TABLE}
      rows={rows.map((d) => ({ ...d, rollout: rollouts?.get(deploymentKey(d)) }))}
    />
  );
}
