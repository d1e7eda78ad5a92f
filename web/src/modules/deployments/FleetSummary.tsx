import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DeploymentSummaryFieldsFragment, HealthState } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { HEALTH_STATES, HEALTH_STYLE, HealthBadge } from '../health';
import { deploymentPath } from './DeploymentsTable';

export function countByHealth(
  rows: readonly DeploymentSummaryFieldsFragment[],
): Record<HealthState, number> {
  const counts: Record<HealthState, number> = {
    HEALTHY: 0,
    DEGRADED: 0,
    DOWN: 0,
    PROGRESSING: 0,
    UNKNOWN: 0,
  };
  for (const row of rows) counts[row.health.state] += 1;
  return counts;
}

const ATTENTION_ORDER: Record<HealthState, number> = {
  DOWN: 0,
  DEGRADED: 1,
  UNKNOWN: 2,
  PROGRESSING: 3,
  HEALTHY: 4,
};

/** The fleet at a glance: deployments by health, and those that are not healthy. */
export function FleetSummary({ rows }: { rows: readonly DeploymentSummaryFieldsFragment[] }) {
  const counts = countByHealth(rows);
  const attention = rows
    .filter((d) => d.health.state !== 'HEALTHY')
    .sort((a, b) => ATTENTION_ORDER[a.health.state] - ATTENTION_ORDER[b.health.state])
    .slice(0, 8);
  return (
    <Stack gap="md" data-testid="fleet-summary">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {HEALTH_STATES.map((state) => (
          <Paper key={state} withBorder radius="md" p="md">
            <DetailLabel>{HEALTH_STYLE[state].label}</DetailLabel>
            <Text
              fz={28}
              fw={700}
              c={counts[state] > 0 ? HEALTH_STYLE[state].color : 'dimmed'}
              data-testid={`fleet-count-${state}`}
            >
              {counts[state]}
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
            Every deployment is healthy.
          </Text>
        ) : (
          <Stack gap="xs">
            {attention.map((d) => (
              <Group key={d.id} justify="space-between" wrap="nowrap" data-testid="attention-row">
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <Anchor component={Link} to={deploymentPath(d)} fw={600} size="sm">
                    {d.namespace}/{d.name}
                  </Anchor>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {d.health.reasons[0] ?? d.message}
                  </Text>
                </Group>
                <HealthBadge state={d.health.state} size="sm" />
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
