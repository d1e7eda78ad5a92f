import type { FormErrors } from '../../ui/useFormState';

export type NewDeploymentValues = {
  namespace: string;
  name: string;
  environment: string;
  modelId: string;
  releaseId: string;
  replicas: string;
  strategy: string;
  sloErrorRatio: string;
  sloTtftP95Ms: string;
  reason: string;
};

export const DNS_LABEL_RULE =
  'Lower-case letters, digits and -, starting and ending with a letter or digit; at most 56 characters.';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function validateDnsLabel(name: string, max = 56): string | undefined {
  if (!name) return 'Enter a name';
  if (name.length > max) return `At most ${max} characters (${name.length} so far)`;
  if (/[A-Z]/.test(name)) return 'Use lower-case letters only';
  if (!DNS_LABEL.test(name)) {
    if (/^-|-$/.test(name)) return 'Start and end with a letter or digit';
    return 'Use only lower-case letters, digits and -';
  }
  return undefined;
}

function integerIn(value: string, min: number, max: number): boolean {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
}

export function validateNewDeployment(
  values: NewDeploymentValues,
): FormErrors<NewDeploymentValues> {
  const ratio = Number(values.sloErrorRatio);
  return {
    namespace: values.namespace ? undefined : 'Choose a namespace',
    name: validateDnsLabel(values.name),
    environment: values.environment ? undefined : 'Choose an environment',
    modelId: values.modelId ? undefined : 'Choose a model',
    releaseId: values.releaseId ? undefined : 'Choose a release of the model',
    replicas: integerIn(values.replicas, 0, 64) ? undefined : 'Enter a whole number from 0 to 64',
    sloErrorRatio:
      values.sloErrorRatio.trim() === '' || (ratio > 0 && ratio < 1)
        ? undefined
        : 'Enter a ratio between 0 and 1, e.g. 0.01',
    sloTtftP95Ms:
      values.sloTtftP95Ms.trim() === '' || integerIn(values.sloTtftP95Ms, 1, 600_000)
        ? undefined
        : 'Enter milliseconds, from 1 to 600000',
    reason: values.reason.length > 1000 ? 'At most 1000 characters' : undefined,
  };
}

/** Whether `name` is a valid deployment name. */
export function isDnsLabel(name: string): boolean {
  return validateDnsLabel(name) === undefined;
}
