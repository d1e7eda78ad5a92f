import type { ServerResponse } from 'node:http';
import type { KubeObject } from '../store/types.ts';
import { duplicatesOf } from './duplicate-fields.ts';
import { badRequest } from './errors.ts';
import { dropFields, unknownFields } from './protobuf/codec.ts';
import type { ResourceDef } from './resources.ts';
import { apiVersionOf } from './resources.ts';
import { undeclaredFields } from './schema.ts';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** The fieldValidation query parameter; the API server's default is Warn. */
export function fieldValidation(query: URLSearchParams): FieldValidation {
  const value = query.get('fieldValidation');
  if (value === null || value === '') return 'Warn';
  if (value === 'Strict' || value === 'Warn' || value === 'Ignore') return value;
  throw badRequest(
    `fieldValidation: Unsupported value: "${value}": supported values: "Ignore", "Strict", "Warn"`,
  );
}

/**
 * Checks an object against its kind's declared fields as the API server's decoder does, and
 * reports the fields its JSON body named twice (the last was kept): unknown fields are never
 * stored; Strict rejects them (400 with the strict decoding message), Warn
 * reports each in a Warning header, Ignore drops them silently. Server-side apply names them the
 * way structured-merge-diff does (`.spec.foo: field not declared in schema`).
 */
export function checkFields(
  def: ResourceDef,
  obj: KubeObject,
  mode: FieldValidation,
  res: ServerResponse,
  apply = false,
): void {
  const schema = def.custom?.schema;
  const unknown = schema
    ? undeclaredFields(schema, obj)
    : def.custom
      ? undefined
      : unknownFields(obj, apiVersionOf(def), def.kind);
  const duplicates = apply ? [] : duplicatesOf(obj);
  if ((!unknown || unknown.length === 0) && duplicates.length === 0) return;
  if (unknown?.length) dropFields(obj, unknown);
  const messages = apply
    ? (unknown ?? []).map((p) => `.${p}: field not declared in schema`)
    : [
        ...duplicates.map((p) => `duplicate field "${p}"`),
        ...(unknown ?? []).map((p) => `unknown field "${p}"`),
      ];
  if (mode === 'Strict') {
    if (apply) throw badRequest(messages.join(', '));
    throw badRequest(
      `${def.kind} in version "${def.version}" cannot be handled as a ${def.kind}: strict decoding error: ${messages.join(', ')}`,
    );
  }
  if (mode === 'Warn') {
    const existing = res.getHeader('Warning');
    const before = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    res.setHeader('Warning', [...before, ...messages.map((m) => `299 - ${JSON.stringify(m)}`)]);
  }
}
