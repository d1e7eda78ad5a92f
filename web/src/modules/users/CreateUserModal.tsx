import { Button, PasswordInput, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import { FormDialog } from '../../ui/FormDialog';
import { errorCode, errorMessage, fieldErrors } from '../../ui/graphqlError';
import { useFormDialog } from '../../ui/useFormState';
import { ROLE_DESCRIPTIONS, ROLES, roleOptions } from '../auth';
import { CreateUserMutation } from './users.documents';
import { generatePassword, type NewUserValues, validateNewUser } from './userValidation';

const INITIAL_VALUES: NewUserValues = { email: '', name: '', role: 'VIEWER', password: '' };

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  const [passwordVisible, setPasswordVisible] = useState(false);
  const { form, setFormError, close, showError, dialog } = useFormDialog(
    INITIAL_VALUES,
    validateNewUser,
    () => {
      setPasswordVisible(false);
      onClose();
    },
  );
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await createUser({
      input: {
        email: values.email.trim(),
        name: values.name.trim(),
        role: values.role,
        password: values.password,
      },
    });
    if (result.error) {
      const fields = fieldErrors(result.error);
      if (errorCode(result.error) === 'CONFLICT' && !fields.email) {
        fields.email = errorMessage(result.error);
      }
      showError(result.error, fields);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'User created',
      message: `${values.email.trim()} can now sign in.`,
    });
    close();
  });

  return (
    <FormDialog
      {...dialog(opened, submit, fetching)}
      title="Create user"
      footerMt="xs"
      footerStart={
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconWand size={16} />}
          onClick={() => {
            form.setValue('password', generatePassword());
            setPasswordVisible(true);
          }}
        >
          Generate a strong password
        </Button>
      }
    >
      <TextInput
        label="Email"
        type="email"
        autoComplete="off"
        placeholder="name@company.com"
        required
        data-autofocus
        {...form.inputProps('email')}
      />
      <TextInput
        label="Name"
        autoComplete="off"
        placeholder="Ada Lovelace"
        required
        {...form.inputProps('name')}
      />
      <Select
        label="Role"
        required
        allowDeselect={false}
        data={roleOptions(ROLES)}
        {...form.selectProps('role')}
        description={ROLE_DESCRIPTIONS[form.values.role]}
      />
      <PasswordInput
        label="Initial password"
        description="At least 12 characters. Hand it over through a safe channel."
        autoComplete="new-password"
        required
        visible={passwordVisible}
        onVisibilityChange={setPasswordVisible}
        {...form.inputProps('password')}
      />
    </FormDialog>
  );
}
