import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ObjectStore } from '../store/store.ts';
import { isRecord, type KubeObject } from '../store/types.ts';

/**
 * Role-based access control as the API server's RBAC authorizer decides it: a request is allowed
 * when a rule of a Role bound in the request's namespace, or of a ClusterRole bound there or
 * across the cluster, names its verb, API group, resource (with subresource) and, where the rule
 * lists any, the object's name. Nothing is allowed that no rule allows.
 */

export interface UserInfo {
  username: string;
  groups: string[];
  uid?: string;
}

export interface RequestAttributes {
  verb: string;
  group: string;
  resource: string;
  subresource: string;
  namespace: string | undefined;
  name: string | undefined;
}

export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

const GROUP = 'rbac.authorization.k8s.io';
export const RBAC_STORAGE = {
  roles: `${GROUP}/roles`,
  clusterroles: `${GROUP}/clusterroles`,
  rolebindings: `${GROUP}/rolebindings`,
  clusterrolebindings: `${GROUP}/clusterrolebindings`,
} as const;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function rulesOf(role: KubeObject | undefined): PolicyRule[] {
  if (!role || !Array.isArray(role.rules)) return [];
  return role.rules.filter(isRecord).map((r) => ({
    verbs: strings(r.verbs),
    apiGroups: strings(r.apiGroups),
    resources: strings(r.resources),
    resourceNames: strings(r.resourceNames),
    nonResourceURLs: strings(r.nonResourceURLs),
  }));
}

/** Whether a binding's subjects include the user (User, Group, or the ServiceAccount it is). */
function bindsUser(
  binding: KubeObject,
  user: UserInfo,
  bindingNamespace: string | undefined,
): boolean {
  const subjects = Array.isArray(binding.subjects) ? binding.subjects.filter(isRecord) : [];
  return subjects.some((s) => {
    const name = String(s.name ?? '');
    switch (s.kind) {
      case 'User':
        return user.username === name;
      case 'Group':
        return user.groups.includes(name);
      case 'ServiceAccount': {
        const ns = typeof s.namespace === 'string' && s.namespace ? s.namespace : bindingNamespace;
        return user.username === `system:serviceaccount:${ns}:${name}`;
      }
      default:
        return false;
    }
  });
}

/** The role a binding refers to; a binding to a missing role grants nothing, as upstream. */
function roleOf(
  store: ObjectStore,
  binding: KubeObject,
  namespace: string | undefined,
): KubeObject | undefined {
  const ref = isRecord(binding.roleRef) ? binding.roleRef : {};
  const name = String(ref.name ?? '');
  if (ref.kind === 'ClusterRole') return store.get(RBAC_STORAGE.clusterroles, undefined, name);
  if (ref.kind === 'Role' && namespace) return store.get(RBAC_STORAGE.roles, namespace, name);
  return undefined;
}

/** Every rule that applies to the user in a namespace (cluster-wide bindings included). */
export function rulesFor(
  store: ObjectStore,
  user: UserInfo,
  namespace: string | undefined,
): PolicyRule[] {
  const rules: PolicyRule[] = [];
  for (const binding of store.list(RBAC_STORAGE.clusterrolebindings)) {
    if (bindsUser(binding, user, undefined))
      rules.push(...rulesOf(roleOf(store, binding, undefined)));
  }
  if (namespace) {
    for (const binding of store.list(RBAC_STORAGE.rolebindings, namespace)) {
      if (bindsUser(binding, user, namespace))
        rules.push(...rulesOf(roleOf(store, binding, namespace)));
    }
  }
  return rules;
}

function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.includes('*') || rule.verbs.includes(verb);
}

function groupMatches(rule: PolicyRule, group: string): boolean {
  const groups = rule.apiGroups ?? [];
  return groups.includes('*') || groups.includes(group);
}

/** Exactly upstream's ResourceMatches: `*`, the combined `resource/subresource`, or `*\/subresource`. */
function resourceMatches(rule: PolicyRule, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources ?? []) {
    if (r === '*' || r === combined) return true;
    if (subresource && r === `*/${subresource}`) return true;
  }
  return false;
}

function nameMatches(rule: PolicyRule, name: string | undefined): boolean {
  const names = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  return name !== undefined && names.includes(name);
}

/** Whether a rule allows a request on a resource. */
export function ruleAllows(rule: PolicyRule, a: RequestAttributes): boolean {
  return (
    verbMatches(rule, a.verb) &&
    groupMatches(rule, a.group) &&
    resourceMatches(rule, a.resource, a.subresource) &&
    nameMatches(rule, a.name)
  );
}

/** The RBAC decision for a request on a resource. */
export function rbacAllows(store: ObjectStore, user: UserInfo, a: RequestAttributes): boolean {
  return rulesFor(store, user, a.namespace).some((rule) => ruleAllows(rule, a));
}

/** The roles every cluster starts with that the simulator's users and tests rely on. */
export function bootstrapPolicy(): { resource: string; object: KubeObject }[] {
  const meta = (name: string) => ({
    name,
    labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
    annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
  });
  const clusterRole = (name: string, rules: PolicyRule[]): KubeObject => ({
    apiVersion: `${GROUP}/v1`,
    kind: 'ClusterRole',
    metadata: meta(name),
    rules,
  });
  const read = ['get', 'list', 'watch'];
  const write = ['create', 'delete', 'deletecollection', 'patch', 'update'];
  const workloads = {
    apiGroups: ['', 'apps', 'autoscaling', 'batch', 'policy', 'discovery.k8s.io'],
    resources: [
      'pods',
      'pods/log',
      'pods/status',
      'services',
      'endpoints',
      'configmaps',
      'events',
      'persistentvolumeclaims',
      'serviceaccounts',
      'deployments',
      'deployments/scale',
      'deployments/status',
      'replicasets',
      'replicasets/scale',
      'statefulsets',
      'statefulsets/scale',
      'daemonsets',
      'horizontalpodautoscalers',
      'poddisruptionbudgets',
      'endpointslices',
    ],
  };
  return [
    {
      resource: RBAC_STORAGE.clusterroles,
      object: clusterRole('cluster-admin', [
        { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
        { verbs: ['*'], nonResourceURLs: ['*'] },
      ]),
    },
    {
      resource: RBAC_STORAGE.clusterroles,
      object: clusterRole('view', [{ verbs: read, ...workloads }]),
    },
    {
      resource: RBAC_STORAGE.clusterroles,
      object: clusterRole('edit', [
        { verbs: [...read, ...write], ...workloads },
        {
          verbs: [...read, ...write],
          apiGroups: [''],
          resources: ['secrets', 'pods/proxy', 'services/proxy'],
        },
        { verbs: ['create'], apiGroups: [''], resources: ['pods/eviction'] },
      ]),
    },
    {
      resource: RBAC_STORAGE.clusterrolebindings,
      object: {
        apiVersion: `${GROUP}/v1`,
        kind: 'ClusterRoleBinding',
        metadata: meta('cluster-admin'),
        roleRef: { apiGroup: GROUP, kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ apiGroup: GROUP, kind: 'Group', name: 'system:masters' }],
      },
    },
  ];
}

/**
 * ServiceAccount tokens, as the TokenRequest API issues them: signed by the simulator, bound to the
 * account's uid (a deleted and re-created account's old tokens stop working) and to an expiry.
 */
export class ServiceAccountTokens {
  readonly #key: Buffer;

  constructor(key: Buffer = randomBytes(32)) {
    this.#key = key;
  }

  issue(account: { namespace: string; name: string; uid: string }, expiresAt: Date): string {
    const claims = Buffer.from(
      JSON.stringify({
        ns: account.namespace,
        sa: account.name,
        uid: account.uid,
        exp: expiresAt.getTime(),
      }),
    ).toString('base64url');
    return `sim-sa.${claims}.${this.#sign(claims)}`;
  }

  /** The account a token names, when the signature holds and it has not expired; else null. */
  verify(token: string, now: number): { namespace: string; name: string; uid: string } | null {
    const [prefix, claims, signature] = token.split('.');
    if (prefix !== 'sim-sa' || !claims || !signature) return null;
    const expected = Buffer.from(this.#sign(claims));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const c = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
        ns: string;
        sa: string;
        uid: string;
        exp: number;
      };
      if (c.exp <= now) return null;
      return { namespace: c.ns, name: c.sa, uid: c.uid };
    } catch {
      return null;
    }
  }

  #sign(claims: string): string {
    return createHmac('sha256', this.#key).update(claims).digest('base64url');
  }
}

/** The user a ServiceAccount authenticates as. */
export function serviceAccountUser(namespace: string, name: string, uid: string): UserInfo {
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    uid,
    groups: [
      'system:serviceaccounts',
      `system:serviceaccounts:${namespace}`,
      'system:authenticated',
    ],
  };
}
