import { Badge, Button, EmptyState, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconFileSearch, IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditTable } from './AuditTable';
import { AuditVerificationPanel } from './AuditVerificationPanel';
import { auditExportUrl, EMPTY_FILTERS, hasActiveFilters } from './auditFilters';
import { useAuditFilters } from './useAuditFilters';
import { useAuditLog } from './useAuditLog';

export function AuditLogView() {
  const [filters, setFilters] = useAuditFilters();
  const log = useAuditLog(filters);
  const [verifiedLiveCount, setVerifiedLiveCount] = useState(0);
  // The chain is checked once the first entries show (the check takes longer, and shares the
  // server with them), and not again when the filters change: it is the whole log's.
  const [firstShown, setFirstShown] = useState(false);
  useEffect(() => {
    if (!log.loading) setFirstShown(true);
  }, [log.loading]);
  const filtered = hasActiveFilters(filters);

  return (
    <Stack gap={0}>
      <PageHeader
        title="Audit log"
        description="Every change to Backline, in an append-only log where each entry carries the hash of the one before it. Verify the chain to prove nothing was altered or removed."
        actions={
          <Tooltip label="Newline-delimited JSON with the filters below applied">
            <Button
              component="a"
              href={auditExportUrl(filters)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Export NDJSON
            </Button>
          </Tooltip>
        }
      />
      <Stack gap="md">
        <AuditVerificationPanel
          start={firstShown}
          newSinceCheck={Math.max(0, log.liveSeqs.size - verifiedLiveCount)}
          onVerified={() => setVerifiedLiveCount(log.liveSeqs.size)}
        />
        <AuditFiltersBar filters={filters} onChange={setFilters} />
      </Stack>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {log.loading
            ? 'Loading entries…'
            : `${log.entries.length.toLocaleString()} of ${log.totalCount.toLocaleString()} ${
                filtered ? 'matching ' : ''
              }entries`}
        </Text>
        {log.liveError ? (
          <Tooltip label="New entries will show after a reload">
            <Badge variant="dot" color="gray" size="md">
              Live updates paused
            </Badge>
          </Tooltip>
        ) : (
          <Badge variant="dot" color="teal" size="md">
            Live
          </Badge>
        )}
      </Group>
      {log.error && log.entries.length === 0 ? (
        <ErrorState
          title="Could not load the audit log"
          message={errorMessage(log.error)}
          onRetry={log.reload}
        />
      ) : log.loading ? (
        <TableSkeleton rows={8} />
      ) : log.entries.length === 0 ? (
        <Paper withBorder radius="md" py={48}>
          <EmptyState
            icon={filtered ? <IconFilterOff size={28} /> : <IconFileSearch size={28} />}
            variant="light"
            title={filtered ? 'No entries match these filters' : 'No audit entries yet'}
            description={
              filtered
                ? 'Widen the time range or clear a filter. New matching entries appear here as they are written.'
                : 'Every sign-in, change and action will be recorded here as it happens.'
            }
          >
            {filtered ? (
              <EmptyState.Actions>
                <Button variant="light" onClick={() => setFilters(EMPTY_FILTERS)}>
                  Clear filters
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <AuditTable
            entries={log.entries}
            liveSeqs={log.liveSeqs}
            onFilter={(patch) => setFilters({ ...EMPTY_FILTERS, ...patch })}
          />
        </Paper>
      )}
      {log.error && log.entries.length > 0 ? (
        <Text c="red" size="sm" mt="sm" role="alert">
          {errorMessage(log.error)}
        </Text>
      ) : null}
      {log.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button variant="default" onClick={log.loadMore} loading={log.loadingMore}>
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
