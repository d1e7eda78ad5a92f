import { ActionIcon, Badge, Button, Group, Paper, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlayerPlay, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { GoldenPromptFieldsFragment } from '../../generated/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChangedBy } from '../../ui/cells';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { errorMessage } from '../../ui/graphqlError';
import { useConfirm } from '../../ui/useConfirm';
import { GoldenPromptModal } from './GoldenPromptModal';
import { DeleteGoldenPromptMutation, ModelGoldenPromptsQuery } from './goldenPrompts.documents';
import { RunGoldenPromptsModal } from './RunGoldenPromptsModal';

interface GoldenPromptsPanelProps {
  model: { id: string; name: string };
  /** SREs and admins change golden prompts and run them. */
  canEdit: boolean;
}

function quoted(text: string): string {
  return `“${text}”`;
}

/** Short labels for what an answer must be like, for the table. */
export function expectationLabels(e: GoldenPromptFieldsFragment['expectations']): string[] {
  return [
    ...e.contains.map((t) => `contains ${quoted(t)}`),
    ...e.mustNotContain.map((t) => `not ${quoted(t)}`),
    ...(e.pattern ? [`matches /${e.pattern}/`] : []),
    ...(e.jsonSchema != null ? ['JSON schema'] : []),
    ...(e.maxLength != null ? [`≤ ${e.maxLength} chars`] : []),
  ];
}

/** A model's golden prompts: asked of each new release while it is a canary. */
export function GoldenPromptsPanel({ model, canEdit }: GoldenPromptsPanelProps) {
  const context = useMemo(() => ({ additionalTypenames: ['GoldenPrompt'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ModelGoldenPromptsQuery,
    variables: { id: model.id },
    context,
  });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<GoldenPromptFieldsFragment | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [{ fetching: removing }, remove] = useMutation(DeleteGoldenPromptMutation);
  const prompts = data?.model?.goldenPrompts ?? [];
  const deletion = useConfirm(
    (prompt: GoldenPromptFieldsFragment) => remove({ input: { id: prompt.id } }),
    (prompt) =>
      notifications.show({
        color: 'teal',
        title: 'Golden prompt deleted',
        message: `New releases of ${model.name} are no longer asked “${prompt.name}”.`,
      }),
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid="golden-prompts-panel">
      <Group justify="space-between" mb="sm" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={4}>Golden prompts of {model.name}</Title>
          <Text size="sm" c="dimmed">
            Asked of every new release while it is a canary: a release whose answers change is
            rolled back, even when it does not crash.
          </Text>
        </div>
        {canEdit ? (
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconPlayerPlay size={16} />}
              disabled={prompts.length === 0}
              onClick={() => setRunning(true)}
            >
              Run on a deployment
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Add golden prompt
            </Button>
          </Group>
        ) : null}
      </Group>
      {error && !data ? (
        <ErrorState
          title="Could not load the golden prompts"
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : fetching && !data ? (
        <Text size="sm" c="dimmed" py="md">
          Loading…
        </Text>
      ) : prompts.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          No golden prompts yet. Add a question whose answer you rely on, and what the answer must
          be like: a text it contains, a pattern, a JSON schema or a length.
        </Text>
      ) : (
        <DataTable
          label="Golden prompts"
          minWidth={820}
          verticalSpacing="sm"
          rows={prompts}
          rowProps={(p) => ({ 'data-testid': `golden-prompt-row-${p.name}` })}
          columns={[
            {
              header: 'Name',
              cell: (p) => (
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {p.name}
                </Text>
              ),
            },
            {
              header: 'Question',
              td: { maw: 320 },
              cell: (p) => (
                <>
                  <Text size="sm" lineClamp={2}>
                    {p.messages.at(-1)?.content}
                  </Text>
                  {p.messages.length > 1 ? (
                    <Text size="xs" c="dimmed">
                      after {p.messages.length - 1} earlier message
                      {p.messages.length > 2 ? 's' : ''}
                    </Text>
                  ) : null}
                </>
              ),
            },
            {
              header: 'The answer must',
              cell: (p) => (
                <Group gap={4}>
                  {expectationLabels(p.expectations).map((label) => (
                    <Badge key={label} variant="light" color="gray" tt="none">
                      {label}
                    </Badge>
                  ))}
                </Group>
              ),
            },
            {
              header: 'Max tokens',
              th: { style: { whiteSpace: 'nowrap' } },
              cell: (p) => <Text size="sm">{p.maxTokens}</Text>,
            },
            { header: 'Changed', cell: (p) => <ChangedBy at={p.updatedAt} by={p.updatedBy} /> },
            {
              header: null,
              th: { w: 90 },
              when: canEdit,
              cell: (p) => (
                <Group gap={4} wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Edit ${p.name}`}
                      onClick={() => setEditing(p)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${p.name}`}
                      onClick={() => deletion.ask(p)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ),
            },
          ]}
        />
      )}
      <GoldenPromptModal
        modelId={adding || editing ? model.id : null}
        editing={editing}
        onClose={() => {
          setAdding(false);
          setEditing(undefined);
        }}
      />
      <RunGoldenPromptsModal model={running ? model : null} onClose={() => setRunning(false)} />
      <ConfirmDialog
        {...deletion.dialog}
        title="Delete golden prompt"
        confirmLabel="Delete"
        danger
        loading={removing}
      >
        New releases of {model.name} will no longer be asked “{deletion.target?.name}”. The audit
        log keeps what it was.
      </ConfirmDialog>
    </Paper>
  );
}
