import { Group, Stack, Text } from '@mantine/core';
import { formatCompactDateTime, formatDateTime } from '../../ui/formatDate';
import { Panel } from '../../ui/Panel';
import type { HealthTransition as Transition } from './chartFormat';
import { HealthBadge } from './HealthBadge';

/** The last changes of health state, newest first. */
export function TransitionsList({ transitions }: { transitions: readonly Transition[] }) {
  const sorted = [...transitions].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 10);
  return (
    <Panel title="State changes" testId="health-transitions">
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No changes of state yet.
        </Text>
      ) : (
        <Stack gap="xs">
          {sorted.map((t) => (
            <Stack key={`${t.at}-${t.to}`} gap={2} data-testid="transition">
              <Group gap={6} wrap="nowrap">
                <HealthBadge state={t.from} size="xs" />
                <Text size="xs" c="dimmed">
                  →
                </Text>
                <HealthBadge state={t.to} size="xs" />
                <Text size="xs" c="dimmed" title={formatDateTime(t.at)} ml="auto">
                  {formatCompactDateTime(t.at)}
                </Text>
              </Group>
              {t.reasons.length > 0 ? (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {t.reasons.join(' · ')}
                </Text>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
    </Panel>
  );
}
