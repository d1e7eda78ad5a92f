import type { KubeObject, LabelSelector } from './types.ts';

/** One parsed requirement of a label selector (the string form used in `?labelSelector=`). */
export interface LabelRequirement {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!' | '=' | '!=';
  values: string[];
}

export class SelectorError extends Error {}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function parseLabelSelector(text: string | null | undefined): LabelRequirement[] {
  if (!text) return [];
  return splitTopLevel(text).map((part) => {
    const set = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
    if (set?.[1] && set[2]) {
      const values = (set[3] ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v.length > 0);
      return checkKey({ key: set[1], op: set[2] === 'in' ? 'in' : 'notin', values });
    }
    const neq = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(part);
    if (neq?.[1] !== undefined) return checkKey({ key: neq[1], op: '!=', values: [neq[2] ?? ''] });
    const eq = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(part);
    if (eq?.[1] !== undefined) return checkKey({ key: eq[1], op: '=', values: [eq[2] ?? ''] });
    const not = /^!\s*(\S+)$/.exec(part);
    if (not?.[1]) return checkKey({ key: not[1], op: '!', values: [] });
    if (/^\S+$/.test(part)) return checkKey({ key: part, op: 'exists', values: [] });
    throw new SelectorError(
      `unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`,
    );
  });
}

function checkKey(req: LabelRequirement): LabelRequirement {
  if (!KEY.test(req.key)) {
    throw new SelectorError(
      `unable to parse requirement: <nil>: Invalid value: "${req.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    );
  }
  return req;
}

export function matchesLabels(
  requirements: readonly LabelRequirement[],
  labels: Record<string, string> | undefined,
): boolean {
  for (const req of requirements) {
    const value = labels?.[req.key];
    switch (req.op) {
      case '=':
        if (value !== req.values[0]) return false;
        break;
      case '!=':
        if (value === req.values[0]) return false;
        break;
      case 'in':
        if (value === undefined || !req.values.includes(value)) return false;
        break;
      case 'notin':
        if (value !== undefined && req.values.includes(value)) return false;
        break;
      case 'exists':
        if (value === undefined) return false;
        break;
      case '!':
        if (value !== undefined) return false;
        break;
    }
  }
  return true;
}

/** Converts a metav1.LabelSelector (matchLabels/matchExpressions) into requirements. */
export function requirementsFromSelector(selector: LabelSelector | undefined): LabelRequirement[] {
  const reqs: LabelRequirement[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) {
    reqs.push({ key, op: '=', values: [value] });
  }
  for (const expr of selector?.matchExpressions ?? []) {
    const op = expr.operator;
    if (op === 'In') reqs.push({ key: expr.key, op: 'in', values: expr.values ?? [] });
    else if (op === 'NotIn') reqs.push({ key: expr.key, op: 'notin', values: expr.values ?? [] });
    else if (op === 'Exists') reqs.push({ key: expr.key, op: 'exists', values: [] });
    else if (op === 'DoesNotExist') reqs.push({ key: expr.key, op: '!', values: [] });
  }
  return reqs;
}

export function selectorToString(selector: LabelSelector | undefined): string {
  return requirementsFromSelector(selector)
    .map((r) => {
      if (r.op === '=') return `${r.key}=${r.values[0] ?? ''}`;
      if (r.op === 'in' || r.op === 'notin') return `${r.key} ${r.op} (${r.values.join(',')})`;
      if (r.op === 'exists') return r.key;
      return `!${r.key}`;
    })
    .join(',');
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

export function parseFieldSelector(text: string | null | undefined): FieldRequirement[] {
  if (!text) return [];
  return splitTopLevel(text).map((part) => {
    const neq = /^([^!=]+)!=(.*)$/.exec(part);
    if (neq?.[1]) return { field: neq[1].trim(), op: '!=' as const, value: (neq[2] ?? '').trim() };
    const eq = /^([^!=]+)==?(.*)$/.exec(part);
    if (eq?.[1]) return { field: eq[1].trim(), op: '=' as const, value: (eq[2] ?? '').trim() };
    throw new SelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
  });
}

/** Reads a dotted field path such as `spec.nodeName` or `involvedObject.name` from an object. */
export function fieldValue(obj: KubeObject, path: string): string {
  let current: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return '';
    current = (current as Record<string, unknown>)[part];
  }
  if (current === undefined || current === null) return '';
  return String(current);
}

export function matchesFields(requirements: readonly FieldRequirement[], obj: KubeObject): boolean {
  for (const req of requirements) {
    const value = fieldValue(obj, req.field);
    if (req.op === '=' && value !== req.value) return false;
    if (req.op === '!=' && value === req.value) return false;
  }
  return true;
}
