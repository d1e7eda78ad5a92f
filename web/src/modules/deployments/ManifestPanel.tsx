import { ActionIcon, Code, Group, Paper, ScrollArea, Text, Title, Tooltip } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** The objects Backline applies, read-only, for teams that keep them in Git. */
export function ManifestPanel({ yaml }: { yaml: string }) {
  const clipboard = useClipboard({ timeout: 1500 });
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={4}>Manifests</Title>
          <Text size="sm" c="dimmed">
            What Backline applies to the cluster, for GitOps repositories.
          </Text>
        </div>
        <Tooltip label={clipboard.copied ? 'Copied' : 'Copy YAML'}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Copy YAML"
            onClick={() => clipboard.copy(yaml)}
          >
            {clipboard.copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      </Group>
      <ScrollArea.Autosize
        mah={480}
        type="auto"
        // Scrollable by keyboard too: the viewport takes focus.
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': 'Manifest YAML' }}
      >
        <Code block data-testid="manifest-yaml" fz="xs">
          {yaml}
        </Code>
      </ScrollArea.Autosize>
    </Paper>
  );
}
