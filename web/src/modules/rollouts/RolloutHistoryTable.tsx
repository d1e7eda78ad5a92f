import { Paper, Table, Text, Title } from '@mantine/core';
import type { RolloutSummaryFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { ReleaseChange } from './ReleaseChange';
import { RolloutStateBadge } from './RolloutStateBadge';
import { stepSummary } from './rolloutState';

/** The deployment's rollouts, newest first: what moved where, how it ended and why. */
export function RolloutHistoryTable({
  rollouts,
}: {
  rollouts: readonly RolloutSummaryFieldsFragment[];
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="rollout-history">
      <Title order={4} mb="sm">
        Rollouts
      </Title>
      <Table.ScrollContainer type="native" minWidth={760}>
        <Table verticalSpacing="xs" aria-label="Rollouts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>State</Table.Th>
              <Table.Th>Release</Table.Th>
              <Table.Th>Steps</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Started</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rollouts.map((r) => (
              <Table.Tr key={r.id} data-testid="rollout-history-row">
                <Table.Td>
                  <RolloutStateBadge state={r.state} size="sm" />
                </Table.Td>
                <Table.Td>
                  <ReleaseChange from={r.fromRelease} to={r.toRelease} size="xs" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {r.active
                      ? stepSummary(r)
                      : r.steps.map((s) => `${s.weightPercent} %`).join(' → ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.createdBy}</Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    title={formatDateTime(r.createdAt)}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {formatRelative(r.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={r.reason ? undefined : 'dimmed'} lineClamp={2}>
                    {r.reason ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
