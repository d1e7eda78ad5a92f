import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { OnCallScheduleQuery } from '../../generated/graphql';
import { formatClockTime } from '../../ui/formatDate';

type Shift = NonNullable<OnCallScheduleQuery['onCallSchedule']>['shifts'][number];

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});

/** The next days, one row per day, each shift as a bar sized by its share of the day. */
export function ShiftsPreview({
  shifts,
  days,
  from,
}: {
  shifts: Shift[];
  days: number;
  from: Date;
}) {
  const start = new Date(from);
  start.setHours(0, 0, 0, 0);
  const rows = Array.from({ length: days + 1 }, (_, i) => {
    const dayStart = new Date(start);
    dayStart.setDate(start.getDate() + i);
    const dayEnd = new Date(dayStart);
    dayEnd.setDate(dayStart.getDate() + 1);
    const parts = shifts
      .map((s) => ({
        shift: s,
        from: Math.max(Date.parse(s.start), dayStart.getTime()),
        to: Math.min(Date.parse(s.end), dayEnd.getTime()),
      }))
      .filter((p) => p.to > p.from);
    return { dayStart, dayEnd, parts };
  }).filter((r) => r.parts.length);
  if (!rows.length) {
    return (
      <Text size="sm" c="dimmed">
        Nobody is on call in the next {days} days.
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="shifts-preview">
      {rows.map(({ dayStart, dayEnd, parts }) => {
        const span = dayEnd.getTime() - dayStart.getTime();
        return (
          <Group key={dayStart.toISOString()} gap="sm" wrap="nowrap" align="stretch">
            <Text size="sm" w={110} style={{ flexShrink: 0 }}>
              {dayFormat.format(dayStart)}
            </Text>
            <Paper
              withBorder
              radius="sm"
              style={{ flex: 1, position: 'relative', height: 26, overflow: 'hidden' }}
            >
              {parts.map((p) => (
                <div
                  key={`${p.shift.start}-${p.from}`}
                  title={`${p.shift.user?.name ?? p.shift.userId}: ${formatClockTime(p.from)}–${formatClockTime(p.to)}${p.shift.layer ? ` (${p.shift.layer})` : ' (override)'}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    bottom: 0,
                    left: `${((p.from - dayStart.getTime()) / span) * 100}%`,
                    width: `${((p.to - p.from) / span) * 100}%`,
                    padding: '2px 6px',
                    background: p.shift.layer
                      ? 'var(--mantine-color-blue-light)'
                      : 'var(--mantine-color-grape-light)',
                    borderRight: '1px solid var(--mantine-color-default-border)',
                    whiteSpace: 'nowrap',
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                  }}
                >
                  <Text size="xs" fw={600} span>
                    {p.shift.user?.name ?? p.shift.userId}
                  </Text>
                </div>
              ))}
            </Paper>
          </Group>
        );
      })}
      <Group gap="xs" mt={4}>
        <Badge variant="light" color="blue">
          Layer
        </Badge>
        <Badge variant="light" color="grape">
          Override
        </Badge>
      </Group>
    </Stack>
  );
}
