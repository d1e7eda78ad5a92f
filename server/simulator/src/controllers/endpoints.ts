import { randomSuffix } from '../api/registry.ts';
import { R } from '../api/resources.ts';
import { matchesLabels } from '../store/selectors.ts';
import type { StoreEvent } from '../store/store.ts';
import type { KubeObject, Pod, Service } from '../store/types.ts';
import type { ControllerContext } from './context.ts';
import { isPodReady } from './pod-util.ts';
import { keyOf, splitKey } from './queue.ts';
import { QueuedController } from './queued-controller.ts';

const SERVICE_NAME = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';

/**
 * Keeps an Endpoints object per Service with a selector (ready pods as addresses, the rest not
 * ready) and a discovery.k8s.io/v1 EndpointSlice with the same pods and their conditions.
 */
export class EndpointsController extends QueuedController {
  constructor(ctx: ControllerContext) {
    super(ctx, R.services);
  }

  protected onEvent(event: StoreEvent): void {
    if (event.resource === R.services) this.queue.add(keyOf(event.object.metadata));
    else if (event.resource === R.pods) {
      const ns = event.object.metadata.namespace;
      for (const svc of this.ctx.store.list(R.services, ns)) {
        const selector = (svc as Service).spec.selector;
        if (!selector) continue;
        const reqs = Object.entries(selector).map(([key, value]) => ({
          key,
          op: '=' as const,
          values: [value],
        }));
        const labels = event.object.metadata.labels;
        const before = event.previous?.metadata.labels;
        if (matchesLabels(reqs, labels) || (before && matchesLabels(reqs, before)))
          this.queue.add(keyOf(svc.metadata));
      }
    }
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.ctx.store.get(R.services, namespace, name) as Service | undefined;
    const existing = this.ctx.store.get(R.endpoints, namespace, name);
    if (!svc) {
      if (existing) this.ctx.store.remove(R.endpoints, namespace, name);
      for (const slice of this.slicesOf(namespace, name))
        this.ctx.store.remove(R.endpointslices, namespace, slice.metadata.name ?? '');
      return;
    }
    if (!svc.spec.selector) return;
    const reqs = Object.entries(svc.spec.selector).map(([k, value]) => ({
      key: k,
      op: '=' as const,
      values: [value],
    }));
    const ready: Record<string, unknown>[] = [];
    const notReady: Record<string, unknown>[] = [];
    const sliceEndpoints: Record<string, unknown>[] = [];
    for (const obj of this.ctx.store.list(R.pods, namespace)) {
      const pod = obj as Pod;
      if (
        !matchesLabels(reqs, pod.metadata.labels) ||
        !pod.status?.podIP ||
        pod.metadata.deletionTimestamp
      )
        continue;
      const address = {
        ip: pod.status.podIP,
        nodeName: pod.spec.nodeName,
        targetRef: { kind: 'Pod', namespace, name: pod.metadata.name, uid: pod.metadata.uid },
      };
      (isPodReady(pod) ? ready : notReady).push(address);
      sliceEndpoints.push({
        addresses: [pod.status.podIP],
        conditions: { ready: isPodReady(pod), serving: isPodReady(pod), terminating: false },
        ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
        targetRef: address.targetRef,
      });
    }
    const ports = (svc.spec.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
      protocol: p.protocol ?? 'TCP',
    }));
    const subsets =
      ready.length + notReady.length === 0
        ? undefined
        : [
            {
              ...(ready.length ? { addresses: ready } : {}),
              ...(notReady.length ? { notReadyAddresses: notReady } : {}),
              ports,
            },
          ];
    const next: KubeObject = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: existing
        ? { ...existing.metadata }
        : {
            name,
            namespace,
            uid: crypto.randomUUID(),
            creationTimestamp: this.ctx.clock.timestamp(),
            labels: { ...(svc.metadata.labels ?? {}) },
          },
      ...(subsets ? { subsets } : {}),
    };
    this.syncSlice(svc, sliceEndpoints, ports);
    if (existing && JSON.stringify(existing.subsets) === JSON.stringify(next.subsets)) return;
    this.ctx.registry.write(R.endpoints, next);
  }

  private slicesOf(namespace: string | undefined, service: string): KubeObject[] {
    return this.ctx.store
      .list(R.endpointslices, namespace)
      .filter((s) => s.metadata.labels?.[SERVICE_NAME] === service);
  }

  private syncSlice(
    svc: Service,
    endpoints: Record<string, unknown>[],
    ports: Record<string, unknown>[],
  ): void {
    const namespace = svc.metadata.namespace;
    const name = svc.metadata.name ?? '';
    const existing = this.slicesOf(namespace, name)[0];
    const next: KubeObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: existing
        ? { ...existing.metadata }
        : {
            name: `${name}-${randomSuffix()}`,
            generateName: `${name}-`,
            namespace,
            uid: crypto.randomUUID(),
            creationTimestamp: this.ctx.clock.timestamp(),
            generation: 1,
            labels: {
              ...(svc.metadata.labels ?? {}),
              [SERVICE_NAME]: name,
              [MANAGED_BY]: 'endpointslice-controller.k8s.io',
            },
            ownerReferences: [
              {
                apiVersion: 'v1',
                kind: 'Service',
                name,
                uid: svc.metadata.uid ?? '',
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
      addressType: 'IPv4',
      endpoints,
      ports,
    };
    if (
      existing &&
      JSON.stringify([existing.endpoints, existing.ports]) === JSON.stringify([endpoints, ports])
    )
      return;
    this.ctx.registry.write(R.endpointslices, next);
  }
}
