import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DeploymentPhase, DeploymentSummaryFieldsFragment } from '../../generated/graphql';
import { deploymentPath } from './DeploymentsTable';
import { PhaseBadge } from './PhaseBadge';
import { PHASE_STYLE, PHASES } from './phase';

export function countByPhase(
  rows: readonly DeploymentSummaryFieldsFragment[],
): Record<DeploymentPhase, number> {
  const counts: Record<DeploymentPhase, number> = {
    READY: 0,
    PROGRESSING: 0,
    PENDING: 0,
    FAILED: 0,
    DELETING: 0,
  };
  for (const row of rows) counts[row.phase] += 1;
  return counts;
}

/** The fleet at a glance: deployments by phase, and those that need a look. */
export function FleetSummary({ rows }: { rows: readonly DeploymentSummaryFieldsFragment[] }) {
  const counts = countByPhase(rows);
  const attention = rows.filter((d) => d.phase !== 'READY').slice(0, 8);
  return (
    <Stack gap="md" data-testid="fleet-summary">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {PHASES.map((phase) => (
          <Paper key={phase} withBorder radius="md" p="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {PHASE_STYLE[phase].label}
            </Text>
            <Text
              fz={28}
              fw={700}
              c={counts[phase] > 0 ? PHASE_STYLE[phase].color : 'dimmed'}
              data-testid={`fleet-count-${phase}`}
            >
              {counts[phase]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>Needs a look</Title>
          <Anchor component={Link} to="/deployments" size="sm">
            All {rows.length} deployment{rows.length === 1 ? '' : 's'}
          </Anchor>
        </Group>
        {attention.length === 0 ? (
          <Text size="sm" c="dimmed">
            Every deployment is ready.
          </Text>
        ) : (
          <Stack gap="xs">
            {attention.map((d) => (
              <Group key={d.id} justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <Anchor component={Link} to={deploymentPath(d)} fw={600} size="sm">
                    {d.namespace}/{d.name}
                  </Anchor>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {d.message}
                  </Text>
                </Group>
                <PhaseBadge
                  phase={d.phase}
                  readyReplicas={d.status.readyReplicas}
                  desiredReplicas={d.status.desiredReplicas}
                  size="sm"
                />
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
