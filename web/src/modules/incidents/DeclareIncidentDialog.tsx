import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { type FormErrors, useFormState } from '../../ui/useFormState';
import { incidentPath, isSeverity, SEVERITIES, SEVERITY_STYLE } from './incidentStyle';
import { DeclareIncidentMutation } from './incidents.documents';

const INITIAL = { title: '', summary: '', severity: 'SEV2', deployment: '' };
type Values = typeof INITIAL;

const DEPLOYMENT_REF = /^[a-z0-9-]+\/[a-z0-9-]+$/;

function validate(values: Values): FormErrors<Values> {
  return {
    title:
      values.title.trim().length < 3
        ? 'Say what is wrong, in a few words'
        : values.title.length > 200
          ? 'At most 200 characters'
          : undefined,
    deployment:
      values.deployment.trim() && !DEPLOYMENT_REF.test(values.deployment.trim())
        ? 'Write it as namespace/name'
        : undefined,
  };
}

/** Opens an incident by hand (SRE and up). */
export function DeclareIncidentDialog({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const form = useFormState(INITIAL, validate);
  const [{ fetching }, declare] = useMutation(DeclareIncidentMutation);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const [namespace, name] = values.deployment.trim().split('/');
    const result = await declare({
      input: {
        title: values.title.trim(),
        summary: values.summary.trim() || null,
        severity: isSeverity(values.severity) ? values.severity : 'SEV2',
        deployment: namespace && name ? { namespace, name } : null,
      },
    });
    const incident = result.data?.declareIncident.incident;
    if (result.error || !incident) {
      const fields = fieldErrors(result.error);
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'red',
      title: `INC-${incident.number} declared`,
      message: incident.title,
    });
    close();
    void navigate(incidentPath(incident.id));
  });

  return (
    <Modal opened={opened} onClose={close} title="Declare incident" centered size="lg">
      <form onSubmit={submit} noValidate aria-label="Declare incident">
        <Stack gap="md">
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <TextInput label="Title" required data-autofocus {...form.inputProps('title')} />
          <Select
            label="Severity"
            required
            allowDeselect={false}
            data={SEVERITIES.map((s) => ({
              value: s,
              label: `${SEVERITY_STYLE[s].label} · ${SEVERITY_STYLE[s].hint}`,
            }))}
            value={form.values.severity}
            onChange={(value) => form.setValue('severity', value ?? 'SEV2')}
          />
          <TextInput
            label="Deployment"
            description="Optional: namespace/name of the affected model deployment."
            placeholder="ml-prod/qwen-chat"
            autoComplete="off"
            {...form.inputProps('deployment')}
          />
          <Textarea
            label="Summary"
            description="What users see, and what you know so far."
            rows={3}
            value={form.values.summary}
            onChange={(event) => form.setValue('summary', event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={fetching}>
              Declare
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
