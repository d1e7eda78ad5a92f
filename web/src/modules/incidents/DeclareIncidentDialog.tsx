import { Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { firstProblem, incidentTitle } from '../../../../server/src/shared/validation.ts';
import { FormDialog } from '../../ui/FormDialog';
import { incidentPath } from '../../ui/humanIds';
import { type FormErrors, useFormDialog } from '../../ui/useFormState';
import { isSeverity, SEVERITY_OPTIONS } from './incidentStyle';
import { DeclareIncidentMutation } from './incidents.documents';

const INITIAL = { title: '', summary: '', severity: 'SEV2', deployment: '' };
type Values = typeof INITIAL;

const DEPLOYMENT_REF = /^[a-z0-9-]+\/[a-z0-9-]+$/;

function validate(values: Values): FormErrors<Values> {
  return {
    title: firstProblem(incidentTitle, values.title),
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
  const { form, close, submitWith, dialog } = useFormDialog(INITIAL, validate, onClose);
  const [{ fetching }, declare] = useMutation(DeclareIncidentMutation);
  const navigate = useNavigate();

  const submit = submitWith(
    (values) => {
      const [namespace, name] = values.deployment.trim().split('/');
      return declare({
        input: {
          title: values.title.trim(),
          summary: values.summary.trim() || null,
          severity: isSeverity(values.severity) ? values.severity : 'SEV2',
          deployment: namespace && name ? { namespace, name } : null,
        },
      });
    },
    ({ declareIncident: { incident } }) => {
      notifications.show({
        color: 'red',
        title: `INC-${incident.number} declared`,
        message: incident.title,
      });
      close();
      void navigate(incidentPath(incident));
    },
  );

  return (
    <FormDialog
      {...dialog(opened, submit, fetching)}
      title="Declare incident"
      submitLabel="Declare"
      submitColor="red"
      errorStyle="plain"
    >
      <TextInput label="Title" required data-autofocus {...form.inputProps('title')} />
      <Select
        label="Severity"
        required
        allowDeselect={false}
        data={SEVERITY_OPTIONS}
        {...form.selectProps('severity')}
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
        {...form.inputProps('summary')}
      />
    </FormDialog>
  );
}
