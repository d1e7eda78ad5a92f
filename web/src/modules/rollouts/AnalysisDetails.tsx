import { Code, Table, Text } from '@mantine/core';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function RowsTable({ label, rows }: { label: string; rows: Row[] }) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return (
    <Table.ScrollContainer type="native" minWidth={420}>
      <Table withTableBorder verticalSpacing={4} fz="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // Rows have no identity of their own; their order is the check's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index}>
              {columns.map((column) => (
                <Table.Td key={column} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {display(row[column])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * What a check recorded besides its numbers, e.g. each golden prompt of a behaviour check:
 * lists of records as tables, single values as a list, anything else as JSON.
 */
export function AnalysisDetails({ details }: { details: unknown }) {
  if (details === null || details === undefined) return null;
  if (Array.isArray(details) && details.every(isRow)) {
    return <RowsTable label="Details" rows={details} />;
  }
  if (!isRow(details)) return <Code block>{JSON.stringify(details, null, 2)}</Code>;
  const entries = Object.entries(details);
  return (
    <div data-testid="analysis-details">
      {entries.map(([key, value]) =>
        Array.isArray(value) && value.length > 0 && value.every(isRow) ? (
          <div key={key}>
            <Text size="xs" fw={600} mt={6} mb={4}>
              {key}
            </Text>
            <RowsTable label={key} rows={value} />
          </div>
        ) : isRow(value) ? (
          <div key={key}>
            <Text size="xs" fw={600} mt={6} mb={4}>
              {key}
            </Text>
            <Code block>{JSON.stringify(value, null, 2)}</Code>
          </div>
        ) : (
          <Text key={key} size="xs">
            <Text span fw={600} size="xs">
              {key}:
            </Text>{' '}
            {display(value)}
          </Text>
        ),
      )}
    </div>
  );
}
