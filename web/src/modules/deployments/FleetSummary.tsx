import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { FleetSummaryQuery } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { HEALTH_STATES, HEALTH_STYLE, HealthBadge } from '../health';
import { deploymentPath } from './DeploymentsTable';

/** The fleet at a glance: deployments by health, and those that are not healthy. */
export function FleetSummary({ summary }: { summary: FleetSummaryQuery['fleetSummary'] }) {
  const counts = new Map(summary.health.map(({ state, count }) => [state, count]));
  const { attention, total } = summary;
  return (
    <Stack gap="md" data-testid="fleet-summary">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {HEALTH_STATES.map((state) => (
          <Paper key={state} withBorder radius="md" p="md">
            <DetailLabel>{HEALTH_STYLE[state].label}</DetailLabel>
            <Text
              fz={28}
              fw={700}
              c={(counts.get(state) ?? 0) > 0 ? HEALTH_STYLE[state].color : 'dimmed'}
              data-testid={`fleet-count-${state}`}
            >
              {counts.get(state) ?? 0}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>Needs a look</Title>
          <Anchor component={Link} to="/deployments" size="sm">
            All {total.toLocaleString('en')} deployment{total === 1 ? '' : 's'}
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
