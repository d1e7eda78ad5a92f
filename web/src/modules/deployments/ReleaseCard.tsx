import { Anchor, Box, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DeploymentDetailFieldsFragment, Runtime } from '../../generated/graphql';
import { Labelled } from '../../ui/cells';
import { ImageReference, RuntimeBadge } from '../catalog';
import { STRATEGY_LABELS } from './phase';

export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Labelled label={label}>
      <div>{children}</div>
    </Labelled>
  );
}

/** The model a deployment serves, its runtime, and where its weights come from when known. */
export function ModelField({
  name,
  runtime,
  source,
}: {
  name: string;
  runtime: Runtime;
  source: string | null;
}) {
  return (
    <Field label="Model">
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <RuntimeBadge runtime={runtime} />
      </Group>
      {source ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {source}
        </Text>
      ) : null}
    </Field>
  );
}

/** The image a deployment runs, below the card's other fields. */
export function ImageField({ image, pinned }: { image: string; pinned: boolean }) {
  return (
    <Box mt="md">
      <Field label="Image">
        <ImageReference image={image} pinned={pinned} />
      </Field>
    </Box>
  );
}

export function StrategyField({
  deployment,
}: {
  deployment: Pick<DeploymentDetailFieldsFragment, 'strategy' | 'replicas'>;
}) {
  return (
    <Field label="Strategy">
      <Text size="sm">
        {STRATEGY_LABELS[deployment.strategy]} · {deployment.replicas} replica
        {deployment.replicas === 1 ? '' : 's'}
      </Text>
    </Field>
  );
}

export function ReleaseCard({
  deployment,
  release,
}: {
  deployment: DeploymentDetailFieldsFragment;
  release: NonNullable<DeploymentDetailFieldsFragment['release']>;
}) {
  const resources = release.resources;
  return (
    <Paper withBorder radius="md" p="md" data-testid="release-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Release</Title>
        <Anchor component={Link} to={`/catalog?model=${release.model.id}`} size="sm">
          Open in the catalog
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <ModelField
          name={release.model.name}
          runtime={release.runtime}
          source={release.modelSource}
        />
        <Field label="Release">
          <Text size="sm" ff="monospace">
            {release.id}
          </Text>
        </Field>
        <Field label="Resources per replica">
          <Text size="sm">
            {resources.gpus} GPU{resources.gpus === 1 ? '' : 's'}
            {resources.gpuProduct ? ` (${resources.gpuProduct})` : ''} · {resources.cpu} CPU ·{' '}
            {resources.memory}
          </Text>
        </Field>
        <StrategyField deployment={deployment} />
      </SimpleGrid>
      <ImageField image={release.image} pinned={release.imagePinned} />
    </Paper>
  );
}
