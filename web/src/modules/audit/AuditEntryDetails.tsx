import { Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import type { AuditEntryFieldsFragment } from '../../generated/graphql';
import { Labelled } from '../../ui/cells';
import type { AuditFilters } from './auditFilters';

interface AuditEntryDetailsProps {
  entry: AuditEntryFieldsFragment;
  onFilter: (patch: Partial<AuditFilters>) => void;
}

export function AuditEntryDetails({ entry, onFilter }: AuditEntryDetailsProps) {
  return (
    <Stack gap="md" py="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Labelled label="Details">
          <Code block fz="xs">
            {JSON.stringify(entry.details, null, 2)}
          </Code>
        </Labelled>
        <Stack gap="sm">
          <Labelled label="Actor">
            <Text size="sm">
              {entry.actor}{' '}
              <Text span c="dimmed" size="xs">
                ({entry.actorType.toLowerCase()}
                {entry.actorId ? ` ${entry.actorId}` : ''})
              </Text>
            </Text>
          </Labelled>
          <Labelled label="Entry hash">
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              {entry.hash}
            </Code>
          </Labelled>
          <Labelled label="Previous hash">
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              {entry.prevHash}
            </Code>
          </Labelled>
        </Stack>
      </SimpleGrid>
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconFilter size={12} />}
          onClick={() => onFilter({ targetType: entry.targetType, targetId: entry.targetId })}
        >
          Entries for this target
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconFilter size={12} />}
          onClick={() => onFilter({ actor: entry.actor })}
        >
          Entries by this actor
        </Button>
      </Group>
    </Stack>
  );
}
