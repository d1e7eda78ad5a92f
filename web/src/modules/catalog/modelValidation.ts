import { dnsLabel, firstProblem } from '../../../../server/src/shared/validation.ts';
import type { FormErrors } from '../../ui/useFormState';

export type NewModelValues = {
  name: string;
  family: string;
  source: string;
  revision: string;
  license: string;
  parameterCountBillions: string;
  contextLength: string;
  gpuMemoryGiB: string;
};

const SOURCE = /^(hf:\/\/[\w.-]+\/[\w.-]+|ollama:\/\/[\w.-]+(:[\w.-]+)?)$/;

function positive(value: string): boolean {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) && n > 0;
}

export function validateNewModel(values: NewModelValues): FormErrors<NewModelValues> {
  const context = Number(values.contextLength);
  return {
    name: firstProblem(dnsLabel(), values.name),
    family: values.family.trim() ? undefined : 'Enter the model family, e.g. Qwen2.5',
    source: SOURCE.test(values.source.trim())
      ? undefined
      : 'Use hf://<org>/<repo> or ollama://<name>:<tag>',
    revision: values.revision.trim() ? undefined : 'Enter a commit hash or tag',
    license: values.license.trim() ? undefined : 'Enter the licence, e.g. Apache-2.0',
    parameterCountBillions: positive(values.parameterCountBillions)
      ? undefined
      : 'Enter the size in billions, e.g. 7 or 0.5',
    contextLength:
      Number.isInteger(context) && context >= 256
        ? undefined
        : 'Enter a whole number of at least 256',
    gpuMemoryGiB:
      values.gpuMemoryGiB.trim() !== '' && Number(values.gpuMemoryGiB) >= 0
        ? undefined
        : 'Enter GiB of GPU memory, e.g. 16',
  };
}
