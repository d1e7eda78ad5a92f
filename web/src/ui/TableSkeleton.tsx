import { Skeleton, Stack } from '@mantine/core';

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading">
      <Skeleton height={36} radius="sm" />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <Skeleton key={index} height={28} radius="sm" opacity={1 - index * 0.12} />
      ))}
    </Stack>
  );
}
