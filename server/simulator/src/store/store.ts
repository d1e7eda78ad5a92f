import type { KubeObject } from './types.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  /** Storage key of the resource, e.g. `apps/deployments` or `/pods`. */
  resource: string;
  object: KubeObject;
  /** The object before this change (MODIFIED and DELETED only). */
  previous?: KubeObject;
  rv: number;
}

export type StoreListener = (event: StoreEvent) => void;

export interface ObjectStoreOptions {
  /** How many change events are kept for watches that resume from an older resourceVersion. */
  historyLimit?: number;
}

function objectKey(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? ''}/${name ?? ''}`;
}

/**
 * The simulated etcd: every object of every resource, one cluster-wide resourceVersion counter,
 * a bounded window of change events for watches, and an index of dependents by owner uid.
 * Stored objects are treated as immutable: writers always pass a fresh object.
 */
export class ObjectStore {
  private revision = 0;
  private readonly tables = new Map<string, Map<string, KubeObject>>();
  private readonly history: StoreEvent[] = [];
  private historyHead = 0;
  private compacted = 0;
  private readonly historyLimit: number;
  private readonly listeners = new Set<StoreListener>();
  private readonly owners = new Map<string, Set<string>>();

  constructor(options: ObjectStoreOptions = {}) {
    this.historyLimit = Math.max(10, options.historyLimit ?? 50_000);
  }

  get resourceVersion(): number {
    return this.revision;
  }

  /** resourceVersions at or below this one can no longer be watched from. */
  get compactedRevision(): number {
    return this.compacted;
  }

  private table(resource: string): Map<string, KubeObject> {
    let table = this.tables.get(resource);
    if (!table) {
      table = new Map();
      this.tables.set(resource, table);
    }
    return table;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.tables.get(resource)?.get(objectKey(namespace, name));
  }

  /** Objects of a resource, optionally in one namespace, in key order (namespace, then name). */
  list(resource: string, namespace?: string): KubeObject[] {
    const table = this.tables.get(resource);
    if (!table) return [];
    const keys = [...table.keys()].sort();
    const prefix = namespace === undefined ? undefined : `${namespace}/`;
    const out: KubeObject[] = [];
    for (const key of keys) {
      if (prefix !== undefined && !key.startsWith(prefix)) continue;
      const obj = table.get(key);
      if (obj) out.push(obj);
    }
    return out;
  }

  /** Unordered iteration, for controllers that do not care about order. */
  *values(resource: string): IterableIterator<KubeObject> {
    const table = this.tables.get(resource);
    if (table) yield* table.values();
  }

  count(resource: string): number {
    return this.tables.get(resource)?.size ?? 0;
  }

  /** Keys (`resource|namespace/name`) of objects that name `ownerUid` in their ownerReferences. */
  dependents(ownerUid: string): { resource: string; namespace: string; name: string }[] {
    const set = this.owners.get(ownerUid);
    if (!set) return [];
    return [...set].map((key) => {
      const [resource = '', rest = ''] = key.split('|');
      const slash = rest.indexOf('/');
      return { resource, namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
    });
  }

  put(resource: string, obj: KubeObject): KubeObject {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    const table = this.table(resource);
    const previous = table.get(key);
    this.revision++;
    const stored: KubeObject = {
      ...obj,
      metadata: { ...obj.metadata, resourceVersion: String(this.revision) },
    };
    table.set(key, stored);
    this.reindex(resource, key, previous, stored);
    this.emit({
      type: previous ? 'MODIFIED' : 'ADDED',
      resource,
      object: stored,
      ...(previous ? { previous } : {}),
      rv: this.revision,
    });
    return stored;
  }

  remove(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const key = objectKey(namespace, name);
    const table = this.tables.get(resource);
    const previous = table?.get(key);
    if (!table || !previous) return undefined;
    table.delete(key);
    this.revision++;
    this.reindex(resource, key, previous, undefined);
    const removed: KubeObject = {
      ...previous,
      metadata: { ...previous.metadata, resourceVersion: String(this.revision) },
    };
    this.emit({ type: 'DELETED', resource, object: removed, previous, rv: this.revision });
    return removed;
  }

  /**
   * Forgets the change events at or below `revision` (default: all of them), as etcd's compaction
   * does: watches and exact lists from those versions get 410 Gone afterwards. Returns the
   * compacted revision.
   */
  compact(revision = this.revision): number {
    const target = Math.min(Math.max(0, Math.floor(revision)), this.revision);
    if (target <= this.compacted) return this.compacted;
    while (this.historyHead < this.history.length) {
      const event = this.history[this.historyHead];
      if (!event || event.rv > target) break;
      this.historyHead++;
    }
    this.compacted = target;
    this.trimHistory();
    return this.compacted;
  }

  /**
   * The objects of a resource as they were at revision `rv` (namespace, then name order),
   * rebuilt from the current objects by undoing the later events; 'expired' when the window no
   * longer reaches back that far.
   */
  listAt(resource: string, namespace: string | undefined, rv: number): KubeObject[] | 'expired' {
    if (rv >= this.revision) return this.list(resource, namespace);
    const events = this.eventsSince(rv);
    if (events === 'expired') return 'expired';
    const inScope = (obj: KubeObject): boolean =>
      namespace === undefined || (obj.metadata.namespace ?? '') === namespace;
    const objects = new Map<string, KubeObject>();
    for (const obj of this.list(resource, namespace)) {
      objects.set(objectKey(obj.metadata.namespace, obj.metadata.name), obj);
    }
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i];
      if (!event || event.resource !== resource || !inScope(event.object)) continue;
      const key = objectKey(event.object.metadata.namespace, event.object.metadata.name);
      if (event.type === 'ADDED') objects.delete(key);
      else if (event.previous) objects.set(key, event.previous);
    }
    return [...objects.keys()].sort().map((key) => objects.get(key) as KubeObject);
  }

  /**
   * Events after `rv`, or 'expired' when the window no longer reaches back that far.
   */
  eventsSince(rv: number): StoreEvent[] | 'expired' {
    if (rv < this.compacted) return 'expired';
    const events = this.history.slice(this.historyHead);
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const event = events[mid];
      if (event && event.rv <= rv) lo = mid + 1;
      else hi = mid;
    }
    return events.slice(lo);
  }

  /**
   * Loads the objects an earlier run kept, before any controller or watch starts: no events,
   * and a watch cannot resume from a resourceVersion of before the restart (410, as after a
   * compaction).
   */
  restore(objects: Iterable<{ resource: string; object: KubeObject }>, revision: number): void {
    for (const { resource, object } of objects) {
      const key = objectKey(object.metadata.namespace, object.metadata.name);
      this.table(resource).set(key, object);
      this.reindex(resource, key, undefined, object);
    }
    this.revision = Math.max(this.revision, revision);
    this.compacted = this.revision;
  }

  /** Every object of every resource, for a snapshot. */
  *entries(): IterableIterator<{ resource: string; object: KubeObject }> {
    for (const [resource, table] of this.tables)
      for (const object of table.values()) yield { resource, object };
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    if (this.history.length - this.historyHead > this.historyLimit) {
      const dropped = this.history[this.historyHead];
      this.historyHead++;
      if (dropped) this.compacted = dropped.rv;
      this.trimHistory();
    }
    for (const listener of this.listeners) listener(event);
  }

  private trimHistory(): void {
    if (this.historyHead > 4096 || this.historyHead === this.history.length) {
      this.history.splice(0, this.historyHead);
      this.historyHead = 0;
    }
  }

  private reindex(
    resource: string,
    key: string,
    previous: KubeObject | undefined,
    next: KubeObject | undefined,
  ): void {
    const indexKey = `${resource}|${key}`;
    for (const ref of previous?.metadata.ownerReferences ?? []) {
      const set = this.owners.get(ref.uid);
      set?.delete(indexKey);
      if (set && set.size === 0) this.owners.delete(ref.uid);
    }
    for (const ref of next?.metadata.ownerReferences ?? []) {
      let set = this.owners.get(ref.uid);
      if (!set) {
        set = new Set();
        this.owners.set(ref.uid, set);
      }
      set.add(indexKey);
    }
  }
}
