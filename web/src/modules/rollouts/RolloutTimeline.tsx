import { Group, Stack, Text, Timeline, Title, VisuallyHidden } from '@mantine/core';
import { IconRobot, IconUser } from '@tabler/icons-react';
import type { RolloutFieldsFragment } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { RolloutStateBadge } from './RolloutStateBadge';
import { ROLLOUT_STATE_STYLE } from './rolloutState';

type RolloutEvent = RolloutFieldsFragment['events'][number];

/** Who made a transition; `backline` is the controller acting on its own. */
function Actor({ actor }: { actor: string }) {
  const automatic = actor === 'backline';
  return (
    <Group gap={4} wrap="nowrap">
      {automatic ? <IconRobot size={14} aria-hidden /> : <IconUser size={14} aria-hidden />}
      <Text size="xs" fw={500}>
        {automatic ? 'Backline (automatic)' : actor}
      </Text>
    </Group>
  );
}

/** Every transition of the rollout, newest first: from → to, who, when and why. */
export function RolloutTimeline({ events }: { events: readonly RolloutEvent[] }) {
  const newestFirst = [...events].reverse();
  return (
    <Stack gap="sm" data-testid="rollout-events">
      <Title order={5}>Events</Title>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has happened yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={-1}>
          {newestFirst.map((event) => (
            <Timeline.Item
              key={`${event.at}-${event.to}-${event.step ?? ''}-${event.message}`}
              color={ROLLOUT_STATE_STYLE[event.to].color}
              bullet={
                <span
                  style={{
                    display: 'block',
                    width: 10,
                    height: 10,
                    borderRadius: '50%',
                    background: `var(--mantine-color-${ROLLOUT_STATE_STYLE[event.to].color}-filled)`,
                  }}
                />
              }
              data-testid="rollout-event"
            >
              <Stack gap={4}>
                <Group gap={6} wrap="wrap">
                  {event.from && event.from !== event.to ? (
                    <>
                      <RolloutStateBadge state={event.from} size="xs" />
                      <Text size="xs" c="dimmed" component="span">
                        <span aria-hidden>→</span>
                        <VisuallyHidden>to</VisuallyHidden>
                      </Text>
                    </>
                  ) : null}
                  <RolloutStateBadge state={event.to} size="xs" />
                  {event.step !== null ? (
                    <Text size="xs" c="dimmed">
                      step {event.step + 1}
                    </Text>
                  ) : null}
                </Group>
                <Text size="sm">{event.message}</Text>
                <Group gap="xs" wrap="wrap">
                  <Actor actor={event.actor} />
                  <Text size="xs" c="dimmed" title={formatDateTime(event.at)}>
                    {formatCompactDateTime(event.at)}
                  </Text>
                </Group>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
