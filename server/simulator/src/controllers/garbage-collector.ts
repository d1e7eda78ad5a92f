import { R } from '../api/resources.ts';
import type { StoreEvent } from '../store/store.ts';
import type { KubeObject, OwnerReference } from '../store/types.ts';
import { QueuedController } from './queued-controller.ts';

/**
 * The garbage collector: deletes dependents whose owners are all gone (background propagation)
 * and finishes foreground deletion by removing the `foregroundDeletion` finalizer once an
 * owner's dependents are gone. Also the namespace controller: empties a terminating namespace.
 */
export class GarbageCollector extends QueuedController {
  protected onEvent(event: StoreEvent): void {
    const meta = event.object.metadata;
    if (event.type === 'DELETED') {
      for (const dep of this.ctx.store.dependents(meta.uid ?? ''))
        this.queue.add(`orphan|${dep.resource}|${dep.namespace}|${dep.name}`);
      for (const ref of meta.ownerReferences ?? [])
        this.queue.add(
          `owner|${ref.uid}|${meta.namespace ?? ''}|${ref.apiVersion}|${ref.kind}|${ref.name}`,
        );
      return;
    }
    if (meta.deletionTimestamp) {
      if (meta.finalizers?.includes('foregroundDeletion'))
        this.queue.add(`fg|${event.resource}|${meta.namespace ?? ''}|${meta.name}`);
      if (event.resource === R.namespaces) this.queue.add(`ns|${meta.name}`);
    }
  }

  private ownerExists(namespace: string, ref: OwnerReference): boolean {
    const def = this.ctx.registry.catalog.findByKind(ref.apiVersion, ref.kind);
    if (!def) return false;
    const owner = this.ctx.store.get(def.storage, def.namespaced ? namespace : undefined, ref.name);
    return owner !== undefined && owner.metadata.uid === ref.uid;
  }

  protected sync(key: string): void {
    const parts = key.split('|');
    const kind = parts[0];
    if (kind === 'orphan') this.collect(parts[1] ?? '', parts[2] ?? '', parts[3] ?? '');
    else if (kind === 'fg') this.foreground(parts[1] ?? '', parts[2] ?? '', parts[3] ?? '');
    else if (kind === 'ns') this.finalizeNamespace(parts[1] ?? '');
    else if (kind === 'owner') {
      // A dependent went away: an owner in foreground deletion may now be finished.
      const [, , namespace = '', apiVersion = '', ownerKind = '', name = ''] = parts;
      const def = this.ctx.registry.catalog.findByKind(apiVersion, ownerKind);
      if (!def) return;
      const owner = this.ctx.store.get(def.storage, def.namespaced ? namespace : undefined, name);
      if (
        owner?.metadata.deletionTimestamp &&
        owner.metadata.finalizers?.includes('foregroundDeletion')
      ) {
        this.foreground(def.storage, namespace, name);
      }
    }
  }

  private collect(resource: string, namespace: string, name: string): void {
    const obj = this.ctx.store.get(resource, namespace || undefined, name);
    if (!obj || obj.metadata.deletionTimestamp) return;
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0 || refs.some((ref) => this.ownerExists(namespace, ref))) return;
    this.deleteObject(resource, obj, 'Background');
  }

  private deleteObject(
    resource: string,
    obj: KubeObject,
    policy: 'Background' | 'Foreground',
  ): void {
    try {
      this.ctx.registry.delete(
        this.ctx.registry.catalog.byStorage(resource),
        obj.metadata.namespace,
        obj.metadata.name ?? '',
        { propagationPolicy: policy },
      );
    } catch {
      // already gone
    }
  }

  private foreground(resource: string, namespace: string, name: string): void {
    const owner = this.ctx.store.get(resource, namespace || undefined, name);
    if (!owner) return;
    const deps = this.ctx.store.dependents(owner.metadata.uid ?? '');
    let blocking = 0;
    for (const dep of deps) {
      const obj = this.ctx.store.get(dep.resource, dep.namespace || undefined, dep.name);
      if (!obj) continue;
      blocking++;
      if (!obj.metadata.deletionTimestamp) this.deleteObject(dep.resource, obj, 'Foreground');
    }
    if (blocking === 0) this.ctx.registry.removeFinalizer(resource, owner, 'foregroundDeletion');
  }

  private finalizeNamespace(name: string): void {
    const ns = this.ctx.store.get(R.namespaces, undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    let remaining = 0;
    const seen = new Set<string>();
    for (const def of this.ctx.registry.catalog.all()) {
      if (!def.namespaced || def.storage !== `${def.group}/${def.resource}`) continue;
      // A custom kind's versions share one storage.
      if (seen.has(def.storage)) continue;
      seen.add(def.storage);
      for (const obj of this.ctx.store.list(def.storage, name)) {
        remaining++;
        if (!obj.metadata.deletionTimestamp) this.deleteObject(def.storage, obj, 'Background');
        else if (def.kind === 'Pod') {
          // Pods on nodes finish through their kubelet; nothing else to do here.
        }
      }
    }
    if (remaining === 0) this.ctx.store.remove(R.namespaces, undefined, name);
    else {
      this.ctx.clock.setTimeout(() => this.queue.add(`ns|${name}`), 1000);
    }
  }
}
