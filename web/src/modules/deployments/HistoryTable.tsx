import { Group, Text } from '@mantine/core';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { Mono, OrDash, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { Panel } from '../../ui/Panel';
import { RuntimeBadge } from '../catalog';

type Revision = DeploymentDetailFieldsFragment['history'][number];

const TABLE: TableSpec<Revision> = {
  label: 'Release history',
  minWidth: 640,
  rowKey: (r) => String(r.revision),
  columns: [
    { header: 'Revision', th: { w: 80 }, cell: (r) => <Mono>#{r.revision}</Mono> },
    {
      header: 'Release',
      cell: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{r.release.model.name}</Text>
          <RuntimeBadge runtime={r.release.runtime} />
          <Text size="xs" c="dimmed" ff="monospace">
            {r.release.id}
          </Text>
        </Group>
      ),
    },
    { header: 'By', cell: (r) => <Text size="sm">{r.createdBy}</Text> },
    { header: 'When', cell: (r) => <TimeAgo at={r.createdAt} /> },
    { header: 'Reason', cell: (r) => <OrDash value={r.reason} /> },
  ],
};

export function HistoryTable({ history }: { history: Revision[] }) {
  return (
    <Panel title="Release history">
      <DataTable {...TABLE} rows={history} />
    </Panel>
  );
}
