import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Heading level: the page's own title is its one h1; sections inside a page use 3. */
  order?: 1 | 2 | 3;
}

export function PageHeader({ title, description, actions, order = 1 }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4}>
        <Title order={order} size={order === 1 ? 'h2' : undefined}>
          {title}
        </Title>
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

/** A header's button that makes a new thing: "New ticket", "Create token". */
export function AddButton({
  children,
  onClick,
  color,
  icon = <IconPlus size={18} />,
}: {
  children: ReactNode;
  onClick: () => void;
  color?: string;
  icon?: ReactNode;
}) {
  return (
    <Button color={color} leftSection={icon} onClick={onClick}>
      {children}
    </Button>
  );
}
