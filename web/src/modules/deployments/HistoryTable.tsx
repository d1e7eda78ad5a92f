import { Group, Paper, Table, Text, Title } from '@mantine/core';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { RuntimeBadge } from '../catalog';

type Revision = DeploymentDetailFieldsFragment['history'][number];

export function HistoryTable({ history }: { history: Revision[] }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">
        Release history
      </Title>
      <Table.ScrollContainer type="native" minWidth={640}>
        <Table verticalSpacing="xs" aria-label="Release history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Revision</Table.Th>
              <Table.Th>Release</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((r) => (
              <Table.Tr key={r.revision}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    #{r.revision}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{r.release.model.name}</Text>
                    <RuntimeBadge runtime={r.release.runtime} />
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.release.id}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.createdBy}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={formatDateTime(r.createdAt)}>
                    {formatRelative(r.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={r.reason ? undefined : 'dimmed'}>
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
