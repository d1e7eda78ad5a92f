import { firstProblem, imageReference } from '../../../../server/src/shared/validation.ts';
import type { FormErrors } from '../../ui/useFormState';

export type NewReleaseValues = {
  runtime: string;
  image: string;
  maxModelLength: string;
  tensorParallelSize: string;
  gpuMemoryUtilization: string;
  dtype: string;
  quantization: string;
  gpus: string;
  gpuProduct: string;
  cpu: string;
  memory: string;
};

/** What the Create release form starts from. */
export const NEW_RELEASE_DEFAULTS: NewReleaseValues = {
  runtime: 'VLLM',
  image: '',
  maxModelLength: '',
  tensorParallelSize: '',
  gpuMemoryUtilization: '',
  dtype: '',
  quantization: '',
  gpus: '1',
  gpuProduct: '',
  cpu: '4',
  memory: '32Gi',
};

export interface EnvRow {
  key: number;
  name: string;
  secretName: string;
  secretKey: string;
}

const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function optionalInteger(value: string, min: number): boolean {
  if (value.trim() === '') return true;
  const n = Number(value);
  return Number.isInteger(n) && n >= min;
}

export function validateNewRelease(values: NewReleaseValues): FormErrors<NewReleaseValues> {
  const utilisation = Number(values.gpuMemoryUtilization);
  const gpus = Number(values.gpus);
  return {
    runtime: values.runtime ? undefined : 'Choose a runtime',
    image: firstProblem(imageReference, values.image),
    maxModelLength: optionalInteger(values.maxModelLength, 256) ? undefined : 'At least 256 tokens',
    tensorParallelSize: optionalInteger(values.tensorParallelSize, 1)
      ? undefined
      : 'A whole number of at least 1',
    gpuMemoryUtilization:
      values.gpuMemoryUtilization.trim() === '' || (utilisation > 0 && utilisation <= 1)
        ? undefined
        : 'A fraction above 0 and at most 1, e.g. 0.9',
    gpus:
      values.gpus.trim() !== '' && Number.isInteger(gpus) && gpus >= 0 && gpus <= 16
        ? undefined
        : 'A whole number from 0 to 16',
    cpu: QUANTITY.test(values.cpu.trim()) ? undefined : 'A Kubernetes quantity such as 4 or 500m',
    memory: QUANTITY.test(values.memory.trim()) ? undefined : 'A Kubernetes quantity such as 32Gi',
  };
}

export function validateEnvRow(
  row: EnvRow,
): Partial<Record<'name' | 'secretName' | 'secretKey', string>> {
  return {
    name: ENV_NAME.test(row.name) ? undefined : 'An environment variable name, e.g. HF_TOKEN',
    secretName: DNS_LABEL.test(row.secretName) ? undefined : 'A Secret name',
    secretKey: row.secretKey.trim() ? undefined : 'A key in the Secret',
  };
}

/** Where a server field error (`engine.dtype`, `resources.cpu`) shows in the form. */
export function formFieldOf(path: string): keyof NewReleaseValues | undefined {
  const last = path.split('.').at(-1);
  const fields: (keyof NewReleaseValues)[] = [
    'runtime',
    'image',
    'maxModelLength',
    'tensorParallelSize',
    'gpuMemoryUtilization',
    'dtype',
    'quantization',
    'gpus',
    'gpuProduct',
    'cpu',
    'memory',
  ];
  return path.startsWith('env.') ? undefined : fields.find((f) => f === last);
}
