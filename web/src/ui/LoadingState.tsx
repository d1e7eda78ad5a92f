import { Center, Loader, Stack, Text } from '@mantine/core';

interface LoadingStateProps {
  label?: string;
  fullHeight?: boolean;
}

export function LoadingState({ label = 'Loading…', fullHeight = false }: LoadingStateProps) {
  return (
    <Center h={fullHeight ? '100vh' : undefined} py={fullHeight ? 0 : 'xl'}>
      <Stack align="center" gap="xs" role="status" aria-live="polite">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
