import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { shortReleaseId } from '../deployments/phase';

interface ReleaseRef {
  id: string;
  model?: { name: string } | null;
}

/** "qwen-small 1a2b3c4d → 5e6f7a8b": the release a rollout leaves and the one it brings. */
export function ReleaseChange({
  from,
  to,
  size = 'sm',
}: {
  from: ReleaseRef | null;
  to: ReleaseRef;
  size?: 'xs' | 'sm';
}) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="release-change">
      {to.model ? <Text size={size}>{to.model.name}</Text> : null}
      <Text size={size} c="dimmed" ff="monospace" title={from?.id ?? 'No earlier release'}>
        {from ? shortReleaseId(from.id) : 'new'}
      </Text>
      <IconArrowRight size={14} aria-hidden />
      <VisuallyHidden>to</VisuallyHidden>
      <Text size={size} ff="monospace" fw={600} title={to.id}>
        {shortReleaseId(to.id)}
      </Text>
    </Group>
  );
}
