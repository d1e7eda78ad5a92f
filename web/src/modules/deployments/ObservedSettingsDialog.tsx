import { NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { DeploymentDetailFieldsFragment, Environment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { SegmentedField } from '../../ui/SegmentedField';
import { UpdateObservedDeploymentMutation } from './deployments.documents';
import { ENVIRONMENT_OPTIONS } from './phase';

interface ObservedSettingsDialogProps {
  opened: boolean;
  deployment: DeploymentDetailFieldsFragment;
  onClose: () => void;
}

/** Backline's own settings of an observed server: environment and SLOs; the cluster is untouched. */
export function ObservedSettingsDialog({
  opened,
  deployment,
  onClose,
}: ObservedSettingsDialogProps) {
  const [environment, setEnvironment] = useState<Environment>(deployment.environment);
  const [errorPercent, setErrorPercent] = useState<number | string>(
    deployment.sloErrorRatio == null ? '' : deployment.sloErrorRatio * 100,
  );
  const [ttft, setTtft] = useState<number | string>(deployment.sloTtftP95Ms ?? '');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateObservedDeploymentMutation);

  const confirm = async () => {
    const result = await update({
      input: {
        namespace: deployment.namespace,
        name: deployment.name,
        environment,
        sloErrorRatio: typeof errorPercent === 'number' ? errorPercent / 100 : null,
        sloTtftP95Ms: typeof ttft === 'number' ? ttft : null,
      },
    });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Saved',
      message: `${deployment.name} is updated.`,
    });
    setError(null);
    onClose();
  };

  return (
    <ConfirmDialog
      opened={opened}
      title={`Settings of ${deployment.name}`}
      confirmLabel="Save"
      loading={fetching}
      error={error}
      onCancel={onClose}
      onConfirm={() => void confirm()}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Backline keeps these itself; nothing is written to the cluster. The environment sets how
          severe its incidents are.
        </Text>
        <SegmentedField
          label="Environment"
          value={environment}
          onChange={(v) => setEnvironment(v as Environment)}
          data={ENVIRONMENT_OPTIONS}
        />
        <NumberInput
          label="Error ratio SLO (%)"
          description="Above this share of failed requests its health is degraded. Empty: none."
          min={0.01}
          max={99.99}
          decimalScale={2}
          value={errorPercent}
          onChange={setErrorPercent}
        />
        <NumberInput
          label="Time to first token SLO, p95 (ms)"
          description="Empty: none."
          min={1}
          max={600_000}
          allowDecimal={false}
          value={ttft}
          onChange={setTtft}
        />
      </Stack>
    </ConfirmDialog>
  );
}
