import { isRecord } from '../store/types.ts';
import type { Schema } from './crd.types.ts';
import type { FieldErrors } from './validation.ts';

export type { Schema } from './crd.types.ts';

const OBJECT_META = new Set(['apiVersion', 'kind', 'metadata']);

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function preserves(schema: Schema): boolean {
  return schema['x-kubernetes-preserve-unknown-fields'] === true;
}

/**
 * The paths of the fields a value has that its schema does not declare (`spec.foo`,
 * `spec.rules[0].bar`), in the form `dropFields` removes them by.
 */
export function undeclaredFields(schema: Schema, value: unknown, path = '', root = true): string[] {
  const out: string[] = [];
  walk(schema, value, path, root, out);
  return out;
}

function walk(schema: Schema, value: unknown, path: string, root: boolean, out: string[]): void {
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items) for (const [i, v] of value.entries()) walk(items, v, `${path}[${i}]`, false, out);
    return;
  }
  if (!isRecord(value)) return;
  const properties = schema.properties ?? {};
  const additional = isRecord(schema.additionalProperties)
    ? (schema.additionalProperties as Schema)
    : undefined;
  const embedded = root || schema['x-kubernetes-embedded-resource'] === true;
  for (const [key, child] of Object.entries(value)) {
    const here = join(path, key);
    if (embedded && OBJECT_META.has(key)) continue;
    const declared = properties[key] ?? additional;
    if (declared) walk(declared, child, here, false, out);
    else if (!preserves(schema) && schema.additionalProperties !== true) out.push(here);
  }
}

/** Fills in the schema's defaults for absent fields, as the API server does on decoding. */
export function applySchemaDefaults(schema: Schema, value: unknown): void {
  if (Array.isArray(value)) {
    if (schema.items) for (const v of value) applySchemaDefaults(schema.items, v);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (value[key] === undefined && child.default !== undefined)
      value[key] = structuredClone(child.default);
    if (value[key] !== undefined) applySchemaDefaults(child, value[key]);
  }
  if (isRecord(schema.additionalProperties)) {
    const additional = schema.additionalProperties as Schema;
    for (const [key, child] of Object.entries(value))
      if (!schema.properties?.[key]) applySchemaDefaults(additional, child);
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function typeMatches(type: string, actual: string): boolean {
  return type === actual || (type === 'number' && actual === 'integer');
}

const patterns = new Map<string, RegExp | null>();

function compiled(pattern: string): RegExp | null {
  if (!patterns.has(pattern)) {
    try {
      patterns.set(pattern, new RegExp(pattern));
    } catch {
      patterns.set(pattern, null);
    }
  }
  return patterns.get(pattern) ?? null;
}

/**
 * Validates a value against its schema, adding each failure with the wording of the
 * apiextensions API server (`spec.replicas in body must be of type integer: "string"`).
 */
export function validateSchema(
  schema: Schema,
  value: unknown,
  path: string,
  errors: FieldErrors,
  root = true,
): void {
  const actual = typeOf(value);
  if (value === null) {
    if (schema.nullable || !schema.type) return;
    errors.invalid(path, 'null', `${path} in body must be of type ${schema.type}: "null"`);
    return;
  }
  if (schema['x-kubernetes-int-or-string']) {
    if (actual !== 'integer' && actual !== 'string')
      errors.invalid(path, actual, `${path} in body must be of type integer,string: "${actual}"`);
  } else if (schema.type && !typeMatches(schema.type, actual)) {
    errors.invalid(path, actual, `${path} in body must be of type ${schema.type}: "${actual}"`);
    return;
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.notSupported(
      path,
      value,
      schema.enum.map((e) => JSON.stringify(e)),
    );
  }
  if (typeof value === 'number') checkNumber(schema, value, path, errors);
  if (typeof value === 'string') checkString(schema, value, path, errors);
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      errors.causes.push({
        reason: 'FieldValueTooMany',
        message: `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
        field: path,
      });
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.invalid(
        path,
        value.length,
        `${path} in body should have at least ${schema.minItems} items`,
      );
    const items = schema.items;
    if (items)
      for (const [i, v] of value.entries())
        validateSchema(items, v, `${path}[${i}]`, errors, false);
  }
  if (isRecord(value)) checkObject(schema, value, path, errors, root);
  for (const sub of schema.allOf ?? []) validateSchema(sub, value, path, errors, false);
}

function checkNumber(schema: Schema, value: number, path: string, errors: FieldErrors): void {
  if (schema.minimum !== undefined) {
    if (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)
      errors.invalid(
        path,
        value,
        `${path} in body should be greater than ${schema.exclusiveMinimum ? '' : 'or equal to '}${schema.minimum}`,
      );
  }
  if (schema.maximum !== undefined) {
    if (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)
      errors.invalid(
        path,
        value,
        `${path} in body should be less than ${schema.exclusiveMaximum ? '' : 'or equal to '}${schema.maximum}`,
      );
  }
}

function checkString(schema: Schema, value: string, path: string, errors: FieldErrors): void {
  const length = [...value].length;
  if (schema.maxLength !== undefined && length > schema.maxLength)
    errors.causes.push({
      reason: 'FieldValueTooLong',
      message: `Too long: may not be more than ${schema.maxLength} bytes`,
      field: path,
    });
  if (schema.minLength !== undefined && length < schema.minLength)
    errors.invalid(
      path,
      value,
      `${path} in body should be at least ${schema.minLength} chars long`,
    );
  if (schema.pattern !== undefined) {
    const re = compiled(schema.pattern);
    if (re && !re.test(value))
      errors.invalid(path, value, `${path} in body should match '${schema.pattern}'`);
  }
}

function checkObject(
  schema: Schema,
  value: Record<string, unknown>,
  path: string,
  errors: FieldErrors,
  root: boolean,
): void {
  for (const key of schema.required ?? [])
    if (value[key] === undefined) errors.required(join(path, key));
  const additional = isRecord(schema.additionalProperties)
    ? (schema.additionalProperties as Schema)
    : undefined;
  for (const [key, child] of Object.entries(value)) {
    // The API server validates the object's metadata itself, not by the schema.
    if (root && key === 'metadata') continue;
    const declared = schema.properties?.[key] ?? additional;
    if (declared) validateSchema(declared, child, join(path, key), errors, false);
  }
}
