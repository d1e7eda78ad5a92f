import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorCode, errorMessage, fieldErrors } from '../../ui/graphqlError';
import { useFormState } from '../../ui/useFormState';
import { isRole, ROLE_DESCRIPTIONS, ROLES, roleOptions } from '../auth';
import { CreateUserMutation } from './users.documents';
import { generatePassword, type NewUserValues, validateNewUser } from './userValidation';

const INITIAL_VALUES: NewUserValues = { email: '', name: '', role: 'VIEWER', password: '' };

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  const form = useFormState(INITIAL_VALUES, validateNewUser);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [passwordVisible, setPasswordVisible] = useState(false);

  const close = () => {
    form.reset();
    setFormError(null);
    setPasswordVisible(false);
    onClose();
  };

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
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(result.error));
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
    <Modal opened={opened} onClose={close} title="Create user" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="Create user">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          ) : null}
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
            value={form.values.role}
            onChange={(value) => {
              if (isRole(value)) form.setValue('role', value);
            }}
            description={ROLE_DESCRIPTIONS[form.values.role]}
            error={form.errorFor('role')}
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
          <Group justify="space-between" gap="sm" mt="xs">
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
            <Group gap="sm">
              <Button variant="default" onClick={close} disabled={fetching}>
                Cancel
              </Button>
              <Button type="submit" loading={fetching}>
                Create user
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
