import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Heading level; sections inside a page use 3. */
  order?: 2 | 3;
}

export function PageHeader({ title, description, actions, order = 2 }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4}>
        <Title order={order}>{title}</Title>
        {description ? (
          // A div, not a paragraph: pages pass badges and groups here, which a <p> may not hold.
          <Text component="div" c="dimmed" size="sm" maw={720}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}

/** Sets the browser tab's title to "<title> · Backline". */
export function useBacklineTitle(title: string): void {
  useDocumentTitle(`${title} · Backline`);
}
