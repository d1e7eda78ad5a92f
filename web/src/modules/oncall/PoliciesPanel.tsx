import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconRoute, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type {
  Environment,
  EscalationPolicyFieldsFragment,
  EscalationTargetType,
} from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlError';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { useConfirm } from '../../ui/useConfirm';
import { useListQuery } from '../../ui/useLiveQuery';
import { roleAtLeast, useViewer } from '../auth';
import {
  CreateEscalationPolicyMutation,
  DeleteEscalationPolicyMutation,
  EscalationPoliciesQuery,
  NotificationChannelsQuery,
  OnCallPeopleQuery,
  OnCallSchedulesQuery,
  UpdateEscalationPolicyMutation,
} from './oncall.documents';
import { AddRowButton, EditorModal, useEditorDraft } from './parts';

const ENVIRONMENTS: Environment[] = ['PROD', 'STAGING', 'DEV'];
const TARGET_LABEL: Record<EscalationTargetType, string> = {
  SCHEDULE: 'On call on',
  USER: 'Person',
  CHANNEL: 'Channel',
};

interface StepDraft {
  /** Identifies the row while it is edited. */
  key: string;
  timeoutMinutes: number;
  /** `TYPE:id` */
  targets: string[];
}

interface PolicyDraft {
  name: string;
  isDefault: boolean;
  environments: string[];
  repeat: number;
  steps: StepDraft[];
}

function draftOf(policy: EscalationPolicyFieldsFragment | null): PolicyDraft {
  if (!policy) {
    return {
      name: '',
      isDefault: false,
      environments: [],
      repeat: 1,
      steps: [{ key: crypto.randomUUID(), timeoutMinutes: 15, targets: [] }],
    };
  }
  return {
    name: policy.name,
    isDefault: policy.isDefault,
    environments: [...policy.environments],
    repeat: policy.repeat,
    steps: policy.steps.map((s) => ({
      key: crypto.randomUUID(),
      timeoutMinutes: s.timeoutMinutes,
      targets: s.targets.map((t) => `${t.type}:${t.id}`),
    })),
  };
}

function PolicyEditor({
  opened,
  policy,
  onClose,
}: {
  opened: boolean;
  policy: EscalationPolicyFieldsFragment | null;
  onClose: () => void;
}) {
  const viewer = useViewer();
  const { draft, setDraft, error, setError } = useEditorDraft(opened, policy, draftOf);
  const [{ data: schedules }] = useQuery({ query: OnCallSchedulesQuery, pause: !opened });
  const [{ data: people }] = useQuery({ query: OnCallPeopleQuery, pause: !opened });
  const [{ data: channels }] = useQuery({
    query: NotificationChannelsQuery,
    pause: !opened || !roleAtLeast(viewer.role, 'SRE'),
  });
  const [{ fetching: creating }, create] = useMutation(CreateEscalationPolicyMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateEscalationPolicyMutation);

  const options = [
    {
      group: 'On call on a schedule',
      items: (schedules?.onCallSchedules ?? []).map((s) => ({
        value: `SCHEDULE:${s.id}`,
        label: s.name,
      })),
    },
    {
      group: 'People',
      items: (people?.onCallPeople ?? []).map((p) => ({ value: `USER:${p.id}`, label: p.name })),
    },
    {
      group: 'Channels',
      items: (channels?.notificationChannels ?? []).map((c) => ({
        value: `CHANNEL:${c.id}`,
        label: `${c.name} (${c.type.toLowerCase()})`,
      })),
    },
  ];

  const setStep = (index: number, change: Partial<StepDraft>) =>
    setDraft((d) => ({
      ...d,
      steps: d.steps.map((s, i) => (i === index ? { ...s, ...change } : s)),
    }));

  const save = async () => {
    const input = {
      name: draft.name.trim(),
      isDefault: draft.isDefault,
      environments: draft.environments as Environment[],
      repeat: draft.repeat,
      steps: draft.steps.map((s) => ({
        timeoutMinutes: s.timeoutMinutes,
        targets: s.targets.map((t) => {
          const [type, id] = t.split(':');
          return { type: type as EscalationTargetType, id: id ?? '' };
        }),
      })),
    };
    const result = policy
      ? await update({ input: { id: policy.id, ...input } })
      : await create({ input });
    if (result.error) setError(errorMessage(result.error));
    else onClose();
  };

  return (
    <EditorModal
      opened={opened}
      title={policy ? `Edit ${policy.name}` : 'New escalation policy'}
      size="lg"
      what="policy"
      isNew={!policy}
      error={error}
      saving={creating || updating}
      onCancel={onClose}
      onSave={() => void save()}
    >
      <TextInput
        label="Name"
        required
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
      />
      <Group grow align="flex-start">
        <MultiSelect
          label="Environments"
          description="Incidents in these environments use this policy"
          data={ENVIRONMENTS}
          value={draft.environments}
          onChange={(environments) => setDraft({ ...draft, environments })}
        />
        <NumberInput
          label="Repeat"
          description="Further passes through the steps"
          min={0}
          max={10}
          value={draft.repeat}
          onChange={(v) => setDraft({ ...draft, repeat: Number(v) || 0 })}
        />
      </Group>
      <Switch
        label="Default policy: for incidents no other policy covers"
        checked={draft.isDefault}
        onChange={(e) => setDraft({ ...draft, isDefault: e.currentTarget.checked })}
      />
      {draft.steps.map((step, index) => (
        <Paper key={step.key} withBorder p="sm" radius="md" data-testid={`step-${index}`}>
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              Step {index + 1}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove step ${index + 1}`}
              disabled={draft.steps.length === 1}
              onClick={() =>
                setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }))
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Group grow align="flex-start">
            <MultiSelect
              label="Notify"
              placeholder="Schedules, people or channels"
              searchable
              data={options}
              value={step.targets}
              onChange={(targets) => setStep(index, { targets })}
              style={{ flex: 3 }}
            />
            <NumberInput
              label="Then wait (minutes)"
              min={1}
              max={1440}
              value={step.timeoutMinutes}
              onChange={(v) => setStep(index, { timeoutMinutes: Number(v) || 1 })}
              style={{ flex: 1 }}
            />
          </Group>
        </Paper>
      ))}
      <AddRowButton
        onClick={() =>
          setDraft((d) => ({
            ...d,
            steps: [...d.steps, { key: crypto.randomUUID(), timeoutMinutes: 15, targets: [] }],
          }))
        }
      >
        Add step
      </AddRowButton>
      <Text size="xs" c="dimmed">
        After the last step of the last pass, the fallback channels (Settings › Notifications) are
        told, again and again, until someone acknowledges.
      </Text>
    </EditorModal>
  );
}

function PolicyCard({
  policy,
  canEdit,
  onEdit,
  onDelete,
}: {
  policy: EscalationPolicyFieldsFragment;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={`policy-${policy.name}`}>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={4}>{policy.name}</Title>
          {policy.isDefault ? <Badge>Default</Badge> : null}
          {policy.environments.map((e) => (
            <Badge key={e} variant="outline">
              {e}
            </Badge>
          ))}
        </Group>
        {canEdit ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit}>
              Edit
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={onDelete}>
              Delete
            </Button>
          </Group>
        ) : null}
      </Group>
      <Timeline bulletSize={22} lineWidth={2}>
        {policy.steps.map((step, i) => (
          <Timeline.Item
            // Steps have no id of their own; their order is their identity here.
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in step order
            key={i}
            bullet={<Text size="xs">{i + 1}</Text>}
            title={`Step ${i + 1}`}
          >
            <Text size="sm">
              {step.targets
                .map((t) => `${TARGET_LABEL[t.type]} ${t.name ?? '(deleted)'}`)
                .join(', ')}
            </Text>
            <Text size="xs" c="dimmed">
              then {step.timeoutMinutes} min to acknowledge
            </Text>
          </Timeline.Item>
        ))}
        <Timeline.Item bullet={<IconArrowDown size={12} />} title="Then">
          <Text size="xs" c="dimmed">
            {policy.repeat
              ? `Repeat ${policy.repeat} more ${policy.repeat === 1 ? 'time' : 'times'}, then the fallback channels until acknowledged`
              : 'The fallback channels, until acknowledged'}
          </Text>
        </Timeline.Item>
      </Timeline>
    </Paper>
  );
}

/** Escalation policies: who is told, in what order, about an unacknowledged incident. */
export function PoliciesPanel() {
  const viewer = useViewer();
  const canEdit = roleAtLeast(viewer.role, 'SRE');
  const { data, fetching, error, loaded, refetch } = useListQuery(EscalationPoliciesQuery, [
    'EscalationPolicy',
  ]);
  const [editing, setEditing] = useState<EscalationPolicyFieldsFragment | 'new' | null>(null);
  const [{ fetching: removing }, remove] = useMutation(DeleteEscalationPolicyMutation);
  const deletion = useConfirm((policy: EscalationPolicyFieldsFragment) =>
    remove({ id: policy.id }),
  );
  const policies = data?.escalationPolicies ?? [];

  return (
    <>
      <PageHeader
        title="Escalation policies"
        description="An incident uses the policy that names its environment, else the default one. Acknowledging the incident stops the escalation."
        actions={
          canEdit ? <AddButton onClick={() => setEditing('new')}>New policy</AddButton> : null
        }
      />
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        empty={
          policies.length === 0
            ? {
                icon: <IconRoute size={28} />,
                title: 'No escalation policies yet',
                description: 'Without one, new incidents go straight to the fallback channels.',
              }
            : null
        }
      >
        <Stack gap="md">
          {policies.map((p) => (
            <PolicyCard
              key={p.id}
              policy={p}
              canEdit={canEdit}
              onEdit={() => setEditing(p)}
              onDelete={() => deletion.ask(p)}
            />
          ))}
        </Stack>
      </ListStates>
      <PolicyEditor
        opened={editing !== null}
        policy={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        {...deletion.dialog}
        title="Delete escalation policy"
        confirmLabel="Delete policy"
        danger
        loading={removing}
      >
        Incidents that would use <b>{deletion.target?.name}</b> fall back to the default policy.
      </ConfirmDialog>
    </>
  );
}
