import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ReleaseFieldsFragment, Runtime } from '../../generated/graphql';
import { FormButtons, FormError } from '../../ui/FormDialog';
import { errorMessage, fieldErrorsByPath } from '../../ui/graphqlError';
import { stateOptions } from '../../ui/stateStyle';
import { useFormState } from '../../ui/useFormState';
import { CreateReleaseMutation } from './catalog.documents';
import { ReleaseWarnings } from './ReleaseWarnings';
import {
  type EnvRow,
  formFieldOf,
  NEW_RELEASE_DEFAULTS,
  validateEnvRow,
  validateNewRelease,
} from './releaseValidation';
import { isRuntime, RUNTIME_STYLE } from './runtime';

const IMAGE_EXAMPLES: Record<Runtime, string> = {
  VLLM: 'vllm/vllm-openai:v0.10.1',
  TGI: 'ghcr.io/huggingface/text-generation-inference:3.3.4',
  LLAMA_CPP: 'ghcr.io/ggml-org/llama.cpp:server-cuda',
  SGLANG: 'lmsysorg/sglang:v0.4.9',
  OLLAMA: 'ollama/ollama:0.9.6',
};

function optionalNumber(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

function optionalText(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** The fields of a secret reference, in the order they show. */
const ENV_FIELDS = [
  { field: 'name', label: 'Variable', placeholder: 'HF_TOKEN' },
  { field: 'secretName', label: 'Secret name', placeholder: 'hf-token' },
  { field: 'secretKey', label: 'Key', placeholder: 'token' },
] as const;

interface CreateReleaseModalProps {
  model: { id: string; name: string } | null;
  onClose: () => void;
}

export function CreateReleaseModal({ model, onClose }: CreateReleaseModalProps) {
  const form = useFormState(NEW_RELEASE_DEFAULTS, validateNewRelease);
  const [env, setEnv] = useState<EnvRow[]>([]);
  const [envErrors, setEnvErrors] = useState<Record<string, string>>({});
  const [nextKey, setNextKey] = useState(1);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [result, setResult] = useState<{ release: ReleaseFieldsFragment; created: boolean } | null>(
    null,
  );
  const [{ fetching }, createRelease] = useMutation(CreateReleaseMutation);

  const close = () => {
    form.reset();
    setEnv([]);
    setEnvErrors({});
    setFormError(null);
    setSubmitted(false);
    setResult(null);
    onClose();
  };

  const envValid = env.every((row) => Object.values(validateEnvRow(row)).every((m) => !m));

  const submit = form.onSubmit(async (values) => {
    setSubmitted(true);
    if (!model || !envValid) return;
    setFormError(null);
    const response = await createRelease({
      input: {
        modelId: model.id,
        runtime: isRuntime(values.runtime) ? values.runtime : 'VLLM',
        image: values.image.trim(),
        engine: {
          maxModelLength: optionalNumber(values.maxModelLength),
          tensorParallelSize: optionalNumber(values.tensorParallelSize),
          gpuMemoryUtilization: optionalNumber(values.gpuMemoryUtilization),
          dtype: optionalText(values.dtype),
          quantization: optionalText(values.quantization),
        },
        resources: {
          gpus: Number(values.gpus),
          gpuProduct: optionalText(values.gpuProduct),
          cpu: values.cpu.trim(),
          memory: values.memory.trim(),
        },
        env: env.map((row) => ({
          name: row.name,
          secretRef: { name: row.secretName, key: row.secretKey },
        })),
      },
    });
    if (response.error || !response.data) {
      const byPath = fieldErrorsByPath(response.error);
      const formFields: Record<string, string> = {};
      const envFields: Record<string, string> = {};
      for (const [path, message] of Object.entries(byPath)) {
        const field = formFieldOf(path);
        if (field) formFields[field] = message;
        else if (path.startsWith('env.'))
          envFields[path.replace('.secretRef.', '.secret')] = message;
      }
      form.setServerErrors(formFields);
      setEnvErrors(envFields);
      if (Object.keys(byPath).length === 0) setFormError(errorMessage(response.error));
      return;
    }
    const payload = response.data.createRelease;
    setResult(payload);
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: payload.created ? 'Release created' : 'Release already existed',
      message: payload.created
        ? `${payload.release.id} is ready to deploy.`
        : `An identical release exists: ${payload.release.id}. Releases are content-addressed.`,
    });
  });

  const setEnvField = (key: number, field: 'name' | 'secretName' | 'secretKey', value: string) => {
    setEnv((rows) => rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    setEnvErrors({});
  };

  const runtime = isRuntime(form.values.runtime) ? form.values.runtime : 'VLLM';

  return (
    <Modal
      opened={model !== null}
      onClose={close}
      title={result ? 'Release ready' : `Create a release of ${model?.name ?? ''}`}
      size="xl"
      centered
    >
      {result ? (
        <Stack gap="md" data-testid="release-result">
          <Text size="sm">
            {result.created
              ? 'The release was created. Its id is derived from its content:'
              : 'An identical release already existed, so nothing new was created:'}
          </Text>
          <Text ff="monospace" fw={600} data-testid="release-id">
            {result.release.id}
          </Text>
          {result.release.warnings.length > 0 ? (
            <ReleaseWarnings warnings={result.release.warnings} title="Warnings" />
          ) : (
            <Alert color="green" variant="light">
              No warnings: the image is pinned by digest and the model by commit.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Create release">
          <Stack gap="md">
            <FormError error={formError} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Select
                label="Runtime"
                required
                allowDeselect={false}
                data={stateOptions(RUNTIME_STYLE)}
                {...form.selectProps('runtime')}
              />
              <TextInput
                label="Image"
                required
                autoComplete="off"
                placeholder={IMAGE_EXAMPLES[runtime]}
                description="Pin by digest (@sha256:…); a tag alone gets a warning."
                style={{ gridColumn: 'span 2' }}
                {...form.inputProps('image')}
              />
            </SimpleGrid>
            <Divider label="Engine" labelPosition="left" />
            <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
              <TextInput
                label="Max model length"
                placeholder="8192"
                inputMode="numeric"
                {...form.inputProps('maxModelLength')}
              />
              <TextInput
                label="Tensor parallel"
                placeholder="1"
                inputMode="numeric"
                {...form.inputProps('tensorParallelSize')}
              />
              <TextInput
                label="GPU memory utilisation"
                placeholder="0.9"
                inputMode="decimal"
                {...form.inputProps('gpuMemoryUtilization')}
              />
              <TextInput label="Dtype" placeholder="bfloat16" {...form.inputProps('dtype')} />
              <TextInput
                label="Quantisation"
                placeholder="awq"
                {...form.inputProps('quantization')}
              />
            </SimpleGrid>
            <Divider label="Resources per replica" labelPosition="left" />
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
              <TextInput label="GPUs" required inputMode="numeric" {...form.inputProps('gpus')} />
              <TextInput
                label="GPU product"
                placeholder="NVIDIA-A100-SXM4-80GB"
                description="Optional node label"
                {...form.inputProps('gpuProduct')}
              />
              <TextInput label="CPU" required placeholder="4" {...form.inputProps('cpu')} />
              <TextInput
                label="Memory"
                required
                placeholder="32Gi"
                {...form.inputProps('memory')}
              />
            </SimpleGrid>
            <Divider label="Environment (secrets by reference only)" labelPosition="left" />
            {env.map((row, index) => {
              const errors = submitted ? validateEnvRow(row) : {};
              return (
                <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
                  {ENV_FIELDS.map(({ field, label, placeholder }) => (
                    <TextInput
                      key={field}
                      label={label}
                      placeholder={placeholder}
                      flex={1}
                      value={row[field]}
                      onChange={(e) => setEnvField(row.key, field, e.currentTarget.value)}
                      error={envErrors[`env.${index}.${field.toLowerCase()}`] ?? errors[field]}
                    />
                  ))}
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={26}
                    aria-label={`Remove ${row.name || 'variable'}`}
                    onClick={() => setEnv((rows) => rows.filter((r) => r.key !== row.key))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                onClick={() => {
                  setEnv((rows) => [
                    ...rows,
                    { key: nextKey, name: '', secretName: '', secretKey: '' },
                  ]);
                  setNextKey((k) => k + 1);
                }}
              >
                Add a secret reference
              </Button>
            </Group>
            <FormButtons onCancel={close} submitLabel="Create release" busy={fetching} mt="xs" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
