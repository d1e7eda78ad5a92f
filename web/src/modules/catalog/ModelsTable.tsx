import { Table, Text } from '@mantine/core';
import type { ModelFieldsFragment } from '../../generated/graphql';

interface ModelsTableProps {
  models: ModelFieldsFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function ModelsTable({ models, selectedId, onSelect }: ModelsTableProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Models">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Model</Table.Th>
            <Table.Th>Family</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Licence</Table.Th>
            <Table.Th ta="right">Parameters</Table.Th>
            <Table.Th ta="right">Context</Table.Th>
            <Table.Th ta="right">GPU memory</Table.Th>
            <Table.Th ta="right">Releases</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.map((m) => {
            const selected = m.id === selectedId;
            return (
              <Table.Tr
                key={m.id}
                data-testid={`model-row-${m.name}`}
                bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ cursor: 'pointer' }}
                onClick={() => onSelect(m.id)}
                aria-selected={selected}
              >
                <Table.Td>
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
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.family}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {m.source}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" title={m.revision}>
                    @{m.revision.length > 12 ? m.revision.slice(0, 12) : m.revision}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.license}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{m.parameterCountBillions}B</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{m.contextLength.toLocaleString()}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{m.gpuMemoryGiB} GiB</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{m.releases.length}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
