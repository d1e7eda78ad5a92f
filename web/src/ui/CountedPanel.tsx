import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ErrorState } from './ErrorState';
import { errorMessage } from './graphqlError';
import { Panel } from './Panel';

/**
 * A panel of a live list under its title and count: loading, the error with a retry, `empty` when
 * there is nothing, else `children`.
 */
export function CountedPanel({
  title,
  testId,
  count,
  loaded,
  error,
  onRetry,
  empty,
  children,
}: {
  title: string;
  testId: string;
  count: number;
  loaded: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  empty: ReactNode;
  children: ReactNode;
}) {
  return (
    <Panel
      title={
        <Group gap="xs" component="span">
          {title}
          {loaded ? (
            <Text span c="dimmed" fw={400}>
              {count}
            </Text>
          ) : null}
        </Group>
      }
      testId={testId}
    >
      {error && !loaded ? (
        <ErrorState
          title={`Could not load ${title.toLowerCase()}`}
          message={errorMessage(error)}
          onRetry={onRetry}
        />
      ) : !loaded ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Panel>
  );
}
