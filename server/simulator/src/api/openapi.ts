import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ResourceCatalog } from './crd.ts';
import { openApiSchemas } from './protobuf/codec.ts';
import type { ResourceDef } from './resources.ts';
import type { Schema } from './schema.ts';

/**
 * The OpenAPI v3 description of each group-version: one PATCH operation per kind that declares
 * the `fieldValidation` query parameter (kubectl reads it to learn that the server validates
 * fields itself), and the kinds' schemas built from the upstream protobuf descriptors (field
 * names and types, no descriptions), which `kubectl explain` reads.
 */

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function groupVersionList(catalog: ResourceCatalog): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const r of catalog.all())
    seen.set(gvPath(r.group, r.version), { group: r.group, version: r.version });
  return [...seen.values()];
}

export function openApiV3Root(catalog: ResourceCatalog): Record<string, unknown> {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const { group, version } of groupVersionList(catalog)) {
    const path = gvPath(group, version);
    const hash = createHash('sha256')
      .update(JSON.stringify(openApiV3Document(catalog, group, version)))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase();
    paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hash}` };
  }
  return { paths };
}

/**
 * The OpenAPI v2 (Swagger 2.0) document, as JSON: the definitions of every served kind (the
 * same schemas as the v3 documents, with their descriptions) and one PATCH path per kind. Older
 * clients and validators read it; kubectl reads v3 where a server has it.
 */
export function openApiV2Document(catalog: ResourceCatalog): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const { group, version } of groupVersionList(catalog)) {
    const v3 = openApiV3Document(catalog, group, version);
    if (!v3) continue;
    const text = JSON.stringify(v3).replaceAll('#/components/schemas/', '#/definitions/');
    const doc = JSON.parse(text) as {
      paths: Record<
        string,
        { patch: Record<string, unknown> & { parameters: Record<string, unknown>[] } }
      >;
      components: { schemas: Record<string, unknown> };
    };
    Object.assign(definitions, doc.components.schemas);
    for (const [path, item] of Object.entries(doc.paths)) {
      const { parameters, ...patch } = item.patch;
      paths[path] = {
        patch: {
          ...patch,
          consumes: [
            'application/apply-patch+yaml',
            'application/json-patch+json',
            'application/merge-patch+json',
            'application/strategic-merge-patch+json',
          ],
          produces: ['application/json', 'application/yaml'],
          // v2 parameters carry their type themselves rather than in a schema.
          parameters: parameters.map(({ schema, ...p }) => ({
            ...p,
            ...(schema as Record<string, unknown>),
          })),
        },
      };
    }
  }
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.32.4' },
    paths,
    definitions,
  };
}

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** `gateway.networking.k8s.io` → `io.k8s.networking.gateway`, as CRD schemas are named. */
function reversedGroup(group: string): string {
  return group.split('.').reverse().join('.');
}

/**
 * The schemas of custom kinds: each version's openAPIV3Schema with apiVersion, kind and the
 * standard ObjectMeta, as the apiextensions API server publishes them.
 */
function customSchemas(defs: ResourceDef[]): Record<string, Record<string, unknown>> {
  if (defs.length === 0) return {};
  // ObjectMeta and the messages it reaches, from a built-in kind that has them.
  const meta = Object.fromEntries(
    Object.entries(openApiSchemas([{ group: '', version: 'v1', kind: 'ConfigMap' }])).filter(
      ([name]) => name.startsWith('io.k8s.apimachinery.'),
    ),
  );
  const out: Record<string, Record<string, unknown>> = { ...meta };
  for (const def of defs) {
    const schema: Schema = def.custom?.schema ?? { type: 'object' };
    out[`${reversedGroup(def.group)}.${def.version}.${def.kind}`] = {
      ...schema,
      type: 'object',
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        ...schema.properties,
        metadata: { allOf: [{ $ref: `#/components/schemas/${OBJECT_META}` }] },
      },
      'x-kubernetes-group-version-kind': [
        { group: def.group, kind: def.kind, version: def.version },
      ],
    };
  }
  return out;
}

/** Built-in documents, built once: the built-in kinds do not change. */
interface TypeDescription {
  description?: string;
  properties: Record<string, string>;
}

let descriptions: Record<string, TypeDescription> | undefined;

/**
 * The schemas with the upstream definitions' descriptions of each type and field
 * (openapi-descriptions.json, extracted by scripts/extract-descriptions.ts), which
 * `kubectl explain` prints.
 */
function described(
  schemas: Record<string, Record<string, unknown>>,
): Record<string, Record<string, unknown>> {
  descriptions ??= JSON.parse(
    readFileSync(new URL('./openapi-descriptions.json', import.meta.url), 'utf8'),
  ) as Record<string, TypeDescription>;
  for (const [name, schema] of Object.entries(schemas)) {
    const known = descriptions[name];
    if (!known) continue;
    if (known.description) schema.description = known.description;
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [field, text] of Object.entries(known.properties)) {
      const property = properties?.[field];
      if (property) properties[field] = { ...property, description: text };
    }
  }
  return schemas;
}

const documents = new Map<string, Record<string, unknown> | undefined>();

/**
 * The document of one group-version, cached until the catalog's custom kinds change (a group
 * may hold built-in and custom kinds at once only in theory: custom groups are their own).
 */
export function openApiV3Document(
  catalog: ResourceCatalog,
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const key = `${group}/${version}`;
  const defs = catalog.all().filter((r) => r.group === group && r.version === version);
  const cache = defs.some((d) => d.custom) ? catalog.documents : documents;
  if (!cache.has(key)) cache.set(key, buildDocument(defs, group, version));
  return cache.get(key);
}

function buildDocument(
  defs: ResourceDef[],
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  if (defs.length === 0) return undefined;
  const paths: Record<string, unknown> = {};
  const prefix = `/${gvPath(group, version)}`;
  for (const def of defs) {
    const base = def.namespaced
      ? `${prefix}/namespaces/{namespace}/${def.resource}/{name}`
      : `${prefix}/${def.resource}/{name}`;
    paths[base] = {
      patch: {
        operationId: `patch${def.kind}`,
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': {
          group: def.group,
          version: def.version,
          kind: def.kind,
        },
        parameters: [
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
        ],
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.4' },
    paths,
    components: {
      schemas: {
        ...described(
          openApiSchemas(
            defs
              .filter((d) => !d.custom)
              .map((d) => ({ group: d.group, version: d.version, kind: d.kind })),
          ),
        ),
        ...customSchemas(defs.filter((d) => d.custom)),
      },
    },
  };
}
