import {
  ActionIcon,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from 'urql';
import type { OnCallScheduleFieldsFragment, ShiftKind } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import {
  CreateOnCallScheduleMutation,
  OnCallPeopleQuery,
  UpdateOnCallScheduleMutation,
} from './oncall.documents';
import { AddRowButton, EditorModal, useEditorDraft } from './parts';
import {
  browserTimeZone,
  type LayerDraft,
  newLayer,
  type ScheduleDraft,
  SHIFT_LABELS,
  scheduleInput,
  timeZones,
} from './scheduleForm';

function draftOf(schedule: OnCallScheduleFieldsFragment | null): ScheduleDraft {
  if (!schedule) {
    return { name: '', description: '', timeZone: browserTimeZone(), layers: [newLayer(0)] };
  }
  return {
    name: schedule.name,
    description: schedule.description,
    timeZone: schedule.timeZone,
    layers: schedule.layers.map((l) => ({
      key: crypto.randomUUID(),
      name: l.name,
      userIds: [...l.userIds],
      start: l.start.slice(0, 16),
      shift: l.shift,
      shiftHours: l.shiftHours ?? 12,
      restricted: Boolean(l.restriction),
      from: l.restriction?.from ?? '09:00',
      to: l.restriction?.to ?? '17:00',
    })),
  };
}

interface ScheduleEditorProps {
  opened: boolean;
  /** The schedule to edit, or null for a new one. */
  schedule: OnCallScheduleFieldsFragment | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function ScheduleEditor({ opened, schedule, onClose, onSaved }: ScheduleEditorProps) {
  const { draft, setDraft, error, setError } = useEditorDraft(opened, schedule, draftOf);
  const [{ data: people }] = useQuery({ query: OnCallPeopleQuery, pause: !opened });
  const [{ fetching: creating }, create] = useMutation(CreateOnCallScheduleMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateOnCallScheduleMutation);

  const setLayer = (index: number, change: Partial<LayerDraft>) =>
    setDraft((d) => ({
      ...d,
      layers: d.layers.map((l, i) => (i === index ? { ...l, ...change } : l)),
    }));

  const save = async () => {
    const input = scheduleInput(draft);
    const result = schedule
      ? await update({ input: { id: schedule.id, ...input } })
      : await create({ input });
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    const id = result.data
      ? 'createOnCallSchedule' in result.data
        ? result.data.createOnCallSchedule.id
        : result.data.updateOnCallSchedule.id
      : (schedule?.id ?? '');
    onSaved(id);
  };

  const personOptions = (people?.onCallPeople ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.email})`,
  }));

  return (
    <EditorModal
      opened={opened}
      title={schedule ? `Edit ${schedule.name}` : 'New on-call schedule'}
      size="xl"
      what="schedule"
      isNew={!schedule}
      error={error}
      saving={creating || updating}
      onCancel={onClose}
      onSave={() => void save()}
    >
      <Group grow align="flex-start">
        <TextInput
          label="Name"
          required
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
        <Select
          label="Time zone"
          description="Shift starts and hour restrictions are in this zone"
          searchable
          required
          data={timeZones(draft.timeZone)}
          value={draft.timeZone}
          onChange={(value) => setDraft({ ...draft, timeZone: value ?? 'UTC' })}
        />
      </Group>
      <Textarea
        label="Description"
        rows={2}
        value={draft.description}
        onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
      />
      <Text size="sm" fw={600}>
        Layers
      </Text>
      <Text size="xs" c="dimmed" mt={-12}>
        Lowest first: a later layer overrides the ones above it wherever it covers a moment.
      </Text>
      {draft.layers.map((layer, index) => (
        <Paper key={layer.key} withBorder p="sm" radius="md" data-testid={`layer-${index}`}>
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label="Layer name"
                style={{ flex: 1 }}
                value={layer.name}
                onChange={(e) => setLayer(index, { name: e.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove layer ${layer.name}`}
                onClick={() =>
                  setDraft((d) => ({ ...d, layers: d.layers.filter((_, i) => i !== index) }))
                }
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            <MultiSelect
              label="Rotation"
              description="In turn order"
              placeholder="Pick people"
              searchable
              data={personOptions}
              value={layer.userIds}
              onChange={(userIds) => setLayer(index, { userIds })}
            />
            <Group grow align="flex-start">
              <TextInput
                type="datetime-local"
                label="First turn starts"
                value={layer.start}
                onChange={(e) => setLayer(index, { start: e.currentTarget.value })}
              />
              <Select
                label="Shift length"
                data={(Object.keys(SHIFT_LABELS) as ShiftKind[]).map((k) => ({
                  value: k,
                  label: SHIFT_LABELS[k],
                }))}
                value={layer.shift}
                allowDeselect={false}
                onChange={(value) => setLayer(index, { shift: (value ?? 'WEEKLY') as ShiftKind })}
              />
              {layer.shift === 'CUSTOM' ? (
                <NumberInput
                  label="Hours per turn"
                  min={1}
                  max={672}
                  value={layer.shiftHours}
                  onChange={(v) => setLayer(index, { shiftHours: Number(v) || 1 })}
                />
              ) : null}
            </Group>
            <Group align="flex-end">
              <Checkbox
                label="Only between"
                checked={layer.restricted}
                onChange={(e) => setLayer(index, { restricted: e.currentTarget.checked })}
                mb={8}
              />
              <TextInput
                type="time"
                aria-label="From"
                disabled={!layer.restricted}
                value={layer.from}
                onChange={(e) => setLayer(index, { from: e.currentTarget.value })}
              />
              <Text size="sm" mb={8}>
                and
              </Text>
              <TextInput
                type="time"
                aria-label="To"
                disabled={!layer.restricted}
                value={layer.to}
                onChange={(e) => setLayer(index, { to: e.currentTarget.value })}
              />
            </Group>
          </Stack>
        </Paper>
      ))}
      <AddRowButton
        onClick={() =>
          setDraft((d) => ({ ...d, layers: [...d.layers, newLayer(d.layers.length)] }))
        }
      >
        Add layer
      </AddRowButton>
    </EditorModal>
  );
}
