import { Alert, Button, Group, Text } from '@mantine/core';
import { errorMessage } from './graphqlError';
import type { MorePagesState } from './useMorePages';

/**
 * Below a paged list: how many of how many it shows, and a button for the next page while there
 * is one. The count is announced politely, so a screen reader hears the rows arrive.
 */
export function MorePages({
  shown,
  noun,
  pages,
}: {
  /** Rows on screen: the loaded pages with live changes laid over them. */
  shown: number;
  /** What the list holds, plural: "incidents". */
  noun: string;
  pages: MorePagesState;
}) {
  const { totalCount: total, hasMore, loadingMore: loading, moreError: error, loadMore } = pages;
  if (!hasMore && shown >= total && !error) return null;
  return (
    <Group justify="space-between" px="md" py="sm" wrap="nowrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {shown.toLocaleString('en')} of {Math.max(total, shown).toLocaleString('en')} {noun}
      </Text>
      {error ? (
        <Alert color="red" variant="light" py={4} title={`Could not load more ${noun}`}>
          {errorMessage(error)}
        </Alert>
      ) : null}
      {hasMore ? (
        <Button variant="default" size="xs" loading={loading} onClick={() => void loadMore()}>
          Show more
        </Button>
      ) : null}
    </Group>
  );
}
