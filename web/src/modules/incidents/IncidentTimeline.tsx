import { Badge, Group, Text, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconBell,
  IconCheck,
  IconFlag,
  IconGitMerge,
  IconLadder,
  IconMessage,
  IconSend,
  IconUser,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { IncidentDetailFieldsFragment, IncidentTimelineKind } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { MentionText } from '../../ui/humanIds';
import { Panel } from '../../ui/Panel';

type Entry = IncidentDetailFieldsFragment['timeline'][number];

const KIND_STYLE: Record<IncidentTimelineKind, { label: string; color: string; icon: ReactNode }> =
  {
    OPENED: { label: 'Opened', color: 'red', icon: <IconFlag size={12} /> },
    SIGNAL_JOINED: { label: 'Signal', color: 'orange', icon: <IconBell size={12} /> },
    SIGNAL_RESOLVED: { label: 'Signal resolved', color: 'green', icon: <IconCheck size={12} /> },
    STATUS_CHANGED: { label: 'Status', color: 'blue', icon: <IconArrowRight size={12} /> },
    SEVERITY_CHANGED: { label: 'Severity', color: 'orange', icon: <IconArrowRight size={12} /> },
    ASSIGNED: { label: 'Assigned', color: 'grape', icon: <IconUser size={12} /> },
    NOTE: { label: 'Note', color: 'gray', icon: <IconMessage size={12} /> },
    MERGED: { label: 'Merged', color: 'gray', icon: <IconGitMerge size={12} /> },
    ESCALATED: { label: 'Escalated', color: 'red', icon: <IconLadder size={12} /> },
    NOTIFIED: { label: 'Notified', color: 'teal', icon: <IconSend size={12} /> },
  };

/** What happened, newest first: automatic events and people's notes, each with its actor. */
export function IncidentTimeline({ entries }: { entries: readonly Entry[] }) {
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  return (
    <Panel title="Timeline">
      <Timeline bulletSize={22} lineWidth={2} aria-label="Timeline">
        {sorted.map((entry) => {
          const style = KIND_STYLE[entry.kind];
          const note = entry.kind === 'NOTE';
          return (
            <Timeline.Item
              key={entry.id}
              color={style.color}
              bullet={style.icon}
              data-testid="timeline-entry"
              data-kind={entry.kind}
              title={
                <Group gap={6}>
                  <Badge size="xs" variant="light" color={style.color}>
                    {style.label}
                  </Badge>
                  <Text size="xs" fw={600}>
                    {entry.actorType === 'SYSTEM' ? 'Backline' : entry.actor}
                  </Text>
                  <Text size="xs" c="dimmed" title={formatDateTime(entry.at)}>
                    {formatCompactDateTime(entry.at)}
                  </Text>
                </Group>
              }
            >
              <Text
                size="sm"
                style={note ? { whiteSpace: 'pre-wrap' } : undefined}
                c={note ? undefined : 'dimmed'}
              >
                <MentionText>{entry.message}</MentionText>
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Panel>
  );
}
