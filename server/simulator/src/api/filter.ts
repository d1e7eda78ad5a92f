import type { FieldRequirement, LabelRequirement } from '../store/selectors.ts';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  SelectorError,
} from '../store/selectors.ts';
import type { KubeObject } from '../store/types.ts';
import { supportedField } from './convert.ts';
import { badRequest } from './errors.ts';
import type { ResourceDef } from './resources.ts';

export interface ObjectFilter {
  namespace?: string;
  labels: LabelRequirement[];
  fields: FieldRequirement[];
}

/** Parses `labelSelector` and `fieldSelector`, answering 400 as the API server does for bad ones. */
export function parseFilter(
  def: ResourceDef,
  namespace: string | undefined,
  query: URLSearchParams,
): ObjectFilter {
  let labels: LabelRequirement[];
  let fields: FieldRequirement[];
  try {
    labels = parseLabelSelector(query.get('labelSelector'));
    fields = parseFieldSelector(query.get('fieldSelector'));
  } catch (err) {
    if (err instanceof SelectorError) throw badRequest(err.message);
    throw err;
  }
  const mapped = fields.map((f) => {
    const field = supportedField(def, f.field);
    if (!field) throw badRequest(`field label not supported: ${f.field}`);
    return { ...f, field };
  });
  return { ...(namespace !== undefined ? { namespace } : {}), labels, fields: mapped };
}

export function matchesFilter(filter: ObjectFilter, obj: KubeObject): boolean {
  if (filter.namespace !== undefined && obj.metadata.namespace !== filter.namespace) return false;
  if (filter.labels.length > 0 && !matchesLabels(filter.labels, obj.metadata.labels)) return false;
  if (filter.fields.length > 0 && !matchesFields(filter.fields, obj)) return false;
  return true;
}

interface ContinueToken {
  rv: number;
  start: string;
}

export function encodeContinue(token: ContinueToken): string {
  return Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv: token.rv, start: token.start }),
  ).toString('base64url');
}

export function decodeContinue(text: string): ContinueToken {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (typeof parsed.rv === 'number' && typeof parsed.start === 'string')
      return { rv: parsed.rv, start: parsed.start };
  } catch {
    // fall through to the error below
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

export function objectKey(obj: KubeObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}
