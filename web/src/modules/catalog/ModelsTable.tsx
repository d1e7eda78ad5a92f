import { Text } from '@mantine/core';
import type { ModelFieldsFragment } from '../../generated/graphql';
import { Mono } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';

interface ModelsTableProps {
  models: ModelFieldsFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const RIGHT = { ta: 'right' } as const;

export function ModelsTable({ models, selectedId, onSelect }: ModelsTableProps) {
  const table: TableSpec<ModelFieldsFragment> = {
    label: 'Models',
    minWidth: 900,
    list: true,
    rowProps: (m) => ({
      'data-testid': `model-row-${m.name}`,
      bg: m.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined,
      style: { cursor: 'pointer' },
      onClick: () => onSelect(m.id),
      'aria-selected': m.id === selectedId,
    }),
    columns: [
      {
        header: 'Model',
        cell: (m) => (
          <Text
            size="sm"
            fw={600}
            component="button"
            type="button"
            bg="none"
            bd="none"
            p={0}
            c="var(--mantine-color-anchor)"
            style={{ cursor: 'pointer' }}
            onClick={() => onSelect(m.id)}
          >
            {m.name}
          </Text>
        ),
      },
      { header: 'Family', cell: (m) => <Text size="sm">{m.family}</Text> },
      {
        header: 'Source',
        cell: (m) => (
          <>
            <Mono>{m.source}</Mono>
            <Text size="xs" c="dimmed" ff="monospace" title={m.revision}>
              @{m.revision.length > 12 ? m.revision.slice(0, 12) : m.revision}
            </Text>
          </>
        ),
      },
      { header: 'Licence', cell: (m) => <Text size="sm">{m.license}</Text> },
      {
        header: 'Parameters',
        th: RIGHT,
        td: RIGHT,
        cell: (m) => <Text size="sm">{m.parameterCountBillions}B</Text>,
      },
      {
        header: 'Context',
        th: RIGHT,
        td: RIGHT,
        cell: (m) => <Text size="sm">{m.contextLength.toLocaleString()}</Text>,
      },
      {
        header: 'GPU memory',
        th: RIGHT,
        td: RIGHT,
        cell: (m) => <Text size="sm">{m.gpuMemoryGiB} GiB</Text>,
      },
      {
        header: 'Releases',
        th: RIGHT,
        td: RIGHT,
        cell: (m) => <Text size="sm">{m.releases.length}</Text>,
      },
    ],
  };

  return <DataTable {...table} rows={models} />;
}
