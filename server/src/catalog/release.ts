import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../shared/canonical-json.ts';
import { parseInput } from '../shared/errors.ts';
import { imageReference } from '../shared/validation.ts';
import { CatalogError } from './catalog.errors.ts';
import { type ReleaseSpec, RUNTIMES } from './catalog.types.ts';
import { RUNTIME_PROFILES, runtimeOfImage } from './runtimes.ts';

/** A release's id is its content: the same spec always gets the same id. */
export function releaseId(spec: ReleaseSpec): string {
  return `rel-${createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 16)}`;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const releaseSpecSchema = z.object({
  modelName: z
    .string()
    .regex(DNS_LABEL, 'must be a DNS-1123 label: lower-case letters, digits and -')
    .max(63),
  runtime: z.enum(RUNTIMES, { message: `must be one of ${RUNTIMES.join(', ')}` }),
  image: imageReference,
  model: z.object({
    source: z
      .string()
      .regex(
        /^(hf:\/\/[\w.-]+\/[\w.-]+|ollama:\/\/[\w.-]+(:[\w.-]+)?)$/,
        'must be hf://<org>/<repo> or ollama://<name>:<tag>',
      ),
    revision: z.string().min(1, 'must name a revision: a commit hash or tag').max(100),
  }),
  engine: z.object({
    maxModelLength: z.number().int().min(256, 'must be at least 256').max(10_000_000).optional(),
    tensorParallelSize: z.number().int().min(1).max(64).optional(),
    gpuMemoryUtilization: z
      .number()
      .gt(0, 'must be above 0')
      .max(1, 'must be at most 1')
      .optional(),
    dtype: z.enum(['auto', 'half', 'float16', 'bfloat16', 'float', 'float32']).optional(),
    quantization: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, 'must be a quantisation method name such as awq or gptq')
      .optional(),
    extraArgs: z
      .array(
        z
          .string()
          .regex(
            /^--[a-z0-9][a-z0-9-]*(=.*)?$|^[^-].*$/,
            'must be --flag, --flag=value or a value',
          ),
      )
      .max(50)
      .optional(),
  }),
  resources: z.object({
    gpus: z.number().int('must be a whole number').min(0).max(16, 'must be at most 16'),
    gpuProduct: z
      .string()
      .regex(
        /^[A-Za-z0-9._-]{1,63}$/,
        'must be a GPU product label value such as NVIDIA-A100-SXM4-80GB',
      )
      .optional(),
    cpu: z.string().regex(QUANTITY, 'must be a Kubernetes quantity such as 4 or 500m'),
    memory: z.string().regex(QUANTITY, 'must be a Kubernetes quantity such as 32Gi'),
  }),
  env: z
    .array(
      z
        .object({
          name: z.string().regex(ENV_NAME, 'must be an environment variable name'),
          value: z.string().max(4096).optional(),
          secretRef: z
            .object({
              name: z.string().regex(DNS_LABEL, 'must be a Secret name'),
              key: z.string().min(1).max(253),
            })
            .optional(),
        })
        .refine(
          (v) => (v.value === undefined) !== (v.secretRef === undefined),
          'needs exactly one of value and secretRef',
        ),
    )
    .max(100),
  expectedLoadSeconds: z
    .number()
    .int()
    .min(10, 'must be at least 10')
    .max(7200, 'must be at most 7200'),
});

/** Checks a release spec field by field; throws BAD_USER_INPUT naming each bad field. */
export function parseReleaseSpec(raw: unknown, path: string[] = ['input']): ReleaseSpec {
  const spec = parseInput(releaseSpecSchema, raw, path) as ReleaseSpec;
  const imageRuntime = runtimeOfImage(spec.image);
  if (imageRuntime && imageRuntime !== spec.runtime) {
    const message = `is a ${RUNTIME_PROFILES[imageRuntime].label} image, but the runtime is ${spec.runtime}`;
    throw new CatalogError(
      'INVALID_IMAGE',
      `Invalid input: ${[...path, 'image'].join('.')}: ${message}`,
      {
        fields: [{ path: [...path, 'image'], message }],
      },
    );
  }
  return spec;
}

/** What a reader of the release should know: pinning and runtime doubts. */
export function releaseWarnings(spec: ReleaseSpec): string[] {
  const warnings: string[] = [];
  if (!/@sha256:[0-9a-f]{64}$/.test(spec.image)) {
    const tag = /:([\w][\w.-]*)$/.exec(spec.image.split('/').at(-1) ?? '')?.[1];
    warnings.push(
      !tag || tag === 'latest'
        ? `The image ${spec.image} is not pinned: "latest" can change under you. Pin it by digest (@sha256:…).`
        : `The image is pinned by tag only (${tag}); the registry can move a tag. Pin it by digest (@sha256:…).`,
    );
  }
  if (!/^[0-9a-f]{40}$/.test(spec.model.revision) && spec.model.source.startsWith('hf://')) {
    warnings.push(
      `The model revision "${spec.model.revision}" is not a commit hash; a branch or tag can move.`,
    );
  }
  if (!runtimeOfImage(spec.image)) {
    warnings.push(
      `The image is not a known ${RUNTIME_PROFILES[spec.runtime].label} image; make sure it serves the runtime's API.`,
    );
  }
  return warnings;
}

export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((inner, i) => {
      flatten(inner, `${prefix}[${i}]`, out);
    });
    return;
  }
  if (value !== undefined) out.set(prefix, value);
}

/** Field-by-field differences between two releases, in a stable order. */
export function diffReleases(from: ReleaseSpec, to: ReleaseSpec): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(from, '', a);
  flatten(to, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((p) => canonicalJson(a.get(p) ?? null) !== canonicalJson(b.get(p) ?? null))
    .map((p) => ({ path: p, from: a.get(p) ?? null, to: b.get(p) ?? null }));
}
