import { createHash } from 'node:crypto';
import { openApiSchemas } from './protobuf/codec.ts';
import { RESOURCES } from './resources.ts';

/**
 * The OpenAPI v3 description of each group-version: one PATCH operation per kind that declares
 * the `fieldValidation` query parameter (kubectl reads it to learn that the server validates
 * fields itself), and the kinds' schemas built from the upstream protobuf descriptors (field
 * names and types, no descriptions), which `kubectl explain` reads.
 */

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function groupVersionList(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const r of RESOURCES)
    seen.set(gvPath(r.group, r.version), { group: r.group, version: r.version });
  return [...seen.values()];
}

export function openApiV3Root(): Record<string, unknown> {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const { group, version } of groupVersionList()) {
    const path = gvPath(group, version);
    const hash = createHash('sha256')
      .update(JSON.stringify(openApiV3Document(group, version)))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase();
    paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hash}` };
  }
  return { paths };
}

const documents = new Map<string, Record<string, unknown> | undefined>();

/** The document of one group-version (built once: the served kinds do not change). */
export function openApiV3Document(
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const key = `${group}/${version}`;
  if (!documents.has(key)) documents.set(key, buildDocument(group, version));
  return documents.get(key);
}

function buildDocument(group: string, version: string): Record<string, unknown> | undefined {
  const defs = RESOURCES.filter((r) => r.group === group && r.version === version);
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
      schemas: openApiSchemas(
        defs.map((d) => ({ group: d.group, version: d.version, kind: d.kind })),
      ),
    },
  };
}
