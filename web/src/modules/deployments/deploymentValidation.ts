import type { z } from 'zod';
import {
  dnsLabel,
  firstProblem,
  MAX_DEPLOYMENT_NAME,
  replicas,
  sloErrorRatio,
  sloTtftP95Ms,
} from '../../../../server/src/shared/validation.ts';
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

export function validateDnsLabel(name: string, max = MAX_DEPLOYMENT_NAME): string | undefined {
  return firstProblem(dnsLabel(max), name);
}

/** A number typed in a box: nothing typed is not a number. */
function typed(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** What is wrong with an optional number: nothing when left empty. */
function optional(schema: z.ZodType, text: string): string | undefined {
  return text.trim() === '' ? undefined : firstProblem(schema, Number(text));
}

export function validateNewDeployment(
  values: NewDeploymentValues,
): FormErrors<NewDeploymentValues> {
  return {
    namespace: values.namespace ? undefined : 'Choose a namespace',
    name: validateDnsLabel(values.name),
    environment: values.environment ? undefined : 'Choose an environment',
    modelId: values.modelId ? undefined : 'Choose a model',
    releaseId: values.releaseId ? undefined : 'Choose a release of the model',
    replicas: firstProblem(replicas, typed(values.replicas)),
    sloErrorRatio: optional(sloErrorRatio, values.sloErrorRatio),
    sloTtftP95Ms: optional(sloTtftP95Ms, values.sloTtftP95Ms),
    reason: values.reason.length > 1000 ? 'At most 1000 characters' : undefined,
  };
}

/** Whether `name` is a valid deployment name. */
export function isDnsLabel(name: string): boolean {
  return validateDnsLabel(name) === undefined;
}
