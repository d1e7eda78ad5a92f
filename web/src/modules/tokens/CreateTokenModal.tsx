import { NumberInput, Select, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import type { CreateApiTokenMutation, Role } from '../../generated/graphql';
import { FormDialog } from '../../ui/FormDialog';
import { useFormDialog } from '../../ui/useFormState';
import { ROLE_DESCRIPTIONS, roleOptions, rolesUpTo } from '../auth';
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
  const { form, setFormError, submitWith, dialog } = useFormDialog(
    initialValues,
    validateNewToken,
    onClose,
  );
  const [{ fetching }, createToken] = useMutation(CreateApiTokenDocument);

  const submit = submitWith(
    (values) =>
      createToken({
        input: {
          name: values.name.trim(),
          role: values.role,
          expiresInDays: Number(values.expiresInDays),
        },
      }),
    (data) => {
      form.reset();
      setFormError(null);
      onCreated(data.createApiToken);
    },
  );

  return (
    <FormDialog
      {...dialog(opened, submit, fetching)}
      title="Create API token"
      submitLabel="Create token"
    >
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
        {...form.selectProps('role')}
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
    </FormDialog>
  );
}
