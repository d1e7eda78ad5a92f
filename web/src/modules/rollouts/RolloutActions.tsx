import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconPlayerStop, IconRocket } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import type { RolloutFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ReasonField, useReasonDialog } from '../../ui/useReasonField';
import { actionsFor } from './rolloutState';
import {
  AbortRolloutMutation,
  PauseRolloutMutation,
  PromoteRolloutMutation,
  ResumeRolloutMutation,
} from './rollouts.documents';

interface RolloutActionsProps {
  rollout: RolloutFieldsFragment;
  /** More buttons after the rollout's own, e.g. rolling back to an earlier release. */
  children?: ReactNode;
}

/** Abort puts the previous release back; it needs a reason for the events and the audit log. */
function AbortDialog({
  rollout,
  opened,
  onClose,
}: {
  rollout: RolloutFieldsFragment;
  opened: boolean;
  onClose: () => void;
}) {
  const [{ fetching }, abort] = useMutation(AbortRolloutMutation);
  const { name } = rollout.deployment;
  const { reason, dialog } = useReasonDialog({
    send: (why) => abort({ input: { id: rollout.id, reason: why } }),
    done: () =>
      notifications.show({
        color: 'orange',
        title: 'Aborting the rollout',
        message: `${name} goes back to its previous release.`,
      }),
    onClose,
  });

  return (
    <ConfirmDialog
      {...dialog}
      opened={opened}
      title={`Abort the rollout of ${name}`}
      confirmLabel="Abort rollout"
      danger
      loading={fetching}
    >
      <Stack gap="sm">
        <Text size="sm">
          The canary stops taking traffic and every replica goes back to{' '}
          {rollout.fromRelease ? <b>{rollout.fromRelease.id}</b> : 'the previous release'}.
        </Text>
        <ReasonField
          field={reason}
          required
          description="Recorded in the rollout's events and the audit log."
        />
      </Stack>
    </ConfirmDialog>
  );
}

/** Pause, Resume, Promote and Abort, each only where the rollout's state allows it. */
export function RolloutActions({ rollout, children }: RolloutActionsProps) {
  const allowed = actionsFor(rollout.state);
  const [pauseState, pause] = useMutation(PauseRolloutMutation);
  const [resumeState, resume] = useMutation(ResumeRolloutMutation);
  const [promoteState, promote] = useMutation(PromoteRolloutMutation);
  const [error, setError] = useState<string | null>(null);
  const [promoting, setPromoting] = useState(false);
  const [promoteError, setPromoteError] = useState<string | null>(null);
  const [aborting, setAborting] = useState(false);
  const input = { id: rollout.id };
  const busy = pauseState.fetching || resumeState.fetching || promoteState.fetching;

  const run = async (
    action: (vars: { input: typeof input }) => Promise<{ error?: CombinedError }>,
  ) => {
    setError(null);
    const result = await action({ input });
    if (result.error) setError(errorMessage(result.error));
  };

  const confirmPromote = async () => {
    setPromoteError(null);
    const result = await promote({ input });
    if (result.error) {
      setPromoteError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Promoting',
      message: `Every replica of ${rollout.deployment.name} moves to ${rollout.toRelease.id}.`,
    });
    setPromoting(false);
  };

  if (allowed.length === 0 && !children) return null;
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" justify="flex-end" wrap="wrap" data-testid="rollout-actions">
        {allowed.includes('pause') ? (
          <Button
            variant="default"
            leftSection={<IconPlayerPause size={16} />}
            loading={pauseState.fetching}
            disabled={busy}
            onClick={() => void run(pause)}
          >
            Pause
          </Button>
        ) : null}
        {allowed.includes('resume') ? (
          <Button
            variant="default"
            leftSection={<IconPlayerPlay size={16} />}
            loading={resumeState.fetching}
            disabled={busy}
            onClick={() => void run(resume)}
          >
            Resume
          </Button>
        ) : null}
        {allowed.includes('promote') ? (
          <Button
            variant="light"
            color="teal"
            leftSection={<IconRocket size={16} />}
            disabled={busy}
            onClick={() => setPromoting(true)}
          >
            Promote
          </Button>
        ) : null}
        {allowed.includes('abort') ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconPlayerStop size={16} />}
            disabled={busy}
            onClick={() => setAborting(true)}
          >
            Abort
          </Button>
        ) : null}
        {children}
      </Group>
      {error ? (
        <Alert color="red" variant="light" role="alert" py={6} w="100%">
          {error}
        </Alert>
      ) : null}
      <ConfirmDialog
        opened={promoting}
        title={`Promote ${rollout.toRelease.id}`}
        confirmLabel="Promote now"
        loading={promoteState.fetching}
        error={promoteError}
        onCancel={() => {
          setPromoting(false);
          setPromoteError(null);
        }}
        onConfirm={() => void confirmPromote()}
      >
        Every replica of <b>{rollout.deployment.name}</b> moves to the new release now. The
        remaining steps and their analysis are skipped, so a problem they would have caught reaches
        all of the traffic.
      </ConfirmDialog>
      <AbortDialog rollout={rollout} opened={aborting} onClose={() => setAborting(false)} />
    </Stack>
  );
}
