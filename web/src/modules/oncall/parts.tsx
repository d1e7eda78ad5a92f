import { Alert, Button, Group } from '@mantine/core';

/** The end of an editor: what went wrong, then Cancel and the save button. */
export function EditorFooter({
  error,
  errorTitle,
  saving,
  saveLabel,
  onCancel,
  onSave,
}: {
  error: string | null;
  errorTitle?: string;
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
  onSave: () => void;
}) {
  return (
    <>
      {error ? (
        <Alert color="red" title={errorTitle}>
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
