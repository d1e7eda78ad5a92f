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
  /** The Gateway in front of it; both empty for none. */
  gatewayNamespace: string;
  gatewayName: string;
  reason: string;
};

/** The longest name Kubernetes takes for a namespace or a Gateway. */
const MAX_KUBERNETES_NAME = 63;

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
    ...validateGateway(values.gatewayNamespace, values.gatewayName),
    reason: values.reason.length > 1000 ? 'At most 1000 characters' : undefined,
  };
}

/** A Gateway's name is a DNS subdomain: labels joined by dots. */
function validateGatewayName(name: string): string | undefined {
  if (name.length > 253) return 'At most 253 characters';
  return /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)
    ? undefined
    : 'Lower-case letters, digits, - and ., starting and ending with a letter or digit';
}

/** A Gateway is named by both its namespace and its name, or not at all. */
function validateGateway(namespace: string, name: string) {
  const ns = namespace.trim();
  const gw = name.trim();
  if (!ns && !gw) return { gatewayNamespace: undefined, gatewayName: undefined };
  return {
    gatewayNamespace: ns
      ? validateDnsLabel(ns, MAX_KUBERNETES_NAME)
      : 'Enter the Gateway’s namespace too',
    gatewayName: gw ? validateGatewayName(gw) : 'Enter the Gateway’s name too',
  };
}

/** Whether `name` is a valid deployment name. */
export function isDnsLabel(name: string): boolean {
  return validateDnsLabel(name) === undefined;
}
