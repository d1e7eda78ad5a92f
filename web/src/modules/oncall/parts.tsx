import { Alert, Button, EmptyState, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { TableSkeleton } from '../../ui/TableSkeleton';

/** A list's states: the error (with a retry), loading, empty, or the list itself. */
export function ListStates({
  error,
  loaded,
  fetching,
  empty,
  onRetry,
  children,
}: {
  error: CombinedError | undefined;
  loaded: boolean;
  fetching: boolean;
  /** Shown when loaded with nothing in it; null when there is something. */
  empty: { icon: ReactNode; title: string; description: string; action?: ReactNode } | null;
  onRetry: () => void;
  children: ReactNode;
}) {
  if (error && !loaded) return <ErrorState message={errorMessage(error)} onRetry={onRetry} />;
  if (fetching && !loaded) return <TableSkeleton />;
  if (empty) {
    return (
      <Paper withBorder py={48}>
        <EmptyState
          icon={empty.icon}
          variant="light"
          title={empty.title}
          description={empty.description}
        >
          {empty.action ? <EmptyState.Actions>{empty.action}</EmptyState.Actions> : null}
        </EmptyState>
      </Paper>
    );
  }
  return <>{children}</>;
}

/** The end of an editor: what went wrong, then Cancel and the save button. */
export function EditorFooter({
  error,
  errorTitle,
  saving,
  saveLabel,
  onCancel,
  onSave,
}: {
  error: string | null;
  errorTitle?: string;
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
  onSave: () => void;
}) {
  return (
    <>
      {error ? (
        <Alert color="red" title={errorTitle}>
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button loading={saving} onClick={onSave}>
          {saveLabel}
        </Button>
      </Group>
    </>
  );
}
