import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type Dispatch, type ReactNode, type SetStateAction, useEffect, useState } from 'react';

/**
 * What an editor of an existing or new thing works on: a draft of `record` (null for a new one),
 * made afresh with `draftOf` each time the editor opens, and what went wrong saving it.
 */
export function useEditorDraft<R, D>(
  opened: boolean,
  record: R | null,
  draftOf: (record: R | null) => D,
): {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  error: string | null;
  setError: (error: string | null) => void;
} {
  const [draft, setDraft] = useState<D>(() => draftOf(record));
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: draftOf is a module function
  useEffect(() => {
    if (opened) {
      setDraft(draftOf(record));
      setError(null);
    }
  }, [opened, record]);
  return { draft, setDraft, error, setError };
}

/** The end of an editor of a `what`: what went wrong, then Cancel and Create or Save. */
export function EditorFooter({
  what,
  isNew,
  error,
  saving,
  onCancel,
  onSave,
}: {
  /** "schedule", "policy". */
  what: string;
  isNew: boolean;
  error: string | null;
  saving: boolean;
  onCancel: () => void;
  onSave: () => void;
}) {
  const saveLabel = isNew ? `Create ${what}` : `Save ${what}`;
  return (
    <>
      {error ? (
        <Alert color="red" title={`Could not save the ${what}`}>
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

/** An editor of a `what` in a modal: its fields, then {@link EditorFooter}. */
export function EditorModal({
  opened,
  title,
  size,
  children,
  ...footer
}: Parameters<typeof EditorFooter>[0] & {
  opened: boolean;
  title: string;
  size: 'lg' | 'xl';
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={footer.onCancel} title={title} size={size}>
      <Stack gap="md">
        {children}
        <EditorFooter {...footer} />
      </Stack>
    </Modal>
  );
}

/** Adds a row (a step, a layer) to what an editor edits. */
export function AddRowButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Group>
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onClick}>
        {children}
      </Button>
    </Group>
  );
}
