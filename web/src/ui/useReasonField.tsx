import { Textarea } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { type ChangeEvent, useState } from 'react';
import { errorMessage, fieldErrors } from './graphqlError';

/**
 * A required "why" for a consequential action (rolling back, aborting): checked once the person
 * tries to confirm, and the server's objection to it cleared as they type.
 */
export function useReasonField() {
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | undefined>();
  const clientError = text.trim().length >= 3 ? undefined : 'Say why, in a few words';
  return {
    /** The reason as it is sent. */
    value: text.trim(),
    /** Marks the field as tried; true when the reason may be sent. */
    validate: () => {
      setTouched(true);
      return clientError === undefined;
    },
    setServerError,
    reset: () => {
      setText('');
      setTouched(false);
      setServerError(undefined);
    },
    inputProps: {
      value: text,
      onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
        setText(event.currentTarget.value);
        setServerError(undefined);
      },
      error: serverError ?? (touched ? clientError : undefined),
    },
  };
}

/**
 * A ConfirmDialog for an action that needs a reason (rolling back, aborting): `send` runs it with
 * the reason; the server's objections show at the fields the dialog shows (`shown`, the reason
 * among them) or else as the dialog's message, and success calls `done` and closes.
 */
export function useReasonDialog({
  send,
  done,
  onClose,
  shown = ['reason'],
}: {
  /** Null when the action cannot be sent yet. */
  send: (reason: string) => Promise<{ error?: CombinedError }> | null;
  done?: () => void;
  onClose: () => void;
  shown?: readonly string[];
}) {
  const reason = useReasonField();
  const [error, setError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const close = () => {
    reason.reset();
    setError(null);
    setServerFields({});
    onClose();
  };
  const confirm = async () => {
    if (!reason.validate()) return;
    const result = await send(reason.value);
    if (!result) return;
    if (result.error) {
      const fields = fieldErrors(result.error);
      setServerFields(fields);
      reason.setServerError(fields.reason);
      if (!shown.some((field) => fields[field])) setError(errorMessage(result.error));
      return;
    }
    done?.();
    close();
  };
  return {
    reason,
    /** The server's objections by field, for the dialog's other fields. */
    serverFields,
    /** The props a ConfirmDialog takes from this. */
    dialog: { error, onCancel: close, onConfirm: () => void confirm() },
  };
}

/** The reason's box in such a dialog. */
export function ReasonField({
  field,
  description,
  required,
}: {
  field: ReturnType<typeof useReasonField>;
  description: string;
  required?: boolean;
}) {
  return (
    <Textarea
      label="Reason"
      required={required}
      description={description}
      rows={2}
      {...field.inputProps}
      data-autofocus
    />
  );
}
