import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { CreateApiTokenMutation, Role } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { useFormState } from '../../ui/useFormState';
import { isRole, ROLE_DESCRIPTIONS, roleOptions, rolesUpTo } from '../auth';
import { CreateApiTokenMutation as CreateApiTokenDocument } from './tokens.documents';
import { type NewTokenValues, validateNewToken } from './tokenValidation';

type CreatedToken = CreateApiTokenMutation['createApiToken'];

interface CreateTokenModalProps {
  opened: boolean;
  /** The creator's role: the highest a new token may have. */
  maxRole: Role;
  onClose: () => void;
  onCreated: (created: CreatedToken) => void;
}

const EXPIRY_PRESETS = [7, 30, 90, 365];

export function CreateTokenModal({ opened, maxRole, onClose, onCreated }: CreateTokenModalProps) {
  const initialValues: NewTokenValues = { name: '', role: maxRole, expiresInDays: '30' };
  const form = useFormState(initialValues, validateNewToken);
  const [{ fetching }, createToken] = useMutation(CreateApiTokenDocument);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await createToken({
      input: {
        name: values.name.trim(),
        role: values.role,
        expiresInDays: Number(values.expiresInDays),
      },
    });
    if (result.error || !result.data) {
      const fields = fieldErrors(result.error);
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(result.error));
      return;
    }
    form.reset();
    setFormError(null);
    onCreated(result.data.createApiToken);
  });

  return (
    <Modal opened={opened} onClose={close} title="Create API token" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="Create API token">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            description="What will use it, so you recognise it later"
            placeholder="ci-deployer"
            required
            data-autofocus
            {...form.inputProps('name')}
          />
          <Select
            label="Role"
            description={`${ROLE_DESCRIPTIONS[form.values.role]}. A token can have at most your own role.`}
            required
            allowDeselect={false}
            data={roleOptions(rolesUpTo(maxRole))}
            value={form.values.role}
            onChange={(value) => {
              if (isRole(value)) form.setValue('role', value);
            }}
            error={form.errorFor('role')}
          />
          <NumberInput
            label="Expires after (days)"
            description={`1 to 365 days. Presets: ${EXPIRY_PRESETS.join(', ')}`}
            min={1}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            required
            value={form.values.expiresInDays}
            onChange={(value) => form.setValue('expiresInDays', String(value))}
            error={form.errorFor('expiresInDays')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
