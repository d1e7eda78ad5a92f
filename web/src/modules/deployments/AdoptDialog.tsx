import { Alert, Button, Code, List, Loader, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconHandGrab } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ReasonField, useReasonDialog } from '../../ui/useReasonField';
import { roleAtLeast, useViewer } from '../auth';
import {
  AdoptDeploymentMutation,
  AdoptionPlanQuery,
  DeploymentAdoptionQuery,
  ReleaseDeploymentMutation,
} from './adoption.documents';

interface AdoptDialogProps {
  opened: boolean;
  deploymentId: string;
  name: string;
  onClose: () => void;
}

/**
 * Adopting an observed server: the plan first (why it cannot be adopted without restarting its
 * pods, or the release it would import and the fields Backline would change), then Adopt.
 */
export function AdoptDialog({ opened, deploymentId, name, onClose }: AdoptDialogProps) {
  const [{ data, fetching, error: planError }] = useQuery({
    query: AdoptionPlanQuery,
    variables: { id: deploymentId },
    pause: !opened,
    requestPolicy: 'network-only',
  });
  const [{ fetching: adopting }, adopt] = useMutation(AdoptDeploymentMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const plan = data?.adoptionPlan;

  const confirm = async () => {
    const result = await adopt({
      input: { deploymentId, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Adopted',
      message: `Backline manages ${name} now; its pods keep running as they are.`,
    });
    setError(null);
    onClose();
  };

  return (
    <ConfirmDialog
      opened={opened}
      title={`Adopt ${name}`}
      size="xl"
      confirmLabel="Adopt"
      loading={adopting}
      confirmDisabled={!plan?.adoptable}
      error={error ?? (planError ? errorMessage(planError) : null)}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onConfirm={() => void confirm()}
    >
      {fetching && !plan ? (
        <Loader size="sm" aria-label="Planning the adoption" />
      ) : plan ? (
        <Stack gap="sm" data-testid="adoption-plan">
          <Text size="sm">
            Backline imports what runs into the catalog and manages it from then on: rollouts,
            rollback and drift. Its selector and pod template stay as they are, so no pod restarts.
          </Text>
          {plan.reasons.length > 0 ? (
            <Alert color="red" variant="light" title="It cannot be adopted without a restart">
              <List size="sm" data-testid="adoption-reasons">
                {plan.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {plan.warnings.length > 0 ? (
            <Alert color="yellow" variant="light" title="Before you adopt it">
              <List size="sm">
                {plan.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {plan.release && plan.model ? (
            <Stack gap={2} data-testid="adoption-release">
              <Text size="sm">
                Model <b>{plan.model.name}</b> ({plan.model.source} at {plan.model.revision}),{' '}
                {plan.model.existing ? 'already in the catalog' : 'registered by the adoption'}.
              </Text>
              <Text size="sm">
                Release <Code>{plan.release.id}</Code>
                {plan.release.exists ? ' (in the catalog already)' : ''}, pinned to the image its
                pods run:
              </Text>
              <Code block>{plan.release.image}</Code>
            </Stack>
          ) : null}
          {plan.changes.length > 0 ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                What Backline would change ({plan.changes.length}{' '}
                {plan.changes.length === 1 ? 'field' : 'fields'}, live − and applied +)
              </Text>
              <Code block data-testid="adoption-diff" style={{ maxHeight: 240, overflow: 'auto' }}>
                {plan.diff}
              </Code>
            </Stack>
          ) : null}
          {plan.adoptable ? (
            <Textarea
              label="Reason"
              description="Optional; recorded in the release history and the audit log."
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              rows={2}
            />
          ) : null}
        </Stack>
      ) : null}
    </ConfirmDialog>
  );
}

interface ReleaseToTeamDialogProps {
  opened: boolean;
  deploymentId: string;
  name: string;
  onClose: () => void;
}

/** Handing an adopted server back: objects stay as they are; Backline only observes it again. */
export function ReleaseToTeamDialog({
  opened,
  deploymentId,
  name,
  onClose,
}: ReleaseToTeamDialogProps) {
  const [{ fetching }, release] = useMutation(ReleaseDeploymentMutation);
  const { reason, dialog } = useReasonDialog({
    send: (why) => release({ input: { deploymentId, reason: why } }),
    done: () =>
      notifications.show({
        color: 'teal',
        title: 'Handed back',
        message: `Backline observes ${name} again and changes nothing of it.`,
      }),
    onClose,
  });
  return (
    <ConfirmDialog
      {...dialog}
      opened={opened}
      title={`Release ${name} to the team`}
      confirmLabel="Release"
      loading={fetching}
    >
      <Stack gap="sm">
        <Text size="sm">
          Its Deployment and pods stay exactly as they are. Backline stops managing them (its field
          manager leaves them) and observes the server again: health, incidents and the status page
          go on.
        </Text>
        <ReasonField field={reason} description="Recorded in the audit log." />
      </Stack>
    </ConfirmDialog>
  );
}

/**
 * The header actions of adoption, for admins: Adopt on an observed server, and Release to the
 * team on one Backline adopted.
 */
export function AdoptionActions({
  deployment,
}: {
  deployment: { id: string; namespace: string; name: string; managed: boolean };
}) {
  const viewer = useViewer();
  const admin = roleAtLeast(viewer.role, 'ADMIN');
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({
    query: DeploymentAdoptionQuery,
    variables: { namespace: deployment.namespace, name: deployment.name },
    pause: !admin || !deployment.managed,
  });
  if (!admin) return null;
  if (!deployment.managed) {
    return (
      <>
        <Button
          variant="default"
          leftSection={<IconHandGrab size={16} />}
          onClick={() => setOpen(true)}
        >
          Adopt
        </Button>
        <AdoptDialog
          opened={open}
          deploymentId={deployment.id}
          name={deployment.name}
          onClose={() => setOpen(false)}
        />
      </>
    );
  }
  if (!data?.deployment?.adoption) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={() => setOpen(true)}
      >
        Release to the team
      </Button>
      <ReleaseToTeamDialog
        opened={open}
        deploymentId={deployment.id}
        name={deployment.name}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
