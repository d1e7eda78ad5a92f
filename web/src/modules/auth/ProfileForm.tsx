import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorState } from '../../ui/ErrorState';
import { errorCode, errorMessage, fieldErrors } from '../../ui/graphqlError';
import { type FormErrors, useFormState } from '../../ui/useFormState';
import { ChangePasswordMutation } from './auth.documents';

export const MIN_PASSWORD_LENGTH = 12;

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };

const INITIAL_VALUES: PasswordValues = {
  currentPassword: '',
  newPassword: '',
  confirmPassword: '',
};

function validate(values: PasswordValues): FormErrors<PasswordValues> {
  return {
    currentPassword: values.currentPassword ? undefined : 'Enter your current password',
    newPassword:
      values.newPassword.length < MIN_PASSWORD_LENGTH
        ? `Use at least ${MIN_PASSWORD_LENGTH} characters`
        : values.newPassword === values.currentPassword
          ? 'Choose a password different from the current one'
          : undefined,
    confirmPassword:
      values.confirmPassword === values.newPassword ? undefined : 'The passwords do not match',
  };
}

/** Changes the signed-in user's own password; `onChanged` runs after it was changed. */
export function ProfileForm({ onChanged }: { onChanged?: () => void } = {}) {
  const form = useFormState(INITIAL_VALUES, validate);
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await changePassword({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (result.error) {
      const fields = fieldErrors(result.error);
      if (
        errorCode(result.error) === 'UNAUTHENTICATED' ||
        errorCode(result.error) === 'FORBIDDEN'
      ) {
        fields.currentPassword ??= errorMessage(result.error);
      }
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(result.error));
      return;
    }
    form.reset();
    onChanged?.();
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'Password changed',
      message: 'Use your new password the next time you sign in.',
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack gap="md" maw={420}>
        {formError ? <ErrorState title="Password not changed" message={formError} /> : null}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.inputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password or your email's name`}
          autoComplete="new-password"
          required
          {...form.inputProps('newPassword')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          {...form.inputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
