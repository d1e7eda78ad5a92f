import { NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { ScaleDeploymentMutation } from './deployments.documents';

export const MAX_REPLICAS = 64;

interface ScaleDialogProps {
  opened: boolean;
  namespace: string;
  name: string;
  replicas: number;
  gpusPerReplica: number;
  onClose: () => void;
}

export function validateReplicas(value: number | string): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Enter a whole number';
  if (value < 0) return 'Replicas cannot be negative';
  if (value > MAX_REPLICAS) return `At most ${MAX_REPLICAS} replicas`;
  return undefined;
}

export function ScaleDialog({
  opened,
  namespace,
  name,
  replicas,
  gpusPerReplica,
  onClose,
}: ScaleDialogProps) {
  const [value, setValue] = useState<number | string>(replicas);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, scale] = useMutation(ScaleDeploymentMutation);
  const invalid = validateReplicas(value);

  const close = () => {
    setError(null);
    setValue(replicas);
    onClose();
  };

  const confirm = async () => {
    if (invalid || typeof value !== 'number') return;
    const result = await scale({ input: { namespace, name, replicas: value } });
    if (result.error) {
      setError(fieldErrors(result.error).replicas ?? errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Scaling',
      message: `${name} goes from ${replicas} to ${value} replica${value === 1 ? '' : 's'}.`,
    });
    close();
  };

  const delta = typeof value === 'number' ? value - replicas : 0;
  return (
    <ConfirmDialog
      opened={opened}
      title={`Scale ${name}`}
      confirmLabel="Scale"
      loading={fetching}
      error={error}
      onCancel={close}
      onConfirm={() => void confirm()}
    >
      <Stack gap="sm">
        <NumberInput
          label="Replicas"
          min={0}
          max={MAX_REPLICAS}
          allowDecimal={false}
          value={value}
          onChange={setValue}
          error={invalid}
          data-autofocus
        />
        <Text size="sm" c="dimmed">
          {delta === 0
            ? `It runs ${replicas} replica${replicas === 1 ? '' : 's'} now.`
            : `${delta > 0 ? 'Adds' : 'Removes'} ${Math.abs(delta)} replica${Math.abs(delta) === 1 ? '' : 's'}: ${Math.abs(delta) * gpusPerReplica} GPU${Math.abs(delta) * gpusPerReplica === 1 ? '' : 's'} ${delta > 0 ? 'more' : 'fewer'}.`}
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}
