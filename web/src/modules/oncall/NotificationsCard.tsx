import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { NotificationStatus } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { Panel } from '../../ui/Panel';
import { IncidentNotificationsQuery } from './oncall.documents';

const STATUS_COLOR: Record<NotificationStatus, string> = {
  PENDING: 'yellow',
  DELIVERED: 'teal',
  FAILED: 'red',
};

/** The delivery log of an incident: every message, where to, and how it went. */
export function NotificationsCard({
  incidentId,
  version,
}: {
  incidentId: string;
  version: string;
}) {
  // A new context per incident version (a delivery adds a timeline entry) fetches the log again.
  const context = useMemo(() => ({ version, requestPolicy: 'network-only' as const }), [version]);
  const [{ data }] = useQuery({
    query: IncidentNotificationsQuery,
    variables: { id: incidentId },
    context,
  });
  const log = data?.incident?.notifications ?? [];
  return (
    <Panel title="Notifications" testId="incident-notifications">
      {log.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody has been notified about this incident.
        </Text>
      ) : (
        <Stack gap="xs">
          {log.map((n) => (
            <Group key={n.id} justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
                <Text size="sm">
                  {n.target}{' '}
                  <Text span c="dimmed">
                    via {n.channelName}
                  </Text>
                </Text>
                <Text size="xs" c="dimmed">
                  {n.event.replace('incident.', '')} ·{' '}
                  <Tooltip label={formatDateTime(n.createdAt)}>
                    <span>{formatCompactDateTime(n.deliveredAt ?? n.createdAt)}</span>
                  </Tooltip>
                  {n.attempts > 1 ? ` · ${n.attempts} attempts` : ''}
                  {n.lastError ? ` · ${n.lastError}` : ''}
                </Text>
              </Stack>
              <Badge color={STATUS_COLOR[n.status]} variant="light">
                {n.status.toLowerCase()}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Panel>
  );
}
