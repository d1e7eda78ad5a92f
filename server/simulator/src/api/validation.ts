import { parseQuantity, QUANTITY_PATTERN } from '../store/quantity.ts';
import { matchesLabels, requirementsFromSelector } from '../store/selectors.ts';
import type { Container, KubeObject, LabelSelector, PodSpec } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { StatusCause } from './errors.ts';
import type { ResourceDef } from './resources.ts';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export class FieldErrors {
  readonly causes: StatusCause[] = [];

  invalid(field: string, value: unknown, detail: string): void {
    this.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${show(value)}: ${detail}`,
      field,
    });
  }

  required(field: string, detail?: string): void {
    this.causes.push({
      reason: 'FieldValueRequired',
      message: detail ? `Required value: ${detail}` : 'Required value',
      field,
    });
  }

  notSupported(field: string, value: unknown, supported: string[]): void {
    this.causes.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: ${show(value)}: supported values: ${supported.join(', ')}`,
      field,
    });
  }

  forbidden(field: string, detail: string): void {
    this.causes.push({ reason: 'FieldValueForbidden', message: `Forbidden: ${detail}`, field });
  }

  duplicate(field: string, value: unknown): void {
    this.causes.push({
      reason: 'FieldValueDuplicate',
      message: `Duplicate value: ${show(value)}`,
      field,
    });
  }
}

export function checkName(
  errors: FieldErrors,
  rule: ResourceDef['nameRule'],
  name: string,
  field: string,
): void {
  if (rule === 'path') {
    if (name.includes('/') || name.includes('%') || name === '.' || name === '..') {
      errors.invalid(field, name, "may not contain '/' or '%'");
    }
    return;
  }
  if (rule === 'label' && (!LABEL.test(name) || name.length > 63)) {
    errors.invalid(
      field,
      name,
      name.length > 63 ? 'must be no more than 63 characters' : LABEL_MSG,
    );
  } else if (rule === 'dns1035' && (!DNS1035.test(name) || name.length > 63)) {
    errors.invalid(
      field,
      name,
      name.length > 63 ? 'must be no more than 63 characters' : DNS1035_MSG,
    );
  } else if (rule === 'subdomain' && (!SUBDOMAIN.test(name) || name.length > 253)) {
    errors.invalid(
      field,
      name,
      name.length > 253 ? 'must be no more than 253 characters' : SUBDOMAIN_MSG,
    );
  }
}

function checkLabels(errors: FieldErrors, labels: unknown, field: string): void {
  if (labels === undefined || labels === null) return;
  if (!isRecord(labels)) {
    errors.invalid(field, labels, 'must be a map of strings');
    return;
  }
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value !== 'string')
      errors.invalid(`${field}`, value, 'label values must be strings');
    else if (
      value.length > 63 ||
      (value !== '' && !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value))
    ) {
      errors.invalid(
        `${field}`,
        value,
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      );
    }
    if (key.length === 0) errors.invalid(field, key, 'name part must be non-empty');
  }
}

function checkResources(errors: FieldErrors, container: Container, path: string): void {
  const resources = container.resources;
  if (!resources) return;
  const parsed: Record<'requests' | 'limits', Record<string, number>> = {
    requests: {},
    limits: {},
  };
  for (const kind of ['requests', 'limits'] as const) {
    const list = resources[kind];
    if (!list) continue;
    for (const [name, raw] of Object.entries(list)) {
      const field = `${path}.resources.${kind}[${name}]`;
      const value = parseQuantity(raw);
      if (value === undefined) {
        errors.invalid(
          field,
          raw,
          `quantities must match the regular expression '${QUANTITY_PATTERN}'`,
        );
        continue;
      }
      if (value < 0) errors.invalid(field, raw, 'must be greater than or equal to 0');
      parsed[kind][name] = value;
    }
  }
  for (const [name, request] of Object.entries(parsed.requests)) {
    const limit = parsed.limits[name];
    if (limit !== undefined && request > limit) {
      errors.invalid(
        `${path}.resources.requests`,
        resources.requests?.[name],
        `must be less than or equal to ${name} limit of ${resources.limits?.[name]}`,
      );
    }
  }
  if (
    parsed.requests['nvidia.com/gpu'] !== undefined &&
    parsed.limits['nvidia.com/gpu'] === undefined
  ) {
    errors.required(
      `${path}.resources.limits`,
      'Limit must be set for non overcommitable resources',
    );
  }
}

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

export function checkPodSpec(errors: FieldErrors, spec: PodSpec | undefined, path: string): void {
  if (!spec || !Array.isArray(spec.containers) || spec.containers.length === 0) {
    errors.required(`${path}.containers`);
    return;
  }
  const names = new Set<string>();
  spec.containers.forEach((container, index) => {
    const cpath = `${path}.containers[${index}]`;
    if (!container.name) errors.required(`${cpath}.name`);
    else {
      if (!LABEL.test(container.name)) errors.invalid(`${cpath}.name`, container.name, LABEL_MSG);
      if (names.has(container.name)) errors.duplicate(`${cpath}.name`, container.name);
      names.add(container.name);
    }
    if (!container.image) errors.required(`${cpath}.image`);
    (container.ports ?? []).forEach((port, pi) => {
      const p = port.containerPort;
      if (typeof p !== 'number' || p < 1 || p > 65535) {
        errors.invalid(
          `${cpath}.ports[${pi}].containerPort`,
          p,
          'must be between 1 and 65535, inclusive',
        );
      }
      if (port.protocol && !PROTOCOLS.includes(port.protocol)) {
        errors.notSupported(`${cpath}.ports[${pi}].protocol`, port.protocol, PROTOCOLS);
      }
    });
    checkResources(errors, container, cpath);
  });
  const policy = spec.restartPolicy;
  if (policy !== undefined && !['Always', 'OnFailure', 'Never'].includes(policy)) {
    errors.notSupported(`${path}.restartPolicy`, policy, ['Always', 'OnFailure', 'Never']);
  }
}

function checkSelector(
  errors: FieldErrors,
  selector: LabelSelector | undefined,
  labels: Record<string, string> | undefined,
  path: string,
): void {
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) {
    errors.required(`${path}.selector`);
    return;
  }
  if (!matchesLabels(requirementsFromSelector(selector), labels)) {
    const shown = `map[string]string{${Object.entries(labels ?? {})
      .map(([k, v]) => `"${k}":"${v}"`)
      .join(', ')}}`;
    errors.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${shown}: \`selector\` does not match template \`labels\``,
      field: `${path}.template.metadata.labels`,
    });
  }
}

function checkReplicas(errors: FieldErrors, spec: Record<string, unknown>, path: string): void {
  const replicas = spec.replicas;
  if (
    replicas !== undefined &&
    (typeof replicas !== 'number' || replicas < 0 || !Number.isInteger(replicas))
  ) {
    errors.invalid(`${path}.replicas`, replicas, 'must be greater than or equal to 0');
  }
}

/** Validates one object of a kind; returns the causes of a 422 Invalid answer (empty when valid). */
export function validateObject(def: ResourceDef, obj: KubeObject, old?: KubeObject): StatusCause[] {
  const errors = new FieldErrors();
  const name = obj.metadata.name;
  if (!name) {
    errors.required('metadata.name', 'name or generateName is required');
  } else checkName(errors, def.nameRule, name, 'metadata.name');
  checkLabels(errors, obj.metadata.labels, 'metadata.labels');
  const spec = isRecord(obj.spec) ? obj.spec : undefined;
  // A custom kind is checked by its schema, whatever its kind is named.
  switch (def.custom ? '' : def.kind) {
    case 'Pod':
      checkPodSpec(errors, spec as PodSpec | undefined, 'spec');
      break;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet': {
      if (!spec) {
        errors.required('spec');
        break;
      }
      checkReplicas(errors, spec, 'spec');
      const template = isRecord(spec.template) ? spec.template : undefined;
      const templateMeta = isRecord(template?.metadata) ? template.metadata : undefined;
      checkSelector(
        errors,
        spec.selector as LabelSelector | undefined,
        templateMeta?.labels as Record<string, string> | undefined,
        'spec',
      );
      checkLabels(errors, templateMeta?.labels, 'spec.template.metadata.labels');
      checkPodSpec(errors, template?.spec as PodSpec | undefined, 'spec.template.spec');
      if (
        old &&
        isRecord(old.spec) &&
        JSON.stringify(old.spec.selector) !== JSON.stringify(spec.selector)
      ) {
        errors.invalid('spec.selector', 'v1.LabelSelector', 'field is immutable');
      }
      break;
    }
    case 'Service': {
      const ports = Array.isArray(spec?.ports) ? (spec.ports as Record<string, unknown>[]) : [];
      ports.forEach((port, index) => {
        if (typeof port.port !== 'number' || port.port < 1 || port.port > 65535) {
          errors.invalid(
            `spec.ports[${index}].port`,
            port.port,
            'must be between 1 and 65535, inclusive',
          );
        }
        if (port.protocol !== undefined && !PROTOCOLS.includes(String(port.protocol))) {
          errors.notSupported(`spec.ports[${index}].protocol`, port.protocol, PROTOCOLS);
        }
      });
      const ip = spec?.clusterIP;
      if (
        typeof ip === 'string' &&
        ip !== '' &&
        ip !== 'None' &&
        !/^(\d{1,3}\.){3}\d{1,3}$/.test(ip)
      ) {
        errors.invalid('spec.clusterIP', ip, "must be empty, 'None', or a valid IP address");
      }
      break;
    }
    default:
      break;
  }
  return errors.causes;
}
