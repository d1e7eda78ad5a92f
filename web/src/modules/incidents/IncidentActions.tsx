import { Button, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { type AnyVariables, type TypedDocumentNode, useMutation } from 'urql';
import type { IncidentDetailFieldsFragment, Severity } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import {
  allowedActions,
  type IncidentAction,
  isOpen,
  isSeverity,
  SEVERITY_OPTIONS,
} from './incidentStyle';
import {
  AcknowledgeIncidentMutation,
  CancelIncidentMutation,
  ChangeIncidentSeverityMutation,
  CloseIncidentMutation,
  MitigateIncidentMutation,
  ResolveIncidentMutation,
} from './incidents.documents';

type Incident = IncidentDetailFieldsFragment;

const LABELS: Record<Exclude<IncidentAction, 'cancel'>, string> = {
  acknowledge: 'Acknowledge',
  mitigate: 'Mitigate',
  resolve: 'Resolve',
  close: 'Close',
};

function useMove<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>) {
  const [{ fetching }, run] = useMutation(document);
  return { fetching, run };
}

function report(error: unknown, done: string) {
  if (error) {
    notifications.show({ color: 'red', title: 'That did not work', message: String(error) });
  } else {
    notifications.show({ color: 'teal', title: done, message: '' });
  }
}

/** The moves allowed from the incident's status, plus severity; SRE and up. */
export function IncidentActions({ incident }: { incident: Incident }) {
  const moves = {
    acknowledge: useMove(AcknowledgeIncidentMutation),
    mitigate: useMove(MitigateIncidentMutation),
    resolve: useMove(ResolveIncidentMutation),
    close: useMove(CloseIncidentMutation),
  };
  const [cancelling, setCancelling] = useState(false);
  const [changingSeverity, setChangingSeverity] = useState(false);
  const actions = allowedActions(incident.status);

  const move = async (action: keyof typeof moves) => {
    const result = await moves[action].run({ input: { id: incident.id } });
    report(
      result.error ? errorMessage(result.error) : null,
      `INC-${incident.number}: ${LABELS[action].toLowerCase()}d`,
    );
  };

  return (
    <>
      {actions.map((action) =>
        action === 'cancel' ? (
          <Button key={action} variant="default" onClick={() => setCancelling(true)}>
            Cancel incident
          </Button>
        ) : (
          <Button
            key={action}
            variant={action === 'acknowledge' || action === 'resolve' ? 'filled' : 'light'}
            color={action === 'resolve' || action === 'close' ? 'green' : undefined}
            loading={moves[action].fetching}
            onClick={() => void move(action)}
          >
            {LABELS[action]}
          </Button>
        ),
      )}
      {isOpen(incident.status) ? (
        <Button variant="default" onClick={() => setChangingSeverity(true)}>
          Change severity
        </Button>
      ) : null}
      <CancelDialog incident={incident} opened={cancelling} onClose={() => setCancelling(false)} />
      <SeverityDialog
        key={`${incident.severity}-${changingSeverity}`}
        incident={incident}
        opened={changingSeverity}
        onClose={() => setChangingSeverity(false)}
      />
    </>
  );
}

interface IncidentDialogProps {
  incident: Incident;
  opened: boolean;
  onClose: () => void;
}

function CancelDialog({ incident, opened, onClose }: IncidentDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { fetching, run } = useMove(CancelIncidentMutation);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (reason.trim().length < 3) {
      setError('Say why it is not an incident');
      return;
    }
    const result = await run({ input: { id: incident.id, reason: reason.trim() } });
    if (result.error) setError(errorMessage(result.error));
    else close();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Cancel INC-${incident.number}`}
      confirmLabel="Cancel incident"
      danger
      loading={fetching}
      error={error}
      onCancel={close}
      onConfirm={() => void confirm()}
    >
      <Textarea
        label="Reason"
        description="Why this is not an incident after all; kept in the timeline."
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-autofocus
      />
    </ConfirmDialog>
  );
}

function SeverityDialog({ incident, opened, onClose }: IncidentDialogProps) {
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { fetching, run } = useMove(ChangeIncidentSeverityMutation);
  const confirm = async () => {
    if (severity === incident.severity) {
      setError(`It is ${severity} already`);
      return;
    }
    if (reason.trim().length < 3) {
      setError('Say why the severity changes');
      return;
    }
    const result = await run({ input: { id: incident.id, severity, reason: reason.trim() } });
    if (result.error) setError(errorMessage(result.error));
    else onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Change the severity of INC-${incident.number}`}
      confirmLabel="Change severity"
      loading={fetching}
      error={error}
      onCancel={onClose}
      onConfirm={() => void confirm()}
    >
      <Stack gap="sm">
        <Select
          label="Severity"
          allowDeselect={false}
          data={SEVERITY_OPTIONS}
          value={severity}
          onChange={(value) => {
            if (isSeverity(value)) setSeverity(value);
          }}
        />
        <Textarea
          label="Reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}
