import { Alert, EmptyState, Paper } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ErrorState } from './ErrorState';
import { errorMessage } from './graphqlError';
import { LoadingState } from './LoadingState';
import { TableSkeleton } from './TableSkeleton';

export interface EmptyContent {
  icon: ReactNode;
  title: string;
  description: string;
  /** A way out of the empty state (create the first one, clear the filters). */
  action?: ReactNode;
}

/**
 * Where an empty state stands: a page's main list shows it large with the action beneath, a
 * section's list smaller with the action as its button row, and `inset` inside a frame the list
 * already has.
 */
export type EmptyKind = 'page' | 'section' | 'inset';

/** What a list shows when it has nothing. */
export function EmptyPanel({
  icon,
  title,
  description,
  action,
  kind = 'section',
}: EmptyContent & { kind?: EmptyKind }) {
  if (kind === 'inset') {
    return <EmptyState icon={icon} title={title} description={description} />;
  }
  if (kind === 'page') {
    return (
      <Paper withBorder radius="md" py={56} px="xl">
        <EmptyState icon={icon} variant="light" size="lg" title={title} description={description}>
          {action}
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" py={48}>
      <EmptyState icon={icon} variant="light" title={title} description={description}>
        {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}

/** Where a query stands, as `useListQuery` and the live list hooks return it. */
export interface LoadState {
  error: CombinedError | undefined;
  loaded: boolean;
  /** Whether a request is under way; without it, loading lasts until something loads. */
  fetching?: boolean;
  refetch: () => void;
}

/** A list's states: the error (with a retry), loading, empty, or the list itself. */
export function ListStates({
  state,
  errorTitle,
  empty,
  items,
  emptyKind,
  skeletonRows,
  children,
}: {
  state: LoadState;
  errorTitle?: string;
  /**
   * Shown when loaded with nothing in it: when `items` is empty, or, without `items`, whenever it
   * is given (false or null when there is something).
   */
  empty: EmptyContent | false | null;
  /** What the list shows. */
  items?: readonly unknown[];
  emptyKind?: EmptyKind;
  skeletonRows?: number;
  children: ReactNode;
}) {
  const { error, loaded, fetching = true, refetch } = state;
  if (error && !loaded) {
    return <ErrorState title={errorTitle} message={errorMessage(error)} onRetry={refetch} />;
  }
  if (fetching && !loaded) return <TableSkeleton rows={skeletonRows} />;
  if (empty && (!items || items.length === 0)) return <EmptyPanel {...empty} kind={emptyKind} />;
  return <>{children}</>;
}

/** Says that the subscription broke, so what shows is only as new as the last load. */
export function LiveUpdatesAlert({
  error,
  hint,
  list = false,
}: {
  error: CombinedError | undefined;
  hint?: string;
  /** Above a list, which changes only when reloaded; otherwise above one thing's page. */
  list?: boolean;
}) {
  if (!error) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconWifiOff size={18} />}
      mb={list ? 'md' : undefined}
    >
      Live updates stopped: {errorMessage(error)}{' '}
      {hint ??
        (list ? 'The list changes only when you reload.' : 'Reload to see the newest state.')}
    </Alert>
  );
}

/**
 * The states of a page about one thing before the thing itself: the error (with a retry), loading,
 * or that there is no such thing; null once it is there to show.
 */
export function loadingGate({
  error,
  loaded,
  found,
  what,
  notFound,
  onRetry,
}: {
  error: CombinedError | undefined;
  loaded: boolean;
  found: boolean;
  /** "the incident": for "Could not load the incident" and "Loading the incident…". */
  what: string;
  notFound: { title: string; message: string };
  onRetry: () => void;
}): ReactNode {
  if (error && !loaded) {
    return (
      <ErrorState
        title={`Could not load ${what}`}
        message={errorMessage(error)}
        onRetry={onRetry}
      />
    );
  }
  if (!loaded) return <LoadingState label={`Loading ${what}…`} />;
  if (!found) return <ErrorState title={notFound.title} message={notFound.message} />;
  return null;
}
