import { Alert, Button, Code, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconGitCompare } from '@tabler/icons-react';
import { useMutation } from 'urql';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { RepairDriftMutation } from './deployments.documents';

function show(value: unknown): string {
  return value === undefined || value === null ? '—' : JSON.stringify(value);
}

interface DriftPanelProps {
  deployment: DeploymentDetailFieldsFragment;
  canRepair: boolean;
}

/** Fields changed by hand in the cluster, and a way to put the desired state back. */
export function DriftPanel({ deployment, canRepair }: DriftPanelProps) {
  const [{ fetching }, repair] = useMutation(RepairDriftMutation);
  if (deployment.drift.length === 0) return null;

  const putBack = async () => {
    const result = await repair({ namespace: deployment.namespace, name: deployment.name });
    notifications.show(
      result.error
        ? { color: 'red', title: 'Could not repair the drift', message: errorMessage(result.error) }
        : { color: 'teal', title: 'Desired state applied again', message: deployment.name },
    );
  };

  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconGitCompare size={18} />}
      title="Someone changed this deployment in the cluster by hand"
      data-testid="drift-panel"
    >
      <Table verticalSpacing={4} aria-label="Drift">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Object</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Desired</Table.Th>
            <Table.Th>Live</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deployment.drift.map((d) => (
            <Table.Tr key={`${d.object}:${d.path}`}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {d.object}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{d.path}</Code>
              </Table.Td>
              <Table.Td>
                <Code color="green.1">{show(d.desired)}</Code>
              </Table.Td>
              <Table.Td>
                <Code color="red.1">{show(d.live)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" mt="sm">
        {canRepair ? (
          <Button
            size="xs"
            leftSection={<IconArrowBackUp size={14} />}
            loading={fetching}
            onClick={() => void putBack()}
          >
            Put it back
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            An SRE or admin can put the desired state back.
          </Text>
        )}
      </Group>
    </Alert>
  );
}
