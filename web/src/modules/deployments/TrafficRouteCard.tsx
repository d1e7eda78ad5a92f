import { Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { Field } from './ReleaseCard';

type Route = NonNullable<DeploymentDetailFieldsFragment['traffic']>;

/** The Gateway route in front of a deployment: where clients call it and how requests split. */
export function TrafficRouteCard({ route }: { route: Route }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="traffic-route">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Traffic</Title>
        <Text size="xs" c="dimmed">
          Canaries move by share of requests through the Gateway.
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Field label="Gateway">
          <Text size="sm" ff="monospace" data-testid="traffic-gateway">
            {route.gateway.namespace}/{route.gateway.name}
          </Text>
        </Field>
        <Field label="Path prefix">
          <Text size="sm" ff="monospace" data-testid="traffic-path">
            {route.pathPrefix}
          </Text>
        </Field>
        <Field label="Weights">
          <Text size="sm" data-testid="traffic-weights">
            {route.canaryWeight} % canary · {100 - route.canaryWeight} % stable
          </Text>
        </Field>
        <Field label="Mirror">
          <Text
            size="sm"
            c={route.mirrorPercent ? undefined : 'dimmed'}
            data-testid="traffic-mirror"
          >
            {route.mirrorPercent
              ? `A copy of ${route.mirrorPercent} % to the canary, answers discarded`
              : 'Nothing mirrored'}
          </Text>
        </Field>
      </SimpleGrid>
    </Paper>
  );
}
