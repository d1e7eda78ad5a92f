import { createHash } from 'node:crypto';
import { RESOURCES } from './resources.ts';

/**
 * A minimal OpenAPI v3 description: one PATCH operation per kind that declares the
 * `fieldValidation` query parameter. kubectl reads it to learn that the server validates fields
 * itself, so `kubectl apply` needs no client-side schema.
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

export function openApiV3Document(
  group: string,
  version: string,
): Record<string, unknown> | undefined {
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
    components: { schemas: {} },
  };
}
