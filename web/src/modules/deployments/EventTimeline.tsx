import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { Panel } from '../../ui/Panel';

type KubeEvent = DeploymentDetailFieldsFragment['status']['events'][number];

function newestFirst(events: readonly KubeEvent[]): KubeEvent[] {
  return [...events].sort(
    (a, b) => new Date(b.lastSeen ?? 0).getTime() - new Date(a.lastSeen ?? 0).getTime(),
  );
}

/**
 * Kubernetes events about the deployment's objects, newest first, warnings in orange. Times are
 * the cluster's, shown as clock times: its clock need not agree with the browser's.
 */
export function EventTimeline({ events }: { events: readonly KubeEvent[] }) {
  const sorted = newestFirst(events).slice(0, 30);
  return (
    <Panel title="Events">
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No events yet.
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} aria-label="Events">
          {sorted.map((event, index) => {
            const warning = event.type === 'Warning';
            return (
              <Timeline.Item
                // Events repeat reasons and objects; their order is their identity here.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={`${event.object}-${event.reason}-${index}`}
                color={warning ? 'orange' : 'gray'}
                bullet={warning ? <IconAlertTriangle size={12} /> : <IconInfoCircle size={12} />}
                title={
                  <Group gap={6}>
                    <Text
                      size="sm"
                      fw={600}
                      c={warning ? 'var(--mantine-color-orange-light-color)' : undefined}
                    >
                      {event.reason}
                    </Text>
                    {event.count > 1 ? (
                      <Badge size="xs" variant="light" color="gray">
                        ×{event.count}
                      </Badge>
                    ) : null}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {event.object}
                    </Text>
                  </Group>
                }
                data-testid="event-item"
                data-event-type={event.type}
              >
                <Text size="sm">{event.message}</Text>
                {event.lastSeen ? (
                  <Text size="xs" c="dimmed" title={formatDateTime(event.lastSeen)}>
                    {formatCompactDateTime(event.lastSeen)}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Panel>
  );
}
