import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { useReasonField } from '../../ui/useReasonField';
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
  const reason = useReasonField();
  const [error, setError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [{ fetching }, rollback] = useMutation(RollbackDeploymentMutation);

  const close = () => {
    reason.reset();
    setError(null);
    setServerFields({});
    onClose();
  };

  const confirm = async () => {
    if (!reason.validate() || !releaseId) return;
    const result = await rollback({ input: { namespace, name, releaseId, reason: reason.value } });
    if (result.error) {
      const fields = fieldErrors(result.error);
      setServerFields(fields);
      reason.setServerError(fields.reason);
      if (Object.keys(fields).length === 0) setError(errorMessage(result.error));
      return;
    }
    close();
  };

  return (
    <ConfirmDialog
      opened={opened}
      title={`Roll back ${name}`}
      confirmLabel="Roll back"
      loading={fetching}
      error={error}
      onCancel={close}
      onConfirm={() => void confirm()}
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
        <Textarea
          label="Reason"
          description="Recorded in the release history and the audit log."
          rows={2}
          {...reason.inputProps}
          data-autofocus
        />
      </Stack>
    </ConfirmDialog>
  );
}
