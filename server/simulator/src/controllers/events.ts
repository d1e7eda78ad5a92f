import { R } from '../api/resources.ts';
import type { SimClock } from '../clock.ts';
import type { ObjectStore } from '../store/store.ts';
import type { CoreEvent, KubeObject } from '../store/types.ts';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  component: string;
  host?: string;
}

const MAX_EVENTS = 20_000;

/**
 * Records core/v1 Events the way client-go's recorder does: one object per (object, reason,
 * message, source), with count and lastTimestamp bumped on repeats.
 */
export class EventRecorder {
  private readonly store: ObjectStore;
  private readonly clock: SimClock;
  private readonly seen = new Map<string, { namespace: string; name: string }>();
  private order: { namespace: string; name: string }[] = [];
  private counter = 0;

  constructor(store: ObjectStore, clock: SimClock) {
    this.store = store;
    this.clock = clock;
  }

  record(
    obj: KubeObject,
    type: EventType,
    reason: string,
    message: string,
    source: EventSource,
    fieldPath?: string,
  ): void {
    const namespace = obj.metadata.namespace || 'default';
    const uid = obj.metadata.uid ?? '';
    const key = `${uid}|${reason}|${message}|${source.component}|${fieldPath ?? ''}`;
    const now = this.clock.timestamp();
    const existingKey = this.seen.get(key);
    const existing = existingKey
      ? (this.store.get(R.events, existingKey.namespace, existingKey.name) as CoreEvent | undefined)
      : undefined;
    if (existing) {
      this.store.put(R.events, {
        ...existing,
        count: (existing.count ?? 1) + 1,
        lastTimestamp: now,
      });
      return;
    }
    const name = `${obj.metadata.name ?? 'unknown'}.${(this.clock.now() * 1000 + (this.counter++ % 1000)).toString(16)}`;
    const event: CoreEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name,
        namespace,
        uid: crypto.randomUUID(),
        creationTimestamp: now,
      },
      involvedObject: {
        kind: obj.kind,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name,
        uid,
        apiVersion: obj.apiVersion,
        resourceVersion: obj.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source: { component: source.component, ...(source.host ? { host: source.host } : {}) },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    this.store.put(R.events, event);
    this.seen.set(key, { namespace, name });
    this.order.push({ namespace, name });
    if (this.order.length > MAX_EVENTS) {
      const drop = this.order.splice(0, this.order.length - MAX_EVENTS);
      for (const old of drop) this.store.remove(R.events, old.namespace, old.name);
    }
  }
}
