import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconActivityHeartbeat } from '@tabler/icons-react';

export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg';
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon
        size={large ? 40 : 30}
        radius="md"
        variant="gradient"
        gradient={{ from: 'indigo', to: 'cyan', deg: 135 }}
        aria-hidden
      >
        <IconActivityHeartbeat size={large ? 24 : 18} />
      </ThemeIcon>
      <Text fw={700} size={large ? 'xl' : 'lg'} lh={1}>
        Backline
      </Text>
    </Group>
  );
}
