import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** An image reference, with a warning badge when it is not pinned by digest. */
export function ImageReference({ image, pinned }: { image: string; pinned: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {image}
      </Text>
      {pinned ? null : (
        <Tooltip label="Pinned by tag only: the registry can move a tag. Pin it by digest (@sha256:…).">
          <Badge
            color="orange"
            variant="light"
            size="sm"
            leftSection={<IconAlertTriangle size={12} />}
            style={{ flexShrink: 0 }}
          >
            Not pinned
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
