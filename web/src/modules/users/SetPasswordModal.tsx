import { PasswordInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMutation } from 'urql';
import type { UserFieldsFragment } from '../../generated/graphql';
import { FormDialog } from '../../ui/FormDialog';
import { type FormErrors, useFormDialog } from '../../ui/useFormState';
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
  const { form, setFormError, close, showError, dialog } = useFormDialog(
    INITIAL_VALUES,
    validate,
    onClose,
  );
  const [{ fetching }, setUserPassword] = useMutation(SetUserPasswordMutation);

  const submit = form.onSubmit(async (values) => {
    if (!user) return;
    setFormError(null);
    const result = await setUserPassword({ input: { id: user.id, password: values.password } });
    if (result.error) {
      showError(result.error);
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
    <FormDialog
      {...dialog(user !== null, submit, fetching)}
      title="Set password"
      size="md"
      errorStyle="line"
    >
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
    </FormDialog>
  );
}
