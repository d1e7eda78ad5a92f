import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { ObservedSettingsDialog } from './ObservedSettingsDialog';
import { Field, ImageField, ModelField, StrategyField } from './ReleaseCard';

/** What Backline recognised of a model server it observes, and why it took it for one. */
export function ObservedCard({
  deployment,
  observed,
  canEdit,
}: {
  deployment: DeploymentDetailFieldsFragment;
  observed: NonNullable<DeploymentDetailFieldsFragment['observed']>;
  /** Admins keep Backline's own settings of it. */
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" data-testid="observed-card">
      <Stack gap={4} mb="sm">
        <Group justify="space-between">
          <Title order={4}>Observed model server</Title>
          {canEdit ? (
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              Settings
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          Backline found this {observed.kind} running in the cluster. It watches its health, opens
          incidents, pages and shows it on the status page, and changes nothing of it.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <ModelField
          name={observed.servedModelName ?? observed.model ?? 'Not named in its arguments'}
          runtime={observed.runtime}
          source={observed.servedModelName ? observed.model : null}
        />
        <Field label="Workload">
          <Text size="sm" ff="monospace">
            {observed.kind}/{deployment.name} · port {observed.port}
          </Text>
        </Field>
        <Field label="GPUs per replica">
          <Text size="sm">
            {observed.gpusPerReplica}
            {observed.gpuProduct ? ` (${observed.gpuProduct})` : ''}
          </Text>
        </Field>
        <StrategyField deployment={deployment} />
      </SimpleGrid>
      <ImageField image={observed.image} pinned={observed.image.includes('@sha256:')} />
      <Stack gap={2} mt="md">
        <DetailLabel>Recognised by</DetailLabel>
        <List size="sm">
          {observed.evidence.map((e) => (
            <List.Item key={e}>{e}</List.Item>
          ))}
        </List>
      </Stack>
      <ObservedSettingsDialog
        key={`${deployment.environment}-${deployment.sloErrorRatio}-${deployment.sloTtftP95Ms}-${editing}`}
        opened={editing}
        deployment={deployment}
        onClose={() => setEditing(false)}
      />
    </Paper>
  );
}
