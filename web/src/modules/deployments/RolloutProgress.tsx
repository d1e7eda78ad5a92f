import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';

/**
 * How far a rollout has come: ready pods out of desired, and the current step in words.
 * `embedded` drops the card around it, for use inside the rollout panel.
 */
export function RolloutProgress({
  deployment,
  embedded = false,
}: {
  deployment: DeploymentDetailFieldsFragment;
  embedded?: boolean;
}) {
  const { readyReplicas, desiredReplicas } = deployment.status;
  const value =
    desiredReplicas === 0 ? 100 : Math.min(100, (readyReplicas / desiredReplicas) * 100);
  const color =
    deployment.phase === 'READY' ? 'green' : deployment.phase === 'FAILED' ? 'red' : 'blue';
  const step =
    deployment.message ??
    (deployment.phase === 'READY' ? 'Every replica runs the desired release.' : null);
  return (
    <Paper
      withBorder={!embedded}
      radius="md"
      p={embedded ? 0 : 'md'}
      bg={embedded ? 'transparent' : undefined}
      data-testid="rollout-progress"
    >
      <Stack gap={8}>
        <Group justify="space-between" gap="sm">
          <Text fw={600} size="sm" data-testid="ready-summary">
            Pods ready: {readyReplicas} of {desiredReplicas} ready
          </Text>
          <Text size="sm" c="dimmed">
            {deployment.status.updatedReplicas} updated · {deployment.status.availableReplicas}{' '}
            available
          </Text>
        </Group>
        <Progress
          value={value}
          color={color}
          size="lg"
          radius="xl"
          striped={deployment.phase === 'PROGRESSING' || deployment.phase === 'PENDING'}
          animated={deployment.phase === 'PROGRESSING'}
          aria-label={`${readyReplicas} of ${desiredReplicas} pods ready`}
        />
        {step ? (
          <Text size="sm" c={deployment.phase === 'FAILED' ? 'red' : 'dimmed'}>
            {step}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
