import {
  ActionIcon,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconRefresh,
  IconShieldCheck,
  IconShieldX,
} from '@tabler/icons-react';
import { useQuery } from 'urql';
import type { AuditMismatchKind } from '../../generated/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/formatDate';
import { errorMessage } from '../../ui/graphqlError';
import { VerifyAuditLogQuery } from './audit.documents';

const MISMATCH_LABELS: Record<AuditMismatchKind, string> = {
  HASH: 'Entry altered',
  PREV_HASH: 'Chain broken',
  SEQUENCE: 'Entry missing',
  SIGNATURE: 'Entry not signed by Backline',
  CHECKPOINT: 'Chain rewritten',
  TRUNCATED: 'Entries cut off',
};

interface AuditVerificationPanelProps {
  /** Entries that arrived since the last check, so the user knows it is out of date. */
  newSinceCheck: number;
  /** False holds the first check back (the page's entries load first: the check takes longer). */
  start?: boolean;
  onVerified?: () => void;
}

/** Recomputes the whole hash chain on the server and shows whether it holds. */
export function AuditVerificationPanel({
  newSinceCheck,
  start = true,
  onVerified,
}: AuditVerificationPanelProps) {
  const [{ data, fetching, error }, verify] = useQuery({
    query: VerifyAuditLogQuery,
    requestPolicy: 'network-only',
    pause: !start,
  });

  const reverify = () => {
    onVerified?.();
    verify({ requestPolicy: 'network-only' });
  };

  const result = data?.verifyAuditLog;
  const verifyButton = (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconRefresh size={14} />}
      onClick={reverify}
      loading={fetching}
    >
      Verify again
    </Button>
  );

  if (error && !result) {
    return (
      <ErrorState
        title="Could not verify the audit log"
        message={errorMessage(error)}
        onRetry={reverify}
      />
    );
  }

  if (!result) {
    return (
      <Paper withBorder radius="md" p="lg" aria-busy="true">
        <Group gap="md">
          <Loader size="sm" />
          <Text size="sm">Verifying the hash chain…</Text>
        </Group>
      </Paper>
    );
  }

  const mismatch = result.firstMismatch;
  const ok = result.ok && !mismatch;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="audit-verification"
      data-status={ok ? 'ok' : 'failed'}
      role="region"
      aria-label="Audit chain verification"
      style={{
        borderColor: ok ? 'var(--mantine-color-teal-filled)' : 'var(--mantine-color-red-filled)',
        borderLeftWidth: 4,
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Group align="flex-start" wrap="nowrap" gap="md" style={{ flex: '1 1 360px', minWidth: 0 }}>
          <ThemeIcon size={44} radius="xl" color={ok ? 'teal' : 'red'} variant="light">
            {ok ? <IconShieldCheck size={26} /> : <IconShieldX size={26} />}
          </ThemeIcon>
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={4} c={ok ? undefined : 'red'}>
              {ok
                ? 'Chain verified'
                : `Chain verification failed at entry #${mismatch?.seq ?? '?'}`}
            </Title>
            {ok ? (
              <Text size="sm">
                All <b>{result.checked.toLocaleString()}</b> entries match their hashes and follow
                each other without a gap.
              </Text>
            ) : mismatch ? (
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <Badge color="red" variant="light" data-testid="audit-mismatch-kind">
                    {MISMATCH_LABELS[mismatch.kind]}
                  </Badge>
                  <Text size="sm" c="red" fw={500}>
                    {mismatch.message}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  Expected <Code fz="xs">{mismatch.expected}</Code>
                </Text>
                <Text size="xs" c="dimmed">
                  Found <Code fz="xs">{mismatch.actual}</Code>
                </Text>
                <Text size="xs" c="dimmed">
                  {result.checked.toLocaleString()} entries checked.
                </Text>
              </Stack>
            ) : (
              <Text size="sm" c="red">
                The server reported a failure without naming an entry.
              </Text>
            )}
            {ok && result.headHash ? (
              <Group gap={6} wrap="nowrap" align="center">
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  Head hash
                </Text>
                <Code fz="xs" data-testid="audit-head-hash" style={{ wordBreak: 'break-all' }}>
                  {result.headHash}
                </Code>
                <CopyButton value={result.headHash}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? 'Copied' : 'Copy head hash'}>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color={copied ? 'teal' : 'gray'}
                        onClick={copy}
                        aria-label="Copy head hash"
                      >
                        {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            ) : null}
            <Text size="xs" c="dimmed">
              Checked {formatDateTime(result.verifiedAt)}
              {newSinceCheck > 0
                ? ` · ${newSinceCheck} new ${newSinceCheck === 1 ? 'entry' : 'entries'} since`
                : ''}
            </Text>
          </Stack>
        </Group>
        {verifyButton}
      </Group>
    </Paper>
  );
}
