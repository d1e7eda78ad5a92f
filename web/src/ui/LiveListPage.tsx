import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { type EmptyContent, ListStates, LiveUpdatesAlert, type LoadState } from './ListStates';
import { PageHeader } from './PageHeader';

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
  liveError,
  liveHint,
  state,
  errorTitle,
  items,
  empty,
  inset = false,
  children,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  filters: ReactNode;
  liveError: CombinedError | undefined;
  liveHint?: string;
  state: LoadState;
  errorTitle: string;
  items: readonly unknown[];
  empty: EmptyContent;
  inset?: boolean;
  children: ReactNode;
}) {
  const list = (
    <ListStates
      state={state}
      errorTitle={errorTitle}
      emptyKind={inset ? 'inset' : 'page'}
      items={items}
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
      <LiveUpdatesAlert error={liveError} hint={liveHint} list />
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
