import { Group, Stack, Text, Title } from '@mantine/core';
import type { TicketDetailFieldsFragment } from '../../generated/graphql';
import { SlaCountdown } from './SlaCountdown';
import { CLOCK_LABEL, formatSpan } from './ticketStyle';

/** Each SLA clock of a ticket with its target and what is left. */
export function SlaPanel({ sla }: { sla: TicketDetailFieldsFragment['sla'] }) {
  return (
    <Stack gap="xs" data-testid="sla-panel">
      <Title order={4}>SLA</Title>
      {sla.clocks.map((clock) => (
        <Group key={clock.kind} justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {CLOCK_LABEL[clock.kind]}
            </Text>
            <Text size="xs" c="dimmed">
              Target {formatSpan(clock.targetMinutes * 60_000)} · used {formatSpan(clock.elapsedMs)}
            </Text>
          </Stack>
          <SlaCountdown
            state={clock.state}
            dueAt={clock.state === 'MET' ? null : clock.dueAt}
            paused={clock.paused}
            size="sm"
          />
        </Group>
      ))}
    </Stack>
  );
}
