import { Text } from '@mantine/core';
import type { RolloutSummaryFieldsFragment } from '../../generated/graphql';
import { OrDash, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import { ReleaseChange } from './ReleaseChange';
import { RolloutStateBadge } from './RolloutStateBadge';
import { stepSummary } from './rolloutState';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const TABLE: TableSpec<RolloutSummaryFieldsFragment> = {
  label: 'Rollouts',
  minWidth: 760,
  rowProps: () => ({ 'data-testid': 'rollout-history-row' }),
  columns: [
    { header: 'State', cell: (r) => <RolloutStateBadge state={r.state} size="sm" /> },
    {
      header: 'Release',
      cell: (r) => <ReleaseChange from={r.fromRelease} to={r.toRelease} size="xs" />,
    },
    {
      header: 'Steps',
      cell: (r) => (
        <Text size="sm" style={NOWRAP}>
          {r.active ? stepSummary(r) : r.steps.map((s) => `${s.weightPercent} %`).join(' → ')}
        </Text>
      ),
    },
    { header: 'By', cell: (r) => <Text size="sm">{r.createdBy}</Text> },
    { header: 'Started', cell: (r) => <TimeAgo at={r.createdAt} style={NOWRAP} /> },
    { header: 'Reason', cell: (r) => <OrDash value={r.reason} lineClamp={2} /> },
  ],
};

/** The deployment's rollouts, newest first: what moved where, how it ended and why. */
export function RolloutHistoryTable({
  rollouts,
}: {
  rollouts: readonly RolloutSummaryFieldsFragment[];
}) {
  return (
    <Panel title="Rollouts" testId="rollout-history">
      <DataTable {...TABLE} rows={rollouts} />
    </Panel>
  );
}
