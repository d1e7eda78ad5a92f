import { R } from '../api/resources.ts';
import { G, SIM_CONTROLLER } from '../gateway/crds.ts';
import { attachments, backendSelector, isSimulatedClass, routeRules } from '../gateway/model.ts';
import type { StoreEvent } from '../store/store.ts';
import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ControllerContext } from './context.ts';
import { QueuedController } from './queued-controller.ts';

interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  observedGeneration?: number;
  lastTransitionTime?: string;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function specOf(obj: KubeObject): Record<string, unknown> {
  return isRecord(obj.spec) ? obj.spec : {};
}

function statusOf(obj: KubeObject): Record<string, unknown> {
  return isRecord(obj.status) ? obj.status : {};
}

/** A stable cluster-internal address for a Gateway, from its namespace and name. */
function gatewayAddress(namespace: string, name: string): string {
  let h = 0;
  for (const ch of `${namespace}/${name}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.96.${200 + (h % 50)}.${1 + ((h >>> 8) % 254)}`;
}

/**
 * The simulated gateway's controller (controllerName simulator.backline.dev/gateway-controller):
 * accepts its GatewayClasses, accepts and programs their Gateways with an address, and sets the
 * status.parents entry of each HTTPRoute attached to one of them: Accepted (whether a listener
 * allows the route) and ResolvedRefs (False, BackendNotFound, when a backend does not exist).
 * Routes to other Gateways, and other controllers' entries, are left alone.
 */
export class GatewayController extends QueuedController {
  constructor(ctx: ControllerContext) {
    super(ctx);
    for (const o of ctx.store.list(G.gatewayclasses)) this.queue.add(`class:${o.metadata.name}`);
    for (const o of ctx.store.list(G.gateways))
      this.queue.add(`gateway:${o.metadata.namespace}/${o.metadata.name}`);
    this.queueRoutes();
  }

  private queueRoutes(namespace?: string): void {
    for (const o of this.ctx.store.list(G.httproutes, namespace))
      this.queue.add(`route:${o.metadata.namespace}/${o.metadata.name}`);
  }

  protected onEvent(event: StoreEvent): void {
    const meta = event.object.metadata;
    switch (event.resource) {
      case G.gatewayclasses:
        this.queue.add(`class:${meta.name}`);
        for (const gw of this.ctx.store.list(G.gateways))
          if (specOf(gw).gatewayClassName === meta.name)
            this.queue.add(`gateway:${gw.metadata.namespace}/${gw.metadata.name}`);
        this.queueRoutes();
        return;
      case G.gateways:
        if (event.type !== 'DELETED') this.queue.add(`gateway:${meta.namespace}/${meta.name}`);
        this.queueRoutes();
        return;
      case G.httproutes:
        if (event.type !== 'DELETED') this.queue.add(`route:${meta.namespace}/${meta.name}`);
        return;
      case R.services:
      case G.inferencepools:
        if (event.type !== 'MODIFIED') this.queueRoutes();
        return;
      case R.namespaces:
        this.queueRoutes();
        return;
    }
  }

  protected sync(key: string): void {
    const [kind, rest = ''] = key.split(/:(.*)/s);
    const [namespace, name] = rest.includes('/') ? rest.split('/') : [undefined, rest];
    if (kind === 'class') this.syncClass(rest);
    else if (kind === 'gateway') this.syncGateway(namespace ?? '', name ?? '');
    else if (kind === 'route') this.syncRoute(namespace ?? '', name ?? '');
  }

  /** Conditions with the transition times of `before` kept where the status did not change. */
  private conditions(before: unknown, next: Condition[]): Condition[] {
    const previous = records(before);
    const now = this.ctx.clock.timestamp();
    return next.map((c) => {
      const old = previous.find((p) => p.type === c.type);
      const kept = old?.status === c.status && typeof old.lastTransitionTime === 'string';
      return { ...c, lastTransitionTime: kept ? String(old.lastTransitionTime) : now };
    });
  }

  private writeStatus(storage: string, obj: KubeObject, status: Record<string, unknown>): void {
    if (JSON.stringify(obj.status) === JSON.stringify(status)) return;
    this.ctx.registry.write(storage, { ...structuredClone(obj), status });
  }

  private syncClass(name: string): void {
    const cls = this.ctx.store.get(G.gatewayclasses, undefined, name);
    if (!cls || specOf(cls).controllerName !== SIM_CONTROLLER) return;
    const status = statusOf(cls);
    const generation = cls.metadata.generation ?? 1;
    this.writeStatus(G.gatewayclasses, cls, {
      ...status,
      conditions: this.conditions(status.conditions, [
        {
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
          message: 'Handled by the simulated gateway controller',
          observedGeneration: generation,
        },
      ]),
    });
  }

  private syncGateway(namespace: string, name: string): void {
    const gw = this.ctx.store.get(G.gateways, namespace, name);
    if (!gw || !isSimulatedClass(this.ctx.store, String(specOf(gw).gatewayClassName ?? ''))) return;
    const status = statusOf(gw);
    const generation = gw.metadata.generation ?? 1;
    this.writeStatus(G.gateways, gw, {
      ...status,
      addresses: [{ type: 'IPAddress', value: gatewayAddress(namespace, name) }],
      conditions: this.conditions(status.conditions, [
        {
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
          message: 'Gateway is accepted',
          observedGeneration: generation,
        },
        {
          type: 'Programmed',
          status: 'True',
          reason: 'Programmed',
          message: 'Gateway is programmed',
          observedGeneration: generation,
        },
      ]),
    });
  }

  /** Why a route's backends do not resolve, if one does not. */
  private resolvedRefs(route: KubeObject): Condition {
    const generation = route.metadata.generation ?? 1;
    for (const rule of routeRules(route)) {
      for (const ref of [...rule.backends, ...rule.mirrors.map((m) => m.backend)]) {
        const found = backendSelector(this.ctx.store, ref);
        if (!('missing' in found)) continue;
        const what =
          found.missing === 'InvalidKind'
            ? `Unsupported backend kind ${ref.group ? `${ref.kind}.${ref.group}` : ref.kind}`
            : `${ref.kind} ${ref.namespace}/${ref.name} not found`;
        return {
          type: 'ResolvedRefs',
          status: 'False',
          reason: found.missing,
          message: what,
          observedGeneration: generation,
        };
      }
    }
    return {
      type: 'ResolvedRefs',
      status: 'True',
      reason: 'ResolvedRefs',
      message: 'All references are resolved',
      observedGeneration: generation,
    };
  }

  private syncRoute(namespace: string, name: string): void {
    const route = this.ctx.store.get(G.httproutes, namespace, name);
    if (!route || route.metadata.deletionTimestamp) return;
    const status = statusOf(route);
    const previous = records(status.parents);
    const others = previous.filter((p) => p.controllerName !== SIM_CONTROLLER);
    const mine = previous.filter((p) => p.controllerName === SIM_CONTROLLER);
    const attached = attachments(this.ctx.store, route);
    if (attached.length === 0 && mine.length === 0) return;
    const generation = route.metadata.generation ?? 1;
    const resolved = this.resolvedRefs(route);
    const parents = attached.map((a) => {
      const before = mine.find(
        (p) => JSON.stringify(p.parentRef) === JSON.stringify(this.statusRef(a.ref)),
      );
      return {
        parentRef: this.statusRef(a.ref),
        controllerName: SIM_CONTROLLER,
        conditions: this.conditions(before?.conditions, [
          {
            type: 'Accepted',
            status: a.accepted ? 'True' : 'False',
            reason: a.reason,
            message: a.message,
            observedGeneration: generation,
          },
          resolved,
        ]),
      };
    });
    this.writeStatus(G.httproutes, route, { ...status, parents: [...others, ...parents] });
  }

  private statusRef(ref: {
    group: string;
    kind: string;
    name: string;
    namespace: string;
    sectionName?: string;
    port?: number;
  }): Record<string, unknown> {
    return {
      group: ref.group,
      kind: ref.kind,
      namespace: ref.namespace,
      name: ref.name,
      ...(ref.sectionName ? { sectionName: ref.sectionName } : {}),
      ...(ref.port !== undefined ? { port: ref.port } : {}),
    };
  }
}
