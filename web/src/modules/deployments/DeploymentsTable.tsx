import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type {
  DeploymentSummaryFieldsFragment,
  RolloutSummaryFieldsFragment,
} from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { RuntimeBadge } from '../catalog';
import { HealthBadge } from '../health';
import { deploymentKey, RolloutBadge } from '../rollouts';
import { PhaseBadge } from './PhaseBadge';
import { ENVIRONMENT_LABELS, shortReleaseId } from './phase';

export function deploymentPath(d: { namespace: string; name: string }): string {
  return `/deployments/${encodeURIComponent(d.namespace)}/${encodeURIComponent(d.name)}`;
}

export function DeploymentsTable({
  rows,
  rollouts,
}: {
  rows: DeploymentSummaryFieldsFragment[];
  /** Rollouts under way, by `namespace/name`, shown beside the phase. */
  rollouts?: ReadonlyMap<string, RolloutSummaryFieldsFragment>;
}) {
  return (
    <Table.ScrollContainer type="native" minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Model deployments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Deployment</Table.Th>
            <Table.Th>Health</Table.Th>
            <Table.Th>Phase</Table.Th>
            <Table.Th>Ready</Table.Th>
            <Table.Th>Release</Table.Th>
            <Table.Th>Environment</Table.Th>
            <Table.Th>Namespace</Table.Th>
            <Table.Th>Age</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id} data-testid={`deployment-row-${d.namespace}-${d.name}`}>
              <Table.Td>
                <Anchor component={Link} to={deploymentPath(d)} fw={600} size="sm">
                  {d.name}
                </Anchor>
              </Table.Td>
              <Table.Td title={d.health.reasons[0]}>
                <HealthBadge state={d.health.state} size="sm" />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <PhaseBadge
                    phase={d.phase}
                    readyReplicas={d.status.readyReplicas}
                    desiredReplicas={d.status.desiredReplicas}
                    size="sm"
                  />
                  <RolloutBadge rollout={rollouts?.get(deploymentKey(d))} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" data-testid="ready-count">
                  {d.status.readyReplicas}/{d.status.desiredReplicas}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{d.release.model.name}</Text>
                  <RuntimeBadge runtime={d.release.runtime} />
                  <Text size="xs" c="dimmed" ff="monospace" title={d.release.id}>
                    {shortReleaseId(d.release.id)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="outline"
                  size="sm"
                  color={d.environment === 'PROD' ? 'grape' : 'gray'}
                >
                  {ENVIRONMENT_LABELS[d.environment]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {d.namespace}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(d.createdAt)}>
                  {formatRelative(d.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
