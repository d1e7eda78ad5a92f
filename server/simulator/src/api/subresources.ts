import { matchesLabels, requirementsFromSelector } from '../store/selectors.ts';
import type { KubeObject, LabelSelector, Pod, Service } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { allows, type Caller } from './auth.ts';
import type { ApiContext } from './context.ts';
import {
  ApiError,
  badRequest,
  internalError,
  invalid,
  methodNotAllowed,
  serviceUnavailable,
} from './errors.ts';
import type { HttpCall } from './handlers.ts';
import { send, toScale } from './handlers.ts';
import { handleProxy } from './pod-subresources.ts';
import { type PolicyRule, rulesFor } from './rbac.ts';
import type { ResourceRequest } from './request.ts';
import { decodeObject } from './request.ts';
import { byStorage } from './resources.ts';

/** GET …/scale: the autoscaling/v1 Scale of a Deployment, ReplicaSet or StatefulSet. */
export function handleScaleGet(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  send(
    call.res,
    200,
    toScale(ctx.registry.get(r.def, r.namespace, r.name ?? ''), r.def),
    call.headers,
  );
}

function isReady(pod: KubeObject): boolean {
  const conditions =
    isRecord(pod.status) && Array.isArray(pod.status.conditions) ? pod.status.conditions : [];
  return conditions.some((c) => isRecord(c) && c.type === 'Ready' && c.status === 'True');
}

function resolve(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(String(value ?? ''));
  if (!m) return Number.parseInt(String(value ?? '0'), 10) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/**
 * The disruption budget's status as the disruption controller computes it: healthy pods are
 * the ready ones its selector matches; expected pods are all it matches.
 */
export function budgetStatus(
  ctx: ApiContext,
  pdb: KubeObject,
): {
  currentHealthy: number;
  desiredHealthy: number;
  disruptionsAllowed: number;
  expectedPods: number;
} {
  const spec = isRecord(pdb.spec) ? pdb.spec : {};
  const requirements = requirementsFromSelector(spec.selector as LabelSelector | undefined);
  const pods = ctx.store
    .list('/pods', pdb.metadata.namespace)
    .filter(
      (p) => !p.metadata.deletionTimestamp && matchesLabels(requirements, p.metadata.labels ?? {}),
    );
  const expectedPods = pods.length;
  const currentHealthy = pods.filter(isReady).length;
  const desiredHealthy =
    spec.minAvailable !== undefined
      ? resolve(spec.minAvailable, expectedPods, true)
      : Math.max(0, expectedPods - resolve(spec.maxUnavailable ?? 0, expectedPods, true));
  return {
    currentHealthy,
    desiredHealthy,
    disruptionsAllowed: Math.max(0, currentHealthy - desiredHealthy),
    expectedPods,
  };
}

/**
 * POST pods/{name}/eviction: deletes the pod unless a PodDisruptionBudget would be broken, which
 * answers 429 as the API server does (so `kubectl drain` waits and retries).
 */
export function handleEviction(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  if (r.verb !== 'create') throw methodNotAllowed();
  const eviction = decodeObject(call.body, String(call.headers['content-type'] ?? ''), {
    ...r.def,
    kind: 'Eviction',
  });
  if (eviction.metadata.name !== undefined && eviction.metadata.name !== r.name) {
    throw badRequest(`name in URL does not match name in Eviction object`);
  }
  const pod = ctx.registry.get(r.def, r.namespace, r.name ?? '') as Pod;
  const phase = pod.status?.phase;
  const ignoresBudgets =
    phase === 'Succeeded' ||
    phase === 'Failed' ||
    phase === 'Pending' ||
    !!pod.metadata.deletionTimestamp;
  if (!ignoresBudgets) {
    const budgets = ctx.store.list('policy/poddisruptionbudgets', r.namespace).filter((pdb) => {
      const spec = isRecord(pdb.spec) ? pdb.spec : {};
      if (!isRecord(spec.selector)) return false;
      return matchesLabels(
        requirementsFromSelector(spec.selector as LabelSelector),
        pod.metadata.labels ?? {},
      );
    });
    if (budgets.length > 1) {
      throw internalError(
        'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
      );
    }
    const pdb = budgets[0];
    if (pdb) {
      const status = budgetStatus(ctx, pdb);
      // A ready pod spends one allowed disruption; an unready one may go while the budget is
      // healthy (unhealthyPodEvictionPolicy IfHealthyBudget, the default).
      const ready = isReady(pod);
      const allowed = ready
        ? status.disruptionsAllowed > 0
        : status.currentHealthy >= status.desiredHealthy;
      if (!allowed) {
        throw new ApiError(
          429,
          'TooManyRequests',
          "Cannot evict pod as it would violate the pod's disruption budget.",
          {
            causes: [
              {
                reason: 'DisruptionBudget',
                message: `The disruption budget ${pdb.metadata.name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
              },
            ],
          },
        );
      }
      const next = structuredClone(pdb);
      next.status = {
        ...(isRecord(pdb.status) ? pdb.status : {}),
        observedGeneration: pdb.metadata.generation ?? 1,
        ...status,
        disruptionsAllowed: status.disruptionsAllowed - (ready ? 1 : 0),
        disruptedPods: {
          ...(isRecord(pdb.status) && isRecord(pdb.status.disruptedPods)
            ? pdb.status.disruptedPods
            : {}),
          [pod.metadata.name ?? '']: ctx.clock.timestamp(),
        },
      };
      ctx.registry.write('policy/poddisruptionbudgets', next);
    }
  }
  const options = isRecord(eviction.deleteOptions) ? eviction.deleteOptions : {};
  const grace = options.gracePeriodSeconds;
  ctx.registry.delete(byStorage('/pods'), r.namespace, r.name ?? '', {
    ...(typeof grace === 'number' ? { gracePeriodSeconds: grace } : {}),
  });
  send(
    call.res,
    201,
    { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 },
    call.headers,
  );
}

/** The create-only self reviews, which every authenticated user may call. */
export function isSelfReview(r: ResourceRequest): boolean {
  return r.def.verbs?.length === 1 && r.def.verbs[0] === 'create';
}

/** The user a request acts as: the caller's, or the embedded kubeconfig's administrator. */
function userInfo(user: Caller | undefined): { username: string; groups: string[] } {
  return user
    ? { username: user.user.username, groups: user.user.groups }
    : { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
}

/** A SelfSubjectRulesReview's status from the rules that apply, as the RBAC authorizer lists them. */
function rulesReview(rules: PolicyRule[]): Record<string, unknown> {
  return {
    resourceRules: rules
      .filter((r) => (r.resources ?? []).length > 0)
      .map((r) => ({
        verbs: r.verbs,
        apiGroups: r.apiGroups ?? [],
        resources: r.resources ?? [],
        ...(r.resourceNames?.length ? { resourceNames: r.resourceNames } : {}),
      })),
    nonResourceRules: rules
      .filter((r) => (r.nonResourceURLs ?? []).length > 0)
      .map((r) => ({ verbs: r.verbs, nonResourceURLs: r.nonResourceURLs ?? [] })),
    incomplete: false,
  };
}

/**
 * The self reviews: SelfSubjectAccessReview (`kubectl auth can-i`), SelfSubjectRulesReview
 * (`kubectl auth can-i --list`) and SelfSubjectReview (`kubectl auth whoami`).
 */
export function handleReview(
  ctx: ApiContext,
  r: ResourceRequest,
  call: HttpCall,
  user: Caller | undefined,
): void {
  if (r.verb !== 'create' || r.name !== undefined) throw methodNotAllowed();
  const review = decodeObject(call.body, String(call.headers['content-type'] ?? ''), r.def);
  const spec = isRecord(review.spec) ? review.spec : {};
  const base = {
    kind: r.def.kind,
    apiVersion: `${r.def.group}/${r.def.version}`,
    metadata: { creationTimestamp: null },
  };
  let status: Record<string, unknown>;
  if (r.def.kind === 'SelfSubjectReview') {
    send(call.res, 201, { ...base, status: { userInfo: userInfo(user) } }, call.headers);
    return;
  }
  if (r.def.kind === 'SelfSubjectAccessReview') {
    const attrs = isRecord(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
    const nonResource = isRecord(spec.nonResourceAttributes);
    const allowed = attrs
      ? !user ||
        allows(ctx, user, {
          verb: String(attrs.verb ?? ''),
          group: String(attrs.group ?? ''),
          resource: String(attrs.resource ?? ''),
          subresource: String(attrs.subresource ?? ''),
          namespace:
            typeof attrs.namespace === 'string' && attrs.namespace ? attrs.namespace : undefined,
          name: typeof attrs.name === 'string' && attrs.name ? attrs.name : undefined,
        })
      : nonResource && !user;
    status = { allowed, ...(allowed || !user ? {} : { reason: '' }) };
  } else {
    const namespace =
      typeof spec.namespace === 'string' && spec.namespace ? spec.namespace : undefined;
    status = !user
      ? {
          resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
          nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
          incomplete: false,
        }
      : user.kind === 'allow-list'
        ? {
            resourceRules: [
              {
                verbs: user.token.verbs ?? ['*'],
                apiGroups: ['*'],
                resources: user.token.resources ?? ['*'],
              },
            ],
            nonResourceRules: [],
            incomplete: false,
          }
        : rulesReview(rulesFor(ctx.store, user.user, namespace));
  }
  send(call.res, 201, { ...base, spec, status }, call.headers);
}

/**
 * services/{[scheme:]name[:port]}/proxy/{path}: forwards to a ready pod behind the Service, on
 * the target port of the Service port named or numbered (the first when none is given).
 */
export async function handleServiceProxy(
  ctx: ApiContext,
  r: ResourceRequest,
  call: HttpCall,
  method: string,
): Promise<void> {
  const name = (r.name ?? '').replace(/^https?:/, '');
  const svc = ctx.registry.get(r.def, r.namespace, name) as Service;
  const ports = svc.spec.ports ?? [];
  const wanted = r.proxyPort;
  const port = wanted
    ? ports.find((p) => p.name === wanted || String(p.port) === wanted)
    : ports[0];
  if (!port) throw serviceUnavailable(`no endpoints available for service "${name}"`);
  const endpoints = ctx.store.get('/endpoints', r.namespace, name);
  const subsets = Array.isArray(endpoints?.subsets) ? endpoints.subsets : [];
  const address = subsets
    .flatMap((subset) =>
      isRecord(subset) && Array.isArray(subset.addresses) ? subset.addresses : [],
    )
    .find((a) => isRecord(a) && isRecord(a.targetRef) && a.targetRef.kind === 'Pod');
  const podName =
    isRecord(address) && isRecord(address.targetRef) ? String(address.targetRef.name ?? '') : '';
  if (!podName) throw serviceUnavailable(`no endpoints available for service "${name}"`);
  const target = port.targetPort ?? port.port;
  await handleProxy(
    ctx,
    {
      def: byStorage('/pods'),
      ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
      name: podName,
      subresource: 'proxy',
      proxyPort: String(target),
      proxyPath: r.proxyPath ?? '/',
      verb: r.verb,
    },
    call,
    method,
  );
}

/** The shortest token the TokenRequest API issues: ten minutes. */
const MIN_TOKEN_SECONDS = 600;

/**
 * serviceaccounts/{name}/token: a TokenRequest, answered with a token for the account that this
 * API server accepts until it expires or the account is deleted (`kubectl create token`).
 */
export function handleTokenRequest(ctx: ApiContext, r: ResourceRequest, call: HttpCall): void {
  if (r.verb !== 'create' || r.name === undefined) throw methodNotAllowed();
  const account = ctx.registry.get(r.def, r.namespace, r.name);
  const request = decodeObject(call.body, String(call.headers['content-type'] ?? ''), r.def);
  const spec = isRecord(request.spec) ? request.spec : {};
  const seconds = typeof spec.expirationSeconds === 'number' ? spec.expirationSeconds : 3600;
  const tokenRequest = { kind: 'TokenRequest', group: 'authentication.k8s.io' };
  if (seconds < MIN_TOKEN_SECONDS) {
    throw invalid(tokenRequest, r.name, [
      {
        reason: 'FieldValueInvalid',
        field: 'spec.expirationSeconds',
        message: `Invalid value: ${seconds}: may not specify a duration less than 10 minutes`,
      },
    ]);
  }
  const uid = isRecord(account.metadata) ? String(account.metadata.uid ?? '') : '';
  const expires = new Date(ctx.clock.now() + seconds * 1000);
  const token = ctx.serviceAccountTokens.issue(
    { namespace: r.namespace ?? '', name: r.name, uid },
    expires,
  );
  send(
    call.res,
    201,
    {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { name: r.name, namespace: r.namespace, creationTimestamp: null },
      spec: {
        audiences: Array.isArray(spec.audiences)
          ? spec.audiences
          : ['https://kubernetes.default.svc'],
        expirationSeconds: seconds,
        boundObjectRef: null,
      },
      status: { token, expirationTimestamp: expires.toISOString().replace(/\.\d{3}Z$/, 'Z') },
    },
    call.headers,
  );
}
