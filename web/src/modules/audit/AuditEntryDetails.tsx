import { Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import type { AuditEntryFieldsFragment } from '../../generated/graphql';
import type { AuditFilters } from './auditFilters';

interface AuditEntryDetailsProps {
  entry: AuditEntryFieldsFragment;
  onFilter: (patch: Partial<AuditFilters>) => void;
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function AuditEntryDetails({ entry, onFilter }: AuditEntryDetailsProps) {
  return (
    <Stack gap="md" py="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Field label="Details">
          <Code block fz="xs">
            {JSON.stringify(entry.details, null, 2)}
          </Code>
        </Field>
        <Stack gap="sm">
          <Field label="Actor">
            <Text size="sm">
              {entry.actor}{' '}
              <Text span c="dimmed" size="xs">
                ({entry.actorType.toLowerCase()}
                {entry.actorId ? ` ${entry.actorId}` : ''})
              </Text>
            </Text>
          </Field>
          <Field label="Entry hash">
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              {entry.hash}
            </Code>
          </Field>
          <Field label="Previous hash">
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              {entry.prevHash}
            </Code>
          </Field>
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
