import { Button, Code, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ApiTokenFieldsFragment } from '../../generated/graphql';
import { Dim, TimeAgo } from '../../ui/cells';
import { DataTable, type TableSpec } from '../../ui/DataTable';
import { formatDate, formatRelative } from '../../ui/formatDate';
import { RoleBadge } from '../auth';
import { TokenStatusBadge } from './TokenStatusBadge';

interface TokensTableProps {
  tokens: ApiTokenFieldsFragment[];
  showOwner: boolean;
  onRevoke: (token: ApiTokenFieldsFragment) => void;
}

export function TokensTable({ tokens, showOwner, onRevoke }: TokensTableProps) {
  const table: TableSpec<ApiTokenFieldsFragment> = {
    label: 'API tokens',
    minWidth: showOwner ? 960 : 820,
    list: true,
    rowProps: (token) => ({ 'data-testid': `token-row-${token.name}` }),
    columns: [
      {
        header: 'Name',
        cell: (token) => (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {token.name}
            </Text>
            <Code fz="xs" w="fit-content">
              {token.prefix}…
            </Code>
          </Stack>
        ),
      },
      {
        header: 'Owner',
        when: showOwner,
        cell: (token) => <Text size="sm">{token.owner.email}</Text>,
      },
      { header: 'Role', cell: (token) => <RoleBadge role={token.role} /> },
      { header: 'Status', cell: (token) => <TokenStatusBadge status={token.status} /> },
      { header: 'Created', cell: (token) => <Text size="sm">{formatDate(token.createdAt)}</Text> },
      {
        header: 'Expires',
        cell: (token) =>
          token.status === 'REVOKED' && token.revokedAt ? (
            <Dim>{`Revoked ${formatRelative(token.revokedAt)}`}</Dim>
          ) : (
            <TimeAgo at={token.expiresAt} />
          ),
      },
      {
        header: 'Last used',
        cell: (token) => (token.lastUsedAt ? <TimeAgo at={token.lastUsedAt} /> : <Dim>Never</Dim>),
      },
      {
        header: <VisuallyHidden>Actions</VisuallyHidden>,
        td: { ta: 'right' },
        cell: (token) =>
          token.status === 'ACTIVE' ? (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onRevoke(token)}
              aria-label={`Revoke ${token.name}`}
            >
              Revoke
            </Button>
          ) : null,
      },
    ],
  };

  return <DataTable {...table} rows={tokens} />;
}
