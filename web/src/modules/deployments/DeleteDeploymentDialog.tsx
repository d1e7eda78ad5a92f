import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { DeleteDeploymentMutation } from './deployments.documents';

interface DeleteDeploymentDialogProps {
  opened: boolean;
  namespace: string;
  name: string;
  onClose: () => void;
  onDeleted: () => void;
}

export function validateDeletion(name: string, confirmName: string, reason: string) {
  return {
    confirmName: confirmName === name ? undefined : `Type ${name} to confirm`,
    reason: reason.trim().length >= 3 ? undefined : 'Say why, in a few words',
  };
}

/** Deleting stops every pod; the admin repeats the name and gives a reason for the audit log. */
export function DeleteDeploymentDialog({
  opened,
  namespace,
  name,
  onClose,
  onDeleted,
}: DeleteDeploymentDialogProps) {
  const [confirmName, setConfirmName] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [{ fetching }, remove] = useMutation(DeleteDeploymentMutation);
  const errors = validateDeletion(name, confirmName, reason);

  const close = () => {
    setConfirmName('');
    setReason('');
    setTouched(false);
    setError(null);
    setServerFields({});
    onClose();
  };

  const confirm = async () => {
    setTouched(true);
    if (errors.confirmName || errors.reason) return;
    const result = await remove({ input: { namespace, name, confirmName, reason: reason.trim() } });
    if (result.error) {
      const fields = fieldErrors(result.error);
      setServerFields(fields);
      if (Object.keys(fields).length === 0) setError(errorMessage(result.error));
      return;
    }
    close();
    onDeleted();
  };

  return (
    <ConfirmDialog
      opened={opened}
      title={`Delete ${name}`}
      confirmLabel="Delete deployment"
      danger
      loading={fetching}
      error={error}
      onCancel={close}
      onConfirm={() => void confirm()}
    >
      <Stack gap="sm">
        <Text size="sm">
          Every pod of <b>{name}</b> in <b>{namespace}</b> stops and its objects are removed from
          the cluster. The release stays in the catalog.
        </Text>
        <TextInput
          label={`Type ${name} to confirm`}
          autoComplete="off"
          value={confirmName}
          onChange={(e) => {
            setConfirmName(e.currentTarget.value);
            setServerFields({});
          }}
          error={
            serverFields.confirmName ??
            ((touched || confirmName.length > 0) && errors.confirmName
              ? errors.confirmName
              : undefined)
          }
          data-autofocus
        />
        <Textarea
          label="Reason"
          description="Recorded in the audit log."
          rows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setServerFields({});
          }}
          error={serverFields.reason ?? (touched ? errors.reason : undefined)}
        />
      </Stack>
    </ConfirmDialog>
  );
}
