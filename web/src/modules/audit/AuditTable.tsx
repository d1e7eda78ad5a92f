import { ActionIcon, Badge, Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { AuditEntryFieldsFragment } from '../../generated/graphql';
import { formatCompactDateTime, formatDateTime, formatRelative } from '../../ui/formatDate';
import { AuditEntryDetails } from './AuditEntryDetails';
import classes from './AuditTable.module.css';
import type { AuditFilters } from './auditFilters';

interface AuditTableProps {
  entries: AuditEntryFieldsFragment[];
  liveSeqs: ReadonlySet<string>;
  onFilter: (patch: Partial<AuditFilters>) => void;
}

const COLUMN_COUNT = 6;

export function AuditTable({ entries, liveSeqs, onFilter }: AuditTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const toggle = (seq: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  return (
    <Table.ScrollContainer type="native" minWidth={820}>
      <Table verticalSpacing="xs" aria-label="Audit entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th w={80}>Seq</Table.Th>
            <Table.Th w={170}>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Target</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const isOpen = expanded.has(entry.seq);
            const detailsId = `audit-entry-${entry.seq}-details`;
            return (
              <Fragment key={entry.seq}>
                <Table.Tr
                  data-testid="audit-row"
                  data-action={entry.action}
                  className={liveSeqs.has(entry.seq) ? classes.live : undefined}
                >
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      aria-label={`${isOpen ? 'Hide' : 'Show'} details of entry ${entry.seq}`}
                      onClick={() => toggle(entry.seq)}
                    >
                      {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" data-testid="audit-seq">
                      {entry.seq}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                      title={`${formatDateTime(entry.occurredAt)} (${formatRelative(entry.occurredAt)})`}
                    >
                      {formatCompactDateTime(entry.occurredAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" truncate maw={260}>
                        {entry.actor}
                      </Text>
                      {entry.actorType !== 'USER' ? (
                        <Badge size="xs" variant="outline" color="gray">
                          {entry.actorType.toLowerCase()}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Code fz="sm" data-testid="audit-action">
                      {entry.action}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge size="sm" variant="light" color="gray" tt="none">
                        {entry.targetType}
                      </Badge>
                      <Text size="xs" ff="monospace" c="dimmed" truncate maw={220}>
                        {entry.targetId}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr id={detailsId} className={classes.detailsRow}>
                    <Table.Td />
                    <Table.Td colSpan={COLUMN_COUNT - 1}>
                      <AuditEntryDetails entry={entry} onFilter={onFilter} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
