import { R } from '../api/resources.ts';
import { matchesLabels, requirementsFromSelector } from '../store/selectors.ts';
import type { ObjectStore } from '../store/store.ts';
import type { KubeObject, LabelSelector } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { G, GATEWAY_GROUP, INFERENCE_GROUP, SIM_CONTROLLER } from './crds.ts';

/** A reference to a Service or an InferencePool, with the Gateway API defaults applied. */
export interface BackendRef {
  group: string;
  kind: string;
  name: string;
  namespace: string;
  port?: number;
  weight: number;
}

export interface MirrorFilter {
  backend: BackendRef;
  /** The share of the rule's requests mirrored, 0..1. */
  fraction: number;
}

export interface RouteRule {
  backends: BackendRef[];
  mirrors: MirrorFilter[];
}

export interface ParentRef {
  group: string;
  kind: string;
  name: string;
  namespace: string;
  sectionName?: string;
  port?: number;
}

/** How one parentRef of a route fares with the simulated gateway. */
export interface ParentAttachment {
  ref: ParentRef;
  /** The original parentRef, for status.parents[].parentRef. */
  raw: Record<string, unknown>;
  accepted: boolean;
  reason: string;
  message: string;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function spec(obj: KubeObject): Record<string, unknown> {
  return isRecord(obj.spec) ? obj.spec : {};
}

export function backendRef(raw: Record<string, unknown>, routeNamespace: string): BackendRef {
  const port = num(raw.port);
  return {
    group: text(raw.group),
    kind: text(raw.kind, 'Service'),
    name: text(raw.name),
    namespace: text(raw.namespace) || routeNamespace,
    ...(port !== undefined ? { port } : {}),
    weight: Math.max(0, num(raw.weight) ?? 1),
  };
}

/** The rules of an HTTPRoute: weighted backends and RequestMirror filters. */
export function routeRules(route: KubeObject): RouteRule[] {
  const ns = route.metadata.namespace ?? '';
  return records(spec(route).rules).map((rule) => ({
    backends: records(rule.backendRefs).map((b) => backendRef(b, ns)),
    mirrors: records(rule.filters)
      .filter((f) => f.type === 'RequestMirror' && isRecord(f.requestMirror))
      .map((f) => {
        const mirror = f.requestMirror as Record<string, unknown>;
        const fraction = isRecord(mirror.fraction) ? mirror.fraction : undefined;
        const percent = num(mirror.percent);
        let share = 1;
        if (percent !== undefined) share = percent / 100;
        else if (fraction) {
          const denominator = num(fraction.denominator) ?? 100;
          share = denominator > 0 ? (num(fraction.numerator) ?? 0) / denominator : 0;
        }
        return {
          backend: backendRef(isRecord(mirror.backendRef) ? mirror.backendRef : {}, ns),
          fraction: Math.min(1, Math.max(0, share)),
        };
      }),
  }));
}

export function parentRef(raw: Record<string, unknown>, routeNamespace: string): ParentRef {
  const port = num(raw.port);
  const sectionName = text(raw.sectionName);
  return {
    group: text(raw.group, GATEWAY_GROUP),
    kind: text(raw.kind, 'Gateway'),
    name: text(raw.name),
    namespace: text(raw.namespace) || routeNamespace,
    ...(sectionName ? { sectionName } : {}),
    ...(port !== undefined ? { port } : {}),
  };
}

/** Whether a GatewayClass is the simulated gateway's. */
export function isSimulatedClass(store: ObjectStore, className: string): boolean {
  const cls = store.get(G.gatewayclasses, undefined, className);
  return cls !== undefined && spec(cls).controllerName === SIM_CONTROLLER;
}

/** The Gateway a parentRef names, when it is one of the simulated gateway's. */
export function simulatedGateway(store: ObjectStore, ref: ParentRef): KubeObject | undefined {
  if (ref.group !== GATEWAY_GROUP || ref.kind !== 'Gateway') return undefined;
  const gw = store.get(G.gateways, ref.namespace, ref.name);
  if (!gw || gw.metadata.deletionTimestamp) return undefined;
  return isSimulatedClass(store, text(spec(gw).gatewayClassName)) ? gw : undefined;
}

function listenerAllows(
  store: ObjectStore,
  gateway: KubeObject,
  listener: Record<string, unknown>,
  routeNamespace: string,
): boolean {
  const allowed = isRecord(listener.allowedRoutes) ? listener.allowedRoutes : {};
  const kinds = records(allowed.kinds);
  if (
    kinds.length > 0 &&
    !kinds.some((k) => k.kind === 'HTTPRoute' && text(k.group, GATEWAY_GROUP) === GATEWAY_GROUP)
  )
    return false;
  if (!['HTTP', 'HTTPS'].includes(text(listener.protocol))) return false;
  const namespaces = isRecord(allowed.namespaces) ? allowed.namespaces : {};
  const from = text(namespaces.from, 'Same');
  if (from === 'All') return true;
  if (from === 'Same') return routeNamespace === gateway.metadata.namespace;
  if (from === 'Selector') {
    const selector = isRecord(namespaces.selector)
      ? (namespaces.selector as LabelSelector)
      : undefined;
    const ns = store.get(R.namespaces, undefined, routeNamespace);
    return (
      ns !== undefined && matchesLabels(requirementsFromSelector(selector), ns.metadata.labels)
    );
  }
  return false;
}

/**
 * The parentRefs of a route that name simulated Gateways, and whether each accepts the route
 * (a listener, matching sectionName and port when given, allows the route's namespace). Refs to
 * other Gateways are not the simulated gateway's business and are left out.
 */
export function attachments(store: ObjectStore, route: KubeObject): ParentAttachment[] {
  const ns = route.metadata.namespace ?? '';
  const out: ParentAttachment[] = [];
  for (const raw of records(spec(route).parentRefs)) {
    const ref = parentRef(raw, ns);
    const gateway = simulatedGateway(store, ref);
    if (!gateway) continue;
    const listeners = records(spec(gateway).listeners).filter(
      (l) =>
        (ref.sectionName === undefined || l.name === ref.sectionName) &&
        (ref.port === undefined || l.port === ref.port),
    );
    if (listeners.length === 0) {
      out.push({
        ref,
        raw,
        accepted: false,
        reason: 'NoMatchingParent',
        message: 'No listener matches the parentRef',
      });
      continue;
    }
    const allowed = listeners.some((l) => listenerAllows(store, gateway, l, ns));
    out.push({
      ref,
      raw,
      accepted: allowed,
      reason: allowed ? 'Accepted' : 'NotAllowedByListeners',
      message: allowed
        ? 'Route is accepted'
        : `No listener of Gateway ${ref.namespace}/${ref.name} allows routes from namespace ${ns}`,
    });
  }
  return out;
}

/** Whether the simulated gateway serves a route (at least one simulated parent accepts it). */
export function routeAccepted(store: ObjectStore, route: KubeObject): boolean {
  return !route.metadata.deletionTimestamp && attachments(store, route).some((a) => a.accepted);
}

function nonEmpty(selector: unknown): Record<string, string> | null {
  return isRecord(selector) && Object.keys(selector).length > 0
    ? (selector as Record<string, string>)
    : null;
}

/**
 * The labels that pick a backend's pods (null: a Service without a selector, which has no
 * endpoints of its own), or why the backend cannot be resolved.
 */
export function backendSelector(
  store: ObjectStore,
  ref: BackendRef,
): { selector: Record<string, string> | null } | { missing: 'BackendNotFound' | 'InvalidKind' } {
  if ((ref.group === '' || ref.group === 'core') && ref.kind === 'Service') {
    const svc = store.get(R.services, ref.namespace, ref.name);
    if (!svc) return { missing: 'BackendNotFound' };
    return { selector: nonEmpty(spec(svc).selector) };
  }
  if (ref.group === INFERENCE_GROUP && ref.kind === 'InferencePool') {
    const pool = store.get(G.inferencepools, ref.namespace, ref.name);
    if (!pool) return { missing: 'BackendNotFound' };
    const selector = isRecord(spec(pool).selector) ? (spec(pool).selector as LabelSelector) : {};
    return { selector: nonEmpty(selector.matchLabels) };
  }
  return { missing: 'InvalidKind' };
}
