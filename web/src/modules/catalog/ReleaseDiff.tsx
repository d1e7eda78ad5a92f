import { Code, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { ReleaseDiffQuery } from './catalog.documents';

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface ReleaseDiffProps {
  from: string;
  to: string;
}

/** What changed from one release to another, field by field, side by side. */
export function ReleaseDiff({ from, to }: ReleaseDiffProps) {
  const [{ data, error, fetching }] = useQuery({
    query: ReleaseDiffQuery,
    variables: { from, to },
  });
  return (
    <Paper withBorder radius="md" p="md" data-testid="release-diff">
      <Title order={4} mb={4}>
        Differences
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        From <Code>{from}</Code> to <Code>{to}</Code>
      </Text>
      {error ? (
        <ErrorState title="Could not compare the releases" message={errorMessage(error)} />
      ) : fetching || !data ? (
        <TableSkeleton rows={3} />
      ) : data.releaseDiff.length === 0 ? (
        <Text size="sm" c="dimmed">
          The two releases are identical.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="Release differences" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">Field</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.releaseDiff.map((change) => (
              <Table.Tr key={change.path} data-testid="diff-row">
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={600}>
                    {change.path}
                  </Text>
                </Table.Td>
                <Table.Td bg="var(--mantine-color-red-light)">
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {show(change.from)}
                  </Text>
                </Table.Td>
                <Table.Td bg="var(--mantine-color-green-light)">
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {show(change.to)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
