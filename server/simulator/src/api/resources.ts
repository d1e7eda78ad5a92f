/** The resources the simulated API server serves, as discovery describes them. */

import type { CustomVersion } from './crd.types.ts';

export interface ResourceDef {
  group: string;
  version: string;
  /** Plural name used in URLs. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  subresources: string[];
  /** Storage key; events.k8s.io/v1 events share the core storage. */
  storage: string;
  /** Name rule: DNS-1123 subdomain (most kinds), label (namespaces) or DNS-1035 label (services). */
  nameRule: 'subdomain' | 'label' | 'dns1035' | 'path';
  /** Verbs, when not all of them (reviews are create-only and stored nowhere). */
  verbs?: string[];
  /** For a custom resource: what its CustomResourceDefinition declares for this version. */
  custom?: CustomVersion;
}

const VERBS_NAMESPACED = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

function def(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<ResourceDef> = {},
): ResourceDef {
  return {
    group,
    version,
    resource,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    subresources: [],
    storage: `${group}/${resource}`,
    nameRule: 'subdomain',
    ...extra,
  };
}

export const RESOURCES: readonly ResourceDef[] = [
  def('', 'v1', 'namespaces', 'Namespace', false, {
    shortNames: ['ns'],
    subresources: ['status', 'finalize'],
    nameRule: 'label',
  }),
  def('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], subresources: ['status', 'proxy'] }),
  def('', 'v1', 'pods', 'Pod', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['status', 'log', 'proxy', 'binding', 'eviction'],
  }),
  def('', 'v1', 'services', 'Service', true, {
    shortNames: ['svc'],
    categories: ['all'],
    subresources: ['status', 'proxy'],
    nameRule: 'dns1035',
  }),
  def('', 'v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'], singular: 'endpoints' }),
  def('', 'v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  def('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  def('', 'v1', 'secrets', 'Secret', true),
  def('', 'v1', 'serviceaccounts', 'ServiceAccount', true, {
    shortNames: ['sa'],
    subresources: ['token'],
  }),
  def('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, {
    shortNames: ['pvc'],
    subresources: ['status'],
  }),
  def('apps', 'v1', 'deployments', 'Deployment', true, {
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status', 'scale'],
  }),
  def('apps', 'v1', 'replicasets', 'ReplicaSet', true, {
    shortNames: ['rs'],
    categories: ['all'],
    subresources: ['status', 'scale'],
  }),
  def('apps', 'v1', 'statefulsets', 'StatefulSet', true, {
    shortNames: ['sts'],
    categories: ['all'],
    subresources: ['status', 'scale'],
  }),
  def('apps', 'v1', 'daemonsets', 'DaemonSet', true, {
    shortNames: ['ds'],
    categories: ['all'],
    subresources: ['status'],
  }),
  def('events.k8s.io', 'v1', 'events', 'Event', true, { shortNames: ['ev'], storage: '/events' }),
  def('coordination.k8s.io', 'v1', 'leases', 'Lease', true),
  def(
    'apiextensions.k8s.io',
    'v1',
    'customresourcedefinitions',
    'CustomResourceDefinition',
    false,
    {
      shortNames: ['crd', 'crds'],
      categories: ['api-extensions'],
      subresources: ['status'],
    },
  ),
  def('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, {
    shortNames: ['pdb'],
    subresources: ['status'],
  }),
  def('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, {
    shortNames: ['hpa'],
    categories: ['all'],
    subresources: ['status'],
  }),
  // autoscaling/v1 is a view of the same objects, converted as the API server does.
  def('autoscaling', 'v1', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, {
    shortNames: ['hpa'],
    categories: ['all'],
    subresources: ['status'],
    storage: 'autoscaling/horizontalpodautoscalers',
  }),
  def('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true),
  def('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true),
  def('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true),
  def('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false),
  def('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false),
  def('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, {
    verbs: ['create'],
  }),
  def('authorization.k8s.io', 'v1', 'selfsubjectrulesreviews', 'SelfSubjectRulesReview', false, {
    verbs: ['create'],
  }),
  def('authentication.k8s.io', 'v1', 'selfsubjectreviews', 'SelfSubjectReview', false, {
    verbs: ['create'],
  }),
];

export const VERBS = VERBS_NAMESPACED;

export function apiVersionOf(def: ResourceDef): string {
  return def.group ? `${def.group}/${def.version}` : def.version;
}

/** `deployments.apps`, or `pods` for the core group, as Status messages name resources. */
export function qualifiedName(def: ResourceDef): string {
  return def.group ? `${def.resource}.${def.group}` : def.resource;
}

export function findResource(
  group: string,
  version: string,
  resource: string,
  defs: readonly ResourceDef[] = RESOURCES,
): ResourceDef | undefined {
  return defs.find((r) => r.group === group && r.version === version && r.resource === resource);
}

export function findByKind(
  apiVersion: string,
  kind: string,
  defs: readonly ResourceDef[] = RESOURCES,
): ResourceDef | undefined {
  return defs.find((r) => apiVersionOf(r) === apiVersion && r.kind === kind);
}

export function byStorage(storage: string, defs: readonly ResourceDef[] = RESOURCES): ResourceDef {
  const found = defs.find((r) => r.storage === storage && r.storage === `${r.group}/${r.resource}`);
  if (!found) throw new Error(`unknown storage ${storage}`);
  return found;
}

/** Storage keys used by controllers. */
export const R = {
  namespaces: '/namespaces',
  nodes: '/nodes',
  pods: '/pods',
  services: '/services',
  endpoints: '/endpoints',
  events: '/events',
  configmaps: '/configmaps',
  serviceaccounts: '/serviceaccounts',
  deployments: 'apps/deployments',
  replicasets: 'apps/replicasets',
  leases: 'coordination.k8s.io/leases',
  endpointslices: 'discovery.k8s.io/endpointslices',
  customresourcedefinitions: 'apiextensions.k8s.io/customresourcedefinitions',
} as const;

export function groupVersions(
  defs: readonly ResourceDef[] = RESOURCES,
): { group: string; versions: string[] }[] {
  const out = new Map<string, Set<string>>();
  for (const r of defs) {
    if (!r.group) continue;
    let set = out.get(r.group);
    if (!set) {
      set = new Set();
      out.set(r.group, set);
    }
    set.add(r.version);
  }
  return [...out.entries()].map(([group, versions]) => ({ group, versions: [...versions] }));
}
