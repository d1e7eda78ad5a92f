import { CRD_CLEANUP, isCrdStorage } from '../api/crd.ts';
import { R } from '../api/resources.ts';
import type { StoreEvent } from '../store/store.ts';
import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ControllerContext } from './context.ts';
import { QueuedController } from './queued-controller.ts';

/**
 * The apiextensions finalizer: a CustomResourceDefinition being deleted first deletes every
 * object of its kind, then lets itself go, and its kind is no longer served.
 */
export class CrdCleanup extends QueuedController {
  constructor(ctx: ControllerContext) {
    super(ctx);
    for (const crd of ctx.store.list(R.customresourcedefinitions))
      if (crd.metadata.deletionTimestamp) this.queue.add(crd.metadata.name ?? '');
  }

  protected onEvent(event: StoreEvent): void {
    if (isCrdStorage(event.resource)) {
      if (event.type !== 'DELETED' && event.object.metadata.deletionTimestamp)
        this.queue.add(event.object.metadata.name ?? '');
      return;
    }
    if (event.type !== 'DELETED') return;
    const def = this.ctx.registry.catalog
      .all()
      .find((d) => d.custom && d.storage === event.resource);
    if (def?.custom) this.queue.add(def.custom.crd);
  }

  /** The Terminating condition the finalizer sets while it deletes the objects. */
  private markTerminating(crd: KubeObject): void {
    const status = isRecord(crd.status) ? crd.status : {};
    const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isRecord) : [];
    if (conditions.some((c) => c.type === 'Terminating')) return;
    const next = structuredClone(crd);
    next.status = {
      ...status,
      conditions: [
        ...conditions,
        {
          type: 'Terminating',
          status: 'True',
          lastTransitionTime: this.ctx.clock.timestamp(),
          reason: 'InstanceDeletionInProgress',
          message: 'CustomResource deletion is in progress',
        },
      ],
    };
    this.ctx.registry.write(R.customresourcedefinitions, next);
  }

  protected sync(name: string): void {
    const crd = this.ctx.store.get(R.customresourcedefinitions, undefined, name);
    if (!crd?.metadata.deletionTimestamp) return;
    if (!crd.metadata.finalizers?.includes(CRD_CLEANUP)) return;
    this.markTerminating(crd);
    const def = this.ctx.registry.catalog.servedBy(name)[0];
    const objects = def ? this.ctx.store.list(def.storage) : [];
    for (const obj of objects) {
      if (obj.metadata.deletionTimestamp || !def) continue;
      try {
        this.ctx.registry.delete(def, obj.metadata.namespace, obj.metadata.name ?? '');
      } catch {
        // already gone
      }
    }
    if (def && this.ctx.store.list(def.storage).length > 0) return;
    const current = this.ctx.store.get(R.customresourcedefinitions, undefined, name) ?? crd;
    this.ctx.registry.removeFinalizer(R.customresourcedefinitions, current, CRD_CLEANUP);
  }
}
