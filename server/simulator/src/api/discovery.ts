import { createHash } from 'node:crypto';
import type { ResourceCatalog } from './crd.ts';
import type { ResourceDef } from './resources.ts';
import { VERBS } from './resources.ts';

export const KUBE_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.4',
  gitCommit: '59526cd4867447956156ae3a602fcbac10a2c335',
  gitTreeState: 'clean',
  buildDate: '2025-04-22T16:02:27Z',
  goVersion: 'go1.23.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export function apiVersions(serverAddress: string): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupEntry(group: string, versions: string[]): Record<string, unknown> {
  const list = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: list, preferredVersion: list[0] };
}

export function apiGroupList(catalog: ResourceCatalog): Record<string, unknown> {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: catalog.groupVersions().map((g) => groupEntry(g.group, g.versions)),
  };
}

export function apiGroup(
  catalog: ResourceCatalog,
  group: string,
): Record<string, unknown> | undefined {
  const found = catalog.groupVersions().find((g) => g.group === group);
  if (!found) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(found.group, found.versions) };
}

function subresourceEntry(def: ResourceDef, sub: string): Record<string, unknown> {
  const base = { name: `${def.resource}/${sub}`, singularName: '', namespaced: def.namespaced };
  switch (sub) {
    case 'status':
      return { ...base, kind: def.kind, verbs: ['get', 'patch', 'update'] };
    case 'scale':
      return {
        ...base,
        group: 'autoscaling',
        version: 'v1',
        kind: 'Scale',
        verbs: ['get', 'patch', 'update'],
      };
    case 'log':
      return { ...base, kind: 'Pod', verbs: ['get'] };
    case 'proxy':
      return {
        ...base,
        kind:
          def.resource === 'pods'
            ? 'PodProxyOptions'
            : def.resource === 'nodes'
              ? 'NodeProxyOptions'
              : 'ServiceProxyOptions',
        verbs: ['create', 'delete', 'get', 'patch', 'update'],
      };
    case 'binding':
      return { ...base, kind: 'Binding', verbs: ['create'] };
    case 'eviction':
      return { ...base, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] };
    case 'token':
      return {
        ...base,
        group: 'authentication.k8s.io',
        version: 'v1',
        kind: 'TokenRequest',
        verbs: ['create'],
      };
    default:
      return { ...base, kind: def.kind, verbs: ['update'] };
  }
}

export function apiResourceList(
  catalog: ResourceCatalog,
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const defs = catalog.all().filter((r) => r.group === group && r.version === version);
  if (defs.length === 0) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const def of defs) {
    resources.push({
      name: def.resource,
      singularName: def.singular,
      namespaced: def.namespaced,
      kind: def.kind,
      verbs: def.verbs
        ? def.verbs
        : def.kind === 'Node' || def.kind === 'Namespace'
          ? VERBS.filter((v) => v !== 'deletecollection' || def.kind === 'Node')
          : VERBS,
      ...(def.shortNames ? { shortNames: def.shortNames } : {}),
      ...(def.categories ? { categories: def.categories } : {}),
      storageVersionHash: createHash('sha256')
        .update(`${def.group}/${def.version}/${def.kind}`)
        .digest('base64')
        .slice(0, 11),
    });
    for (const sub of def.subresources) resources.push(subresourceEntry(def, sub));
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}
