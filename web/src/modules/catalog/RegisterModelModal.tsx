import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../ui/graphqlError';
import { useFormState } from '../../ui/useFormState';
import { RegisterModelMutation } from './catalog.documents';
import { type NewModelValues, validateNewModel } from './modelValidation';

const INITIAL_VALUES: NewModelValues = {
  name: '',
  family: '',
  source: '',
  revision: '',
  license: '',
  parameterCountBillions: '',
  contextLength: '',
  gpuMemoryGiB: '',
};

interface RegisterModelModalProps {
  opened: boolean;
  onClose: () => void;
  onRegistered: (modelId: string) => void;
}

export function RegisterModelModal({ opened, onClose, onRegistered }: RegisterModelModalProps) {
  const form = useFormState(INITIAL_VALUES, validateNewModel);
  const [{ fetching }, register] = useMutation(RegisterModelMutation);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await register({
      input: {
        name: values.name,
        family: values.family.trim(),
        source: values.source.trim(),
        revision: values.revision.trim(),
        license: values.license.trim(),
        parameterCountBillions: Number(values.parameterCountBillions),
        contextLength: Number(values.contextLength),
        gpuMemoryGiB: Number(values.gpuMemoryGiB),
      },
    });
    if (result.error || !result.data) {
      const fields = fieldErrors(result.error);
      form.setServerErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(result.error));
      return;
    }
    const model = result.data.registerModel.model;
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: 'Model registered',
      message: `${model.name} is in the catalog; cut a release to deploy it.`,
    });
    form.reset();
    onRegistered(model.id);
  });

  return (
    <Modal opened={opened} onClose={close} title="Register model" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="Register model">
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          ) : null}
          <SimpleGrid cols={2} spacing="md">
            <TextInput
              label="Name"
              required
              placeholder="qwen2-5-7b-instruct"
              description="Lower-case letters, digits and -"
              data-autofocus
              autoComplete="off"
              {...form.inputProps('name')}
            />
            <TextInput
              label="Family"
              required
              placeholder="Qwen2.5"
              {...form.inputProps('family')}
            />
          </SimpleGrid>
          <TextInput
            label="Source"
            required
            placeholder="hf://Qwen/Qwen2.5-7B-Instruct"
            description="hf://<org>/<repo> or ollama://<name>:<tag>"
            {...form.inputProps('source')}
          />
          <SimpleGrid cols={2} spacing="md">
            <TextInput
              label="Revision"
              required
              placeholder="Commit hash"
              description="A commit hash cannot move; a branch can."
              {...form.inputProps('revision')}
            />
            <TextInput
              label="Licence"
              required
              placeholder="Apache-2.0"
              {...form.inputProps('license')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="md">
            <TextInput
              label="Parameters (billions)"
              required
              inputMode="decimal"
              placeholder="7"
              {...form.inputProps('parameterCountBillions')}
            />
            <TextInput
              label="Context length"
              required
              inputMode="numeric"
              placeholder="32768"
              {...form.inputProps('contextLength')}
            />
            <TextInput
              label="GPU memory (GiB)"
              required
              inputMode="decimal"
              placeholder="16"
              {...form.inputProps('gpuMemoryGiB')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close} disabled={fetching}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching}>
              Register model
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
