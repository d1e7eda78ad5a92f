import { fireEvent, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Confirms a dialog that needs a reason: first without one, which it refuses before sending
 * anything (`sent` lists what went out), then with `reason`.
 */
export async function confirmWithReason(
  dialog: HTMLElement,
  confirmLabel: string,
  reason: string,
  sent: () => readonly unknown[],
): Promise<void> {
  const confirm = within(dialog).getByRole('button', { name: confirmLabel });
  fireEvent.click(confirm);
  expect(await within(dialog).findByText('Say why, in a few words')).toBeTruthy();
  expect(sent()).toHaveLength(0);
  fireEvent.change(within(dialog).getByRole('textbox', { name: /^Reason/ }), {
    target: { value: reason },
  });
  fireEvent.click(confirm);
}
