import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { errorMessage } from './graphqlError';

/**
 * What a ConfirmDialog asks about (a token to revoke, a channel to delete): `ask` opens it, and
 * confirming runs `act`; a failure stays in the dialog, success closes it and calls `onDone`.
 */
export function useConfirm<T>(
  act: (target: T) => Promise<{ error?: CombinedError }>,
  onDone?: (target: T) => void,
) {
  const [target, setTarget] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (target === null) return;
    const result = await act(target);
    if (result.error) {
      setError(errorMessage(result.error));
      return;
    }
    setTarget(null);
    onDone?.(target);
  };
  return {
    target,
    ask: (next: T) => {
      setError(null);
      setTarget(next);
    },
    /** The props a ConfirmDialog takes from this. */
    dialog: {
      opened: target !== null,
      error,
      onCancel: () => setTarget(null),
      onConfirm: () => void confirm(),
    },
  };
}
