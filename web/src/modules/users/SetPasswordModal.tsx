import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { UserFieldsFragment } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { type FormErrors, useFormState } from '../../ui/useFormState';
import { SetUserPasswordMutation } from './users.documents';
import { validatePassword } from './userValidation';

type PasswordValues = { password: string };
const INITIAL_VALUES: PasswordValues = { password: '' };

function validate(values: PasswordValues): FormErrors<PasswordValues> {
  return { password: validatePassword(values.password) };
}

interface SetPasswordModalProps {
  user: UserFieldsFragment | null;
  onClose: () => void;
}

export function SetPasswordModal({ user, onClose }: SetPasswordModalProps) {
  const form = useFormState(INITIAL_VALUES, validate);
  const [{ fetching }, setUserPassword] = useMutation(SetUserPasswordMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    if (!user) return;
    setFormError(null);
    const result = await setUserPassword({ input: { id: user.id, password: values.password } });
    if (result.error) {
      const fields = fieldErrors(result.error);
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'Password set',
      message: `${user.email} can sign in with the new password.`,
    });
    close();
  });

  return (
    <Modal opened={user !== null} onClose={close} title="Set password" centered>
      <form onSubmit={submit} noValidate aria-label="Set password">
        <Stack gap="md">
          <Text size="sm">
            Set a new password for <b>{user?.email}</b>.
          </Text>
          <PasswordInput
            label="New password"
            description="At least 12 characters"
            autoComplete="new-password"
            required
            data-autofocus
            {...form.inputProps('password')}
          />
          {formError ? (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching}>
              Set password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
