import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { RolloutSummaryFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { ReleaseChange } from './ReleaseChange';
import { RolloutStateBadge } from './RolloutStateBadge';
import { stepSummary } from './rolloutState';
import { useActiveRollouts } from './useActiveRollouts';

function deploymentHref(ref: { namespace: string; name: string }): string {
  return `/deployments/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(ref.name)}`;
}

/** Where a rollout stands, for lists: state and step in one badge; nothing without a rollout. */
export function RolloutBadge({
  rollout,
  size = 'sm',
}: {
  rollout: Pick<RolloutSummaryFieldsFragment, 'state' | 'currentStep' | 'steps'> | undefined;
  size?: 'xs' | 'sm';
}) {
  if (!rollout) return null;
  return (
    <RolloutStateBadge
      state={rollout.state}
      size={size}
      suffix={
        rollout.steps.length > 0 ? `${rollout.currentStep + 1}/${rollout.steps.length}` : undefined
      }
      title={stepSummary(rollout)}
    />
  );
}

function ActiveRolloutRow({ rollout }: { rollout: RolloutSummaryFieldsFragment }) {
  const { deployment } = rollout;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs" data-testid="active-rollout">
      <Stack gap={2} miw={0}>
        <Anchor component={Link} to={deploymentHref(deployment)} fw={600} size="sm">
          {deployment.namespace}/{deployment.name}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <ReleaseChange from={rollout.fromRelease} to={rollout.toRelease} size="xs" />
          <Text size="xs" c="dimmed" title={formatDateTime(rollout.updatedAt)}>
            updated {formatRelative(rollout.updatedAt)}
          </Text>
        </Group>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {stepSummary(rollout)}
        </Text>
        <RolloutStateBadge state={rollout.state} size="sm" />
      </Group>
    </Group>
  );
}

/** Rollouts under way across the fleet, live, each with its state and step. */
export function ActiveRolloutsCard() {
  const { rollouts, loaded, error } = useActiveRollouts();
  return (
    <Paper withBorder radius="md" p="md" data-testid="active-rollouts">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={4}>Active rollouts</Title>
          {rollouts.length > 0 ? (
            <Badge variant="light" color="blue" size="sm" circle>
              {rollouts.length}
            </Badge>
          ) : null}
        </Group>
      </Group>
      {error && !loaded ? (
        <Text size="sm" c="red" role="alert">
          Could not load the rollouts: {errorMessage(error)}
        </Text>
      ) : !loaded ? (
        <Stack gap="xs" aria-label="Loading the rollouts">
          <Skeleton height={20} />
          <Skeleton height={20} />
        </Stack>
      ) : rollouts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rollouts under way. Canary deployments show here while they move step by step.
        </Text>
      ) : (
        <Stack gap="sm">
          {rollouts.map((rollout) => (
            <ActiveRolloutRow key={rollout.id} rollout={rollout} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
