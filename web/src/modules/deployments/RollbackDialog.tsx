import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ReasonField, useReasonDialog } from '../../ui/useReasonField';
import { RollbackDeploymentMutation } from './deployments.documents';

export interface RollbackTarget {
  releaseId: string;
  label: string;
}

interface RollbackDialogProps {
  opened: boolean;
  namespace: string;
  name: string;
  /** Earlier releases, newest first; the first is proposed. */
  targets: RollbackTarget[];
  onClose: () => void;
}

/** Going back to an earlier release needs a reason, recorded in the history and the audit log. */
export function RollbackDialog({ opened, namespace, name, targets, onClose }: RollbackDialogProps) {
  const [releaseId, setReleaseId] = useState<string | null>(targets[0]?.releaseId ?? null);
  const [{ fetching }, rollback] = useMutation(RollbackDeploymentMutation);
  const { reason, serverFields, dialog } = useReasonDialog({
    send: (why) =>
      releaseId ? rollback({ input: { namespace, name, releaseId, reason: why } }) : null,
    onClose,
    shown: ['reason', 'releaseId'],
  });

  return (
    <ConfirmDialog
      {...dialog}
      opened={opened}
      title={`Roll back ${name}`}
      confirmLabel="Roll back"
      loading={fetching}
    >
      <Stack gap="sm">
        <Text size="sm">
          <b>{name}</b> in <b>{namespace}</b> goes back to the release you choose. The current
          release is not applied again unless someone deploys it; open incidents of this deployment
          become mitigated.
        </Text>
        <Select
          label="Release"
          data={targets.map((t) => ({ value: t.releaseId, label: t.label }))}
          value={releaseId}
          onChange={setReleaseId}
          allowDeselect={false}
          error={serverFields.releaseId}
        />
        <ReasonField
          field={reason}
          description="Recorded in the release history and the audit log."
        />
      </Stack>
    </ConfirmDialog>
  );
}
