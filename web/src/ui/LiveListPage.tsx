import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { type EmptyContent, ListStates, LiveUpdatesAlert, type LoadState } from './ListStates';
import { PageHeader } from './PageHeader';

/** A live list hook's result: its rows, how loading went and whether live updates stopped. */
export interface LiveList extends Omit<LoadState, 'fetching'> {
  rows: readonly unknown[];
  liveError: CombinedError | undefined;
}

/**
 * A page that lists things live (deployments, incidents, tickets): its header, its filters, the
 * warning when live updates stop, then the list in a frame or the state it is in. `inset` shows
 * the empty state inside the frame, for lists whose filters often leave nothing.
 */
export function LiveListPage({
  title,
  description,
  actions,
  filters,
  live,
  liveHint,
  errorTitle,
  empty,
  inset = false,
  children,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  filters: ReactNode;
  /** What the page's live list hook returns. */
  live: LiveList;
  liveHint?: string;
  errorTitle: string;
  empty: EmptyContent;
  inset?: boolean;
  children: ReactNode;
}) {
  const list = (
    <ListStates
      // Without `fetching`: loading shows only until the list first loads.
      state={{ error: live.error, loaded: live.loaded, refetch: live.refetch }}
      errorTitle={errorTitle}
      emptyKind={inset ? 'inset' : 'page'}
      items={live.rows}
      empty={empty}
    >
      {inset ? (
        children
      ) : (
        <Paper withBorder radius="md">
          {children}
        </Paper>
      )}
    </ListStates>
  );
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <Group gap="sm" mb="md">
        {filters}
      </Group>
      <LiveUpdatesAlert error={live.liveError} hint={liveHint} list />
      {inset ? (
        <Paper withBorder radius="md">
          {list}
        </Paper>
      ) : (
        list
      )}
    </>
  );
}
