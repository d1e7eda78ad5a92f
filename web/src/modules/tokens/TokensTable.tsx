import { Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ApiTokenFieldsFragment } from '../../generated/graphql';
import { formatDate, formatDateTime, formatRelative } from '../../ui/formatDate';
import { RoleBadge } from '../auth';
import { TokenStatusBadge } from './TokenStatusBadge';

interface TokensTableProps {
  tokens: ApiTokenFieldsFragment[];
  showOwner: boolean;
  onRevoke: (token: ApiTokenFieldsFragment) => void;
}

function Dim({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function TokensTable({ tokens, showOwner, onRevoke }: TokensTableProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={showOwner ? 960 : 820}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {showOwner ? <Table.Th>Owner</Table.Th> : null}
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id} data-testid={`token-row-${token.name}`}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {token.name}
                  </Text>
                  <Code fz="xs" w="fit-content">
                    {token.prefix}…
                  </Code>
                </Stack>
              </Table.Td>
              {showOwner ? (
                <Table.Td>
                  <Text size="sm">{token.owner.email}</Text>
                </Table.Td>
              ) : null}
              <Table.Td>
                <RoleBadge role={token.role} />
              </Table.Td>
              <Table.Td>
                <TokenStatusBadge status={token.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(token.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                {token.status === 'REVOKED' && token.revokedAt ? (
                  <Dim>{`Revoked ${formatRelative(token.revokedAt)}`}</Dim>
                ) : (
                  <Text size="sm" title={formatDateTime(token.expiresAt)}>
                    {formatRelative(token.expiresAt)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {token.lastUsedAt ? (
                  <Text size="sm" title={formatDateTime(token.lastUsedAt)}>
                    {formatRelative(token.lastUsedAt)}
                  </Text>
                ) : (
                  <Dim>Never</Dim>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {token.status === 'ACTIVE' ? (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    onClick={() => onRevoke(token)}
                    aria-label={`Revoke ${token.name}`}
                  >
                    Revoke
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
