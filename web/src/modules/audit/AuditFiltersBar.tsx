import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import {
  type AuditFilters,
  EMPTY_FILTERS,
  hasActiveFilters,
  isoToLocalInput,
  localInputToIso,
} from './auditFilters';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

type Draft = Omit<AuditFilters, 'from' | 'to'> & { fromLocal: string; toLocal: string };

function toDraft(filters: AuditFilters): Draft {
  return {
    action: filters.action,
    actor: filters.actor,
    targetType: filters.targetType,
    targetId: filters.targetId,
    fromLocal: isoToLocalInput(filters.from),
    toLocal: isoToLocalInput(filters.to),
  };
}

/** The filters' fields, in the order they show. */
const FIELDS: {
  key: keyof Draft;
  label: string;
  description: string;
  placeholder?: string;
  type?: 'datetime-local';
}[] = [
  {
    key: 'action',
    label: 'Action',
    placeholder: 'token. or user.create',
    description: 'Starts with',
  },
  { key: 'actor', label: 'Actor', placeholder: 'admin@backline.local', description: 'Contains' },
  {
    key: 'targetType',
    label: 'Target type',
    placeholder: 'user, api_token',
    description: 'Exactly',
  },
  { key: 'targetId', label: 'Target ID', placeholder: 'Exact ID', description: 'Exactly' },
  {
    key: 'fromLocal',
    label: 'From',
    type: 'datetime-local',
    description: 'On or after, your local time',
  },
  { key: 'toLocal', label: 'To', type: 'datetime-local', description: 'Before, your local time' },
];

/** Filters for the audit log; applied on submit so typing does not fire a query per key. */
export function AuditFiltersBar({ filters, onChange }: AuditFiltersBarProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(filters));
  useEffect(() => setDraft(toDraft(filters)), [filters]);

  const rangeError =
    draft.fromLocal && draft.toLocal && draft.fromLocal >= draft.toLocal
      ? 'Must be after the start'
      : undefined;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (rangeError) return;
    onChange({
      action: draft.action.trim(),
      actor: draft.actor.trim(),
      targetType: draft.targetType.trim(),
      targetId: draft.targetId.trim(),
      from: localInputToIso(draft.fromLocal),
      to: localInputToIso(draft.toLocal),
    });
  };

  const set = (key: keyof Draft) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };

  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <form onSubmit={apply} aria-label="Filter audit entries">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
          {FIELDS.map(({ key, ...field }) => (
            <TextInput
              key={key}
              {...field}
              value={draft[key]}
              onChange={set(key)}
              error={key === 'toLocal' ? rangeError : undefined}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="md" gap="sm">
          {hasActiveFilters(filters) ? (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={16} />}
              onClick={() => onChange(EMPTY_FILTERS)}
            >
              Clear filters
            </Button>
          ) : null}
          <Button type="submit" variant="light" leftSection={<IconFilter size={16} />}>
            Apply filters
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
