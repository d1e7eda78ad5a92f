import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { HealthState } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { HealthBadge } from './HealthBadge';

interface HealthCardProps {
  state: HealthState;
  reasons: readonly string[];
  since: string | null;
  checkedAt: string | null;
}

/** The deployment's health now: its state, why, and since when. */
export function HealthCard({ state, reasons, since, checkedAt }: HealthCardProps) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="health-card">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={4}>Health</Title>
            <HealthBadge state={state} size="lg" />
            {since ? (
              <Text size="sm" c="dimmed" title={formatDateTime(since)} data-testid="health-since">
                since {formatRelative(since)}
              </Text>
            ) : null}
          </Group>
          {reasons.length > 0 ? (
            <List size="sm" spacing={2} data-testid="health-reasons">
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {state === 'HEALTHY'
                ? 'Serving requests within its objectives.'
                : 'No reason given yet.'}
            </Text>
          )}
        </Stack>
        {checkedAt ? (
          <Text size="xs" c="dimmed" title={formatDateTime(checkedAt)}>
            Checked {formatRelative(checkedAt)}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            Not checked yet
          </Text>
        )}
      </Group>
    </Paper>
  );
}
