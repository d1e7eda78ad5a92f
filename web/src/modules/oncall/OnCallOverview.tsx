import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconCalendarUser } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { OnCallSchedulesQuery as SchedulesData } from '../../generated/graphql';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { ListStates } from '../../ui/ListStates';
import { AddButton, PageHeader } from '../../ui/PageHeader';
import { useListQuery } from '../../ui/useLiveQuery';
import { roleAtLeast, useViewer } from '../auth';
import { OnCallNowPanel } from './OnCallNowPanel';
import { OnCallSchedulesQuery } from './oncall.documents';
import { ScheduleEditor } from './ScheduleEditor';
import { SHIFT_LABELS } from './scheduleForm';

type Schedule = SchedulesData['onCallSchedules'][number];

const SCHEDULES_TABLE: TableSpec<Schedule> = {
  label: 'On-call schedules',
  list: true,
  columns: [
    {
      header: 'Schedule',
      cell: (s) => (
        <>
          <Anchor component={Link} to={`/oncall/schedules/${s.id}`} fw={600}>
            {s.name}
          </Anchor>
          {s.description ? (
            <Text size="xs" c="dimmed">
              {s.description}
            </Text>
          ) : null}
        </>
      ),
    },
    { header: 'Time zone', cell: (s) => s.timeZone },
    {
      header: 'Layers',
      cell: (s) => (
        <Group gap={4}>
          {s.layers.map((l) => (
            <Badge key={l.name} variant="light">
              {l.name}: {SHIFT_LABELS[l.shift].toLowerCase()}, {l.users.length}{' '}
              {l.users.length === 1 ? 'person' : 'people'}
            </Badge>
          ))}
        </Group>
      ),
    },
    { header: 'Overrides', cell: (s) => s.overrides.length || '—' },
  ],
};

/** Who is on call now, and every schedule. */
export function OnCallOverview() {
  const viewer = useViewer();
  const canEdit = roleAtLeast(viewer.role, 'SRE');
  const navigate = useNavigate();
  const { data, fetching, error, loaded, refetch } = useListQuery(OnCallSchedulesQuery, [
    'OnCallSchedule',
  ]);
  const [creating, setCreating] = useState(false);
  const schedules = data?.onCallSchedules ?? [];

  return (
    <>
      <PageHeader
        title="On call"
        description="Who answers when an incident opens. Escalation policies notify the person on call on a schedule, step by step, until someone acknowledges."
        actions={
          canEdit ? <AddButton onClick={() => setCreating(true)}>New schedule</AddButton> : null
        }
      />
      <OnCallNowPanel />
      <ListStates
        state={{ error, loaded, fetching, refetch }}
        empty={
          schedules.length === 0
            ? {
                icon: <IconCalendarUser size={28} />,
                title: 'No on-call schedules yet',
                description:
                  'A schedule says who is on call when: rotations of people, in layers, in your time zone.',
                action: canEdit ? (
                  <Button variant="light" onClick={() => setCreating(true)}>
                    Create the first schedule
                  </Button>
                ) : undefined,
              }
            : null
        }
      >
        <Paper withBorder radius="md">
          <DataTable {...SCHEDULES_TABLE} rows={schedules} />
        </Paper>
      </ListStates>
      <ScheduleEditor
        opened={creating}
        schedule={null}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          void navigate(`/oncall/schedules/${id}`);
        }}
      />
    </>
  );
}
