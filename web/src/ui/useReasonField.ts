import { type ChangeEvent, useState } from 'react';

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
