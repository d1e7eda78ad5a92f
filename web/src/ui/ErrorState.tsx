import { Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Notice } from './Notice';

interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
}

export function ErrorState({ title = 'Could not load this', message, onRetry }: ErrorStateProps) {
  return (
    <Notice color="red" icon={IconAlertTriangle} title={title} role="alert">
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{message}</Text>
        {onRetry ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            Try again
          </Button>
        ) : null}
      </Group>
    </Notice>
  );
}
