import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerFixture } from '../testing/fixtures';
import { renderApp } from '../testing/renderApp';

describe('first sign-in with a password an admin chose', () => {
  it('asks for a new password before anything else, then opens the console', async () => {
    let changed = false;
    const { server } = renderApp({
      path: '/',
      role: 'SRE',
      handlers: {
        viewer: () => ({
          data: { viewer: viewerFixture('SRE', 'sam@example.com', !changed) },
        }),
        changePassword: () => {
          changed = true;
          return { data: { changePassword: true } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Choose your own password' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Current password/), {
      target: { value: 'initial-password-from-admin' },
    });
    fireEvent.change(screen.getByLabelText(/^New password/), {
      target: { value: 'my-very-own-passphrase' },
    });
    fireEvent.change(screen.getByLabelText(/^Confirm new password/), {
      target: { value: 'my-very-own-passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Choose your own password' })).toBeNull(),
    );
    expect(server.callsTo('ChangePassword')[0]?.variables).toEqual({
      input: {
        currentPassword: 'initial-password-from-admin',
        newPassword: 'my-very-own-passphrase',
      },
    });
  });
});
