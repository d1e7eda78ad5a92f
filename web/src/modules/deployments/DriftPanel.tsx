import { Button, Code, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconGitCompare } from '@tabler/icons-react';
import { useMutation } from 'urql';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { Mono } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { errorMessage } from '../../ui/graphqlError';
import { Notice } from '../../ui/Notice';
import { RepairDriftMutation } from './deployments.documents';

function show(value: unknown): string {
  return value === undefined || value === null ? '—' : JSON.stringify(value);
}

const DRIFT_TABLE: TableSpec<DeploymentDetailFieldsFragment['drift'][number]> = {
  label: 'Drift',
  rowKey: (d) => `${d.object}:${d.path}`,
  columns: [
    { header: 'Object', cell: (d) => <Mono>{d.object}</Mono> },
    { header: 'Field', cell: (d) => <Code>{d.path}</Code> },
    { header: 'Desired', cell: (d) => <Code color="green.1">{show(d.desired)}</Code> },
    { header: 'Live', cell: (d) => <Code color="red.1">{show(d.live)}</Code> },
  ],
};

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
    <Notice
      color="yellow"
      icon={IconGitCompare}
      title="Someone changed this deployment in the cluster by hand"
      testId="drift-panel"
    >
      <DataTable {...DRIFT_TABLE} rows={deployment.drift} verticalSpacing={4} />
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
    </Notice>
  );
}
