import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';

interface FormDialogProps {
  opened: boolean;
  /** The dialog's title, also the form's accessible name unless `formLabel` is given. */
  title: string;
  formLabel?: string;
  /** Large unless said otherwise: most forms have a few fields with descriptions. */
  size?: 'md' | 'lg' | 'xl';
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

/** A form's Cancel and submit buttons, at the end of the row. */
export function FormButtons({
  onCancel,
  submitLabel,
  submitColor,
  busy,
  mt,
}: {
  onCancel: () => void;
  submitLabel: string;
  submitColor?: string | undefined;
  busy: boolean;
  mt?: 'xs' | undefined;
}) {
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" color={submitColor} loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** A form in a modal: its fields, what went wrong, then Cancel and the submit button. */
export function FormDialog({
  opened,
  title,
  formLabel = title,
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
    <FormButtons
      onCancel={onClose}
      submitLabel={submitLabel ?? title}
      submitColor={submitColor}
      busy={busy}
      mt={footerStart ? undefined : footerMt}
    />
  );
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate aria-label={formLabel}>
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
