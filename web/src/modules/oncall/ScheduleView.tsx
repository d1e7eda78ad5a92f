import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { LoadingState } from '../../ui/LoadingState';
import { useBacklineTitle } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';
import { roleAtLeast, useViewer } from '../auth';
import {
  AddOnCallOverrideMutation,
  DeleteOnCallScheduleMutation,
  OnCallPeopleQuery,
  OnCallScheduleQuery,
  RemoveOnCallOverrideMutation,
} from './oncall.documents';
import { ScheduleEditor } from './ScheduleEditor';
import { ShiftsPreview } from './ShiftsPreview';
import { SHIFT_LABELS } from './scheduleForm';

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function ScheduleView({ id }: { id: string }) {
  const viewer = useViewer();
  const canEdit = roleAtLeast(viewer.role, 'SRE');
  const navigate = useNavigate();
  const [days, setDays] = useState('7');
  const context = useMemo(
    () => ({ additionalTypenames: ['OnCallSchedule', 'OnCallOverride'] }),
    [],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OnCallScheduleQuery,
    variables: { id, days: Number(days) },
    context,
  });
  const [{ data: people }] = useQuery({ query: OnCallPeopleQuery, pause: !canEdit });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [{ fetching: removingSchedule }, removeSchedule] = useMutation(
    DeleteOnCallScheduleMutation,
  );
  const [{ fetching: adding }, addOverride] = useMutation(AddOnCallOverrideMutation);
  const [, removeOverride] = useMutation(RemoveOnCallOverrideMutation);
  const now = useMemo(() => new Date(), []);
  const [override, setOverride] = useState({
    userId: null as string | null,
    startsAt: localInput(now),
    endsAt: localInput(new Date(now.getTime() + 12 * 3_600_000)),
  });
  const schedule = data?.onCallSchedule;
  useBacklineTitle(schedule ? schedule.name : 'Schedule');

  if (error && !data) {
    return (
      <ErrorState
        message={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (fetching && !data) return <LoadingState />;
  if (!schedule) {
    return <ErrorState title="No such schedule" message="It may have been deleted." />;
  }

  const add = async () => {
    if (!override.userId) return;
    const result = await addOverride({
      input: {
        scheduleId: schedule.id,
        userId: override.userId,
        startsAt: new Date(override.startsAt).toISOString(),
        endsAt: new Date(override.endsAt).toISOString(),
      },
    });
    setActionError(result.error ? errorMessage(result.error) : null);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/oncall/schedules" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> On call
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {schedule.name}
          </Title>
          <Text c="dimmed" size="sm">
            {schedule.description || 'On-call schedule'} · {schedule.timeZone}
          </Text>
        </Stack>
        {canEdit ? (
          <Group>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete
            </Button>
          </Group>
        ) : null}
      </Group>
      {actionError ? (
        <Alert color="red" withCloseButton onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" mb="sm">
              <Title order={4}>Who is on call</Title>
              <SegmentedControl
                size="xs"
                aria-label="Days to show"
                value={days}
                onChange={setDays}
                data={[
                  { value: '7', label: '7 days' },
                  { value: '14', label: '14 days' },
                ]}
              />
            </Group>
            <ShiftsPreview shifts={schedule.shifts} days={Number(days)} from={now} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Panel title="Layers">
              <Stack gap="xs">
                {schedule.layers.map((l, i) => (
                  <Paper key={l.name} withBorder p="xs" radius="sm">
                    <Group justify="space-between">
                      <Text fw={600} size="sm">
                        {i + 1}. {l.name}
                      </Text>
                      <Badge variant="light">
                        {l.shift === 'CUSTOM' ? `${l.shiftHours} h` : SHIFT_LABELS[l.shift]}
                      </Badge>
                    </Group>
                    <Text size="sm">{l.users.map((u) => u.name).join(' → ') || 'Nobody'}</Text>
                    <Text size="xs" c="dimmed">
                      From {l.start.replace('T', ' ')}
                      {l.restriction ? `, only ${l.restriction.from}–${l.restriction.to}` : ''}
                    </Text>
                  </Paper>
                ))}
              </Stack>
            </Panel>
            <Panel title="Overrides">
              {schedule.overrides.length ? (
                <Table>
                  <Table.Tbody>
                    {schedule.overrides.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td>{o.user?.name ?? o.userId}</Table.Td>
                        <Table.Td>
                          <Text size="xs">
                            {formatDateTime(o.startsAt)} → {formatDateTime(o.endsAt)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {canEdit ? (
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label="Remove override"
                              onClick={() =>
                                void removeOverride({ id: o.id }).then((r) =>
                                  setActionError(r.error ? errorMessage(r.error) : null),
                                )
                              }
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  None coming up.
                </Text>
              )}
              {canEdit ? (
                <Stack gap="xs" mt="sm">
                  <Select
                    label="Someone else takes over"
                    placeholder="Pick a person"
                    searchable
                    data={(people?.onCallPeople ?? []).map((p) => ({ value: p.id, label: p.name }))}
                    value={override.userId}
                    onChange={(userId) => setOverride({ ...override, userId })}
                  />
                  <Stack gap="xs">
                    <TextInput
                      type="datetime-local"
                      label="From"
                      value={override.startsAt}
                      onChange={(e) =>
                        setOverride({ ...override, startsAt: e.currentTarget.value })
                      }
                    />
                    <TextInput
                      type="datetime-local"
                      label="Until"
                      value={override.endsAt}
                      onChange={(e) => setOverride({ ...override, endsAt: e.currentTarget.value })}
                    />
                  </Stack>
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      loading={adding}
                      disabled={!override.userId}
                      onClick={() => void add()}
                    >
                      Add override
                    </Button>
                  </Group>
                </Stack>
              ) : null}
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
      <ScheduleEditor
        opened={editing}
        schedule={schedule}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
      <ConfirmDialog
        opened={deleting}
        title="Delete schedule"
        confirmLabel="Delete schedule"
        danger
        loading={removingSchedule}
        error={actionError}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          void removeSchedule({ id: schedule.id }).then((r) => {
            if (r.error) setActionError(errorMessage(r.error));
            else void navigate('/oncall');
          })
        }
      >
        <b>{schedule.name}</b> and its overrides will be gone. Policies that name it must change
        first.
      </ConfirmDialog>
    </Stack>
  );
}
