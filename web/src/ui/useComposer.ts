import type { CombinedError } from '@urql/core';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { errorMessage } from './graphqlError';

/**
 * A box that sends what is written in it (a note, a reply, a public update): it refuses to send
 * fewer than `minLength` characters, shows why sending failed, and empties once sent.
 */
export function useComposer({
  send,
  minLength = 1,
  tooShort = 'Write something first',
  onSent,
}: {
  /** Sends the trimmed text. */
  send: (body: string) => Promise<{ error?: CombinedError }>;
  minLength?: number;
  tooShort?: string;
  onSent?: () => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const write = (text: string) => {
    setBody(text);
    setError(null);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim().length < minLength) {
      setError(tooShort);
      return;
    }
    const result = await send(body.trim());
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    write('');
    onSent?.();
  };
  return {
    body,
    /** Replaces the text, e.g. with a suggestion. */
    write,
    onSubmit: (event: FormEvent) => void onSubmit(event),
    /** For the Textarea. */
    textareaProps: {
      value: body,
      error,
      onChange: (event: ChangeEvent<HTMLTextAreaElement>) => write(event.currentTarget.value),
    },
  };
}
