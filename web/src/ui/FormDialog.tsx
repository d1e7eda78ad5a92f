import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';

interface FormDialogProps {
  opened: boolean;
  /** The dialog's title, also the form's accessible name. */
  title: string;
  /** Large unless said otherwise: most forms have a few fields with descriptions. */
  size?: 'md' | 'lg';
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  /** Defaults to the title. */
  submitLabel?: string;
  submitColor?: string;
  busy: boolean;
  /** What went wrong that belongs to no field. */
  error: string | null;
  /**
   * Where that shows: `alert` above the fields (`plain` without its icon), `line` as a line of red
   * text above the buttons.
   */
  errorStyle?: 'alert' | 'plain' | 'line';
  /** Beside the buttons, at the start of the row. */
  footerStart?: ReactNode;
  footerMt?: 'xs';
  children: ReactNode;
}

/** What went wrong with a form that belongs to none of its fields, above them. */
export function FormError({ error, icon = true }: { error: string | null; icon?: boolean }) {
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={icon ? <IconAlertCircle size={18} /> : undefined}
      role="alert"
    >
      {error}
    </Alert>
  );
}

/** A form in a modal: its fields, what went wrong, then Cancel and the submit button. */
export function FormDialog({
  opened,
  title,
  size = 'lg',
  onClose,
  onSubmit,
  submitLabel,
  submitColor,
  busy,
  error,
  errorStyle = 'alert',
  footerStart,
  footerMt,
  children,
}: FormDialogProps) {
  const buttons = (
    <Group justify="flex-end" gap="sm" mt={footerStart ? undefined : footerMt}>
      <Button variant="default" onClick={onClose} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" color={submitColor} loading={busy}>
        {submitLabel ?? title}
      </Button>
    </Group>
  );
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {errorStyle !== 'line' ? <FormError error={error} icon={errorStyle === 'alert'} /> : null}
          {children}
          {error && errorStyle === 'line' ? (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          ) : null}
          {footerStart ? (
            <Group justify="space-between" gap="sm" mt={footerMt}>
              {footerStart}
              {buttons}
            </Group>
          ) : (
            buttons
          )}
        </Stack>
      </form>
    </Modal>
  );
}
