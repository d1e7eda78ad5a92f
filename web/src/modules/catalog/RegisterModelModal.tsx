import { SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMutation } from 'urql';
import { FormDialog } from '../../ui/FormDialog';
import { useFormDialog } from '../../ui/useFormState';
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
  const { form, submitWith, dialog } = useFormDialog(INITIAL_VALUES, validateNewModel, onClose);
  const [{ fetching }, register] = useMutation(RegisterModelMutation);

  const submit = submitWith(
    (values) =>
      register({
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
      }),
    ({ registerModel: { model } }) => {
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: 'Model registered',
        message: `${model.name} is in the catalog; cut a release to deploy it.`,
      });
      form.reset();
      onRegistered(model.id);
    },
  );

  return (
    <FormDialog {...dialog(opened, submit, fetching)} title="Register model" footerMt="xs">
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
        <TextInput label="Family" required placeholder="Qwen2.5" {...form.inputProps('family')} />
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
    </FormDialog>
  );
}
