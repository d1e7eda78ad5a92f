import { Alert, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { RolloutHistoryTable } from './RolloutHistoryTable';
import { RolloutFrame, RolloutPanel } from './RolloutPanel';
import { useLiveRollout } from './useLiveRollout';

interface RolloutSectionProps {
  namespace: string;
  name: string;
  canOperate: boolean;
  /** Actions that belong with the rollout but are not its own, e.g. rolling back. */
  extraActions?: ReactNode;
  /** How many pods are ready; inside the rollout panel when there is a rollout. */
  pods: ReactNode;
}

/** A deployment's rollout, live, with its earlier rollouts below. */
export function RolloutSection({
  namespace,
  name,
  canOperate,
  extraActions,
  pods,
}: RolloutSectionProps) {
  const { rollout, history, gateway, loaded, error, liveError, refetch } = useLiveRollout(
    namespace,
    name,
  );

  if (!rollout) {
    return (
      <RolloutFrame state="NONE">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Title order={4}>Rollout</Title>
            {canOperate && extraActions ? <Group gap="xs">{extraActions}</Group> : null}
          </Group>
          {pods}
          {error && !loaded ? (
            <ErrorState
              title="Could not load the rollout"
              message={errorMessage(error)}
              onRetry={refetch}
            />
          ) : !loaded ? (
            <Skeleton height={56} radius="md" aria-label="Loading the rollout" />
          ) : (
            <Text size="sm" c="dimmed">
              No rollout has run here yet. Deploying a new release with the canary strategy moves it
              over step by step, with analysis at each step and automatic rollback.
            </Text>
          )}
        </Stack>
      </RolloutFrame>
    );
  }

  return (
    <Stack gap="md">
      {liveError ? (
        <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} />}>
          Live rollout updates stopped: {errorMessage(liveError)} Reload to see the newest state.
        </Alert>
      ) : null}
      <RolloutPanel
        rollout={rollout}
        gateway={gateway}
        canOperate={canOperate}
        extraActions={extraActions}
      >
        {pods}
      </RolloutPanel>
      {history.length > 0 ? <RolloutHistoryTable rollouts={history} /> : null}
    </Stack>
  );
}
