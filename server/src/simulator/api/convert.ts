import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ResourceDef } from './resources.ts';

/**
 * events.k8s.io/v1 and core/v1 events share one storage (core shape); these convert between
 * the two versions the way the API server's conversion functions do.
 */
export function toEventsV1(obj: KubeObject): KubeObject {
  const o = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {
    kind: 'Event',
    apiVersion: 'events.k8s.io/v1',
    metadata: obj.metadata,
    eventTime: o.eventTime ?? null,
    reportingController:
      o.reportingComponent || (isRecord(o.source) ? o.source.component : '') || '',
    reportingInstance: o.reportingInstance || (isRecord(o.source) ? o.source.host : '') || '',
    action: o.action ?? '',
    reason: o.reason,
    regarding: o.involvedObject,
    note: o.message,
    type: o.type,
  };
  if (o.related) out.related = o.related;
  if (o.series) out.series = o.series;
  if (o.source) out.deprecatedSource = o.source;
  if (o.firstTimestamp) out.deprecatedFirstTimestamp = o.firstTimestamp;
  if (o.lastTimestamp) out.deprecatedLastTimestamp = o.lastTimestamp;
  if (o.count) out.deprecatedCount = o.count;
  return out as KubeObject;
}

export function fromEventsV1(obj: KubeObject): KubeObject {
  const o = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {
    kind: 'Event',
    apiVersion: 'v1',
    metadata: obj.metadata,
    involvedObject: o.regarding ?? {},
    reason: o.reason,
    message: o.note,
    type: o.type,
    eventTime: o.eventTime ?? null,
    reportingComponent: o.reportingController ?? '',
    reportingInstance: o.reportingInstance ?? '',
    action: o.action,
    source: o.deprecatedSource ?? {},
    firstTimestamp: o.deprecatedFirstTimestamp ?? null,
    lastTimestamp: o.deprecatedLastTimestamp ?? null,
    count: o.deprecatedCount ?? 0,
  };
  if (o.related) out.related = o.related;
  if (o.series) out.series = o.series;
  return out as KubeObject;
}

const EVENTS_V1_FIELDS: Record<string, string> = {
  'regarding.kind': 'involvedObject.kind',
  'regarding.namespace': 'involvedObject.namespace',
  'regarding.name': 'involvedObject.name',
  'regarding.uid': 'involvedObject.uid',
  'regarding.apiVersion': 'involvedObject.apiVersion',
  'regarding.resourceVersion': 'involvedObject.resourceVersion',
  'regarding.fieldPath': 'involvedObject.fieldPath',
  reportingController: 'reportingComponent',
  deprecatedSource: 'source',
};

export function externalObject(def: ResourceDef, obj: KubeObject): KubeObject {
  return def.group === 'events.k8s.io' ? toEventsV1(obj) : obj;
}

export function internalObject(def: ResourceDef, obj: KubeObject): KubeObject {
  return def.group === 'events.k8s.io' ? fromEventsV1(obj) : obj;
}

/** Field selector fields each kind supports, in storage (core) terms. */
const FIELDS: Record<string, string[]> = {
  Pod: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Node: ['spec.unschedulable'],
  Namespace: ['status.phase'],
  Secret: ['type'],
  ReplicaSet: ['status.replicas'],
  Service: ['spec.clusterIP', 'spec.type'],
};

/** Maps a requested field to its storage path, or undefined when the kind does not support it. */
export function supportedField(def: ResourceDef, field: string): string | undefined {
  const mapped = def.group === 'events.k8s.io' ? (EVENTS_V1_FIELDS[field] ?? field) : field;
  if (mapped === 'metadata.name' || mapped === 'metadata.namespace') return mapped;
  if (mapped === 'source') return 'source.component';
  return FIELDS[def.kind]?.includes(mapped) ? mapped : undefined;
}
