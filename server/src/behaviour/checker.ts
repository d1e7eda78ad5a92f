import { Ajv, type ValidateFunction } from 'ajv';
import type { Expectations } from './behaviour.types.ts';

export interface Verdict {
  passed: boolean;
  /** What was wrong, one sentence each; empty when the answer passed. */
  failures: string[];
}

/** A schema ajv compiles, or the reasons it cannot, one per problem. */
export type CompiledSchema =
  | { ok: true; validate: ValidateFunction }
  | { ok: false; problems: string[] };

const compiled = new Map<string, CompiledSchema>();
const MAX_CACHED = 500;

/**
 * Compiles a JSON schema (draft-07; an unknown keyword is an error, so a misspelt one does not
 * pass everything). `format` is read as an annotation only. Cached by content.
 */
export function compileSchema(schema: unknown): CompiledSchema {
  const key = JSON.stringify(schema);
  const cached = compiled.get(key);
  if (cached) return cached;
  // A fresh instance per schema: two schemas with the same $id must not collide.
  const ajv = new Ajv({
    allErrors: true,
    // Unknown keywords are errors; a required property without a definition is fine.
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: false,
    logger: false,
  });
  let result: CompiledSchema;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    result = { ok: false, problems: ['must be a JSON object'] };
  } else if (!ajv.validateSchema(schema)) {
    result = {
      ok: false,
      // The meta-schema's alternatives add a line each for one mistake: the first says it.
      problems: [
        ...(ajv.errors ?? [])
          .reduce((first, e) => {
            if (!first.has(e.instancePath))
              first.set(e.instancePath, `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
            return first;
          }, new Map<string, string>())
          .values(),
      ],
    };
  } else {
    try {
      result = { ok: true, validate: ajv.compile(schema) };
    } catch (error) {
      result = { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
    }
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(key, result);
  return result;
}

function quote(text: string): string {
  return `“${text}”`;
}

function characters(text: string): number {
  return [...text].length;
}

/** Judges one answer against the expectations; every unmet one is a failure in words. */
export function evaluate(answer: string, expectations: Expectations): Verdict {
  const failures: string[] = [];
  const lower = answer.toLowerCase();
  for (const needle of expectations.contains) {
    if (!lower.includes(needle.toLowerCase()))
      failures.push(`answer does not contain ${quote(needle)}`);
  }
  for (const needle of expectations.mustNotContain) {
    if (lower.includes(needle.toLowerCase())) failures.push(`answer contains ${quote(needle)}`);
  }
  if (expectations.pattern !== null) {
    let regex: RegExp | null = null;
    try {
      regex = new RegExp(expectations.pattern);
    } catch (error) {
      failures.push(`the pattern /${expectations.pattern}/ does not compile: ${message(error)}`);
    }
    if (regex && !regex.test(answer))
      failures.push(`answer does not match /${expectations.pattern}/`);
  }
  if (expectations.maxLength !== null) {
    const length = characters(answer);
    if (length > expectations.maxLength)
      failures.push(`answer is ${length} characters, limit ${expectations.maxLength}`);
  }
  if (expectations.jsonSchema !== null)
    failures.push(...jsonFailures(answer, expectations.jsonSchema));
  return { passed: failures.length === 0, failures };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function jsonFailures(answer: string, schema: Record<string, unknown>): string[] {
  let value: unknown;
  try {
    value = JSON.parse(answer);
  } catch (error) {
    return [`answer is not JSON: ${message(error)}`];
  }
  const compiledSchema = compileSchema(schema);
  if (!compiledSchema.ok)
    return [`the JSON schema does not compile: ${compiledSchema.problems.join('; ')}`];
  if (compiledSchema.validate(value)) return [];
  return (compiledSchema.validate.errors ?? []).map((e) => {
    // The JSON pointer into the answer, e.g. /answer or /items/0; the whole answer at the root.
    const where = e.instancePath || 'answer';
    const extra =
      e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string'
        ? ` (${quote(e.params.additionalProperty)})`
        : e.keyword === 'enum' && Array.isArray(e.params.allowedValues)
          ? `: ${e.params.allowedValues.map((v: unknown) => JSON.stringify(v)).join(', ')}`
          : '';
    return `${where}: ${e.message ?? 'is invalid'}${extra}`;
  });
}
