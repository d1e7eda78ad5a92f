import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ResourceDef } from './resources.ts';
import { apiVersionOf } from './resources.ts';

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

const CONDITIONS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/conditions';

function isCpuUtilization(metric: unknown, key: 'target' | 'current'): number | undefined {
  if (!isRecord(metric) || metric.type !== 'Resource' || !isRecord(metric.resource))
    return undefined;
  const resource = metric.resource;
  const value = isRecord(resource[key]) ? resource[key] : undefined;
  if (resource.name !== 'cpu' || !value || typeof value.averageUtilization !== 'number')
    return undefined;
  return value.averageUtilization;
}

/** autoscaling/v2 → v1: the CPU utilization target and current value; conditions as an annotation. */
export function toHpaV1(obj: KubeObject): KubeObject {
  const spec = isRecord(obj.spec) ? obj.spec : {};
  const status = isRecord(obj.status) ? obj.status : undefined;
  const metrics = Array.isArray(spec.metrics) ? spec.metrics : [];
  const target = metrics.map((m) => isCpuUtilization(m, 'target')).find((v) => v !== undefined);
  const currentMetrics =
    status && Array.isArray(status.currentMetrics) ? status.currentMetrics : [];
  const current = currentMetrics
    .map((m) => isCpuUtilization(m, 'current'))
    .find((v) => v !== undefined);
  const conditions = status && Array.isArray(status.conditions) ? status.conditions : [];
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  if (conditions.length > 0) annotations[CONDITIONS_ANNOTATION] = JSON.stringify(conditions);
  return {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v1',
    metadata: {
      ...obj.metadata,
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: {
      scaleTargetRef: spec.scaleTargetRef,
      ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec.maxReplicas,
      ...(target !== undefined ? { targetCPUUtilizationPercentage: target } : {}),
    },
    status: {
      ...(status?.observedGeneration !== undefined
        ? { observedGeneration: status.observedGeneration }
        : {}),
      ...(status?.lastScaleTime ? { lastScaleTime: status.lastScaleTime } : {}),
      currentReplicas: status?.currentReplicas ?? 0,
      desiredReplicas: status?.desiredReplicas ?? 0,
      ...(current !== undefined ? { currentCPUUtilizationPercentage: current } : {}),
    },
  } as KubeObject;
}

/** autoscaling/v1 → v2: the CPU utilization target becomes a Resource metric. */
export function fromHpaV1(obj: KubeObject): KubeObject {
  const spec = isRecord(obj.spec) ? obj.spec : {};
  const status = isRecord(obj.status) ? obj.status : {};
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  let conditions: unknown[] = [];
  const saved = annotations[CONDITIONS_ANNOTATION];
  if (saved) {
    try {
      const parsed: unknown = JSON.parse(saved);
      if (Array.isArray(parsed)) conditions = parsed;
    } catch {
      // a hand-edited annotation: no conditions
    }
    delete annotations[CONDITIONS_ANNOTATION];
  }
  const cpu = (value: unknown, key: 'target' | 'current') => ({
    type: 'Resource',
    resource: {
      name: 'cpu',
      [key]:
        key === 'target'
          ? { type: 'Utilization', averageUtilization: value }
          : { averageUtilization: value },
    },
  });
  const { annotations: _dropped, ...meta } = obj.metadata;
  // The apiVersion stays the one written (checked against the URL); the store keeps v2's.
  return {
    kind: obj.kind,
    apiVersion: obj.apiVersion,
    metadata: { ...meta, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    spec: {
      scaleTargetRef: spec.scaleTargetRef,
      ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec.maxReplicas,
      ...(typeof spec.targetCPUUtilizationPercentage === 'number'
        ? { metrics: [cpu(spec.targetCPUUtilizationPercentage, 'target')] }
        : {}),
    },
    ...(isRecord(obj.status)
      ? {
          status: {
            ...(status.observedGeneration !== undefined
              ? { observedGeneration: status.observedGeneration }
              : {}),
            ...(status.lastScaleTime ? { lastScaleTime: status.lastScaleTime } : {}),
            currentReplicas: status.currentReplicas ?? 0,
            desiredReplicas: status.desiredReplicas ?? 0,
            ...(typeof status.currentCPUUtilizationPercentage === 'number'
              ? { currentMetrics: [cpu(status.currentCPUUtilizationPercentage, 'current')] }
              : {}),
            ...(conditions.length > 0 ? { conditions } : {}),
          },
        }
      : {}),
  } as KubeObject;
}

function isHpaV1(def: ResourceDef): boolean {
  return def.group === 'autoscaling' && def.version === 'v1';
}

export function externalObject(def: ResourceDef, obj: KubeObject): KubeObject {
  // Custom versions convert as the `None` strategy does: only apiVersion changes.
  if (def.custom) {
    const apiVersion = apiVersionOf(def);
    return obj.apiVersion === apiVersion ? obj : { ...obj, apiVersion };
  }
  if (isHpaV1(def)) return toHpaV1(obj);
  return def.group === 'events.k8s.io' ? toEventsV1(obj) : obj;
}

export function internalObject(def: ResourceDef, obj: KubeObject): KubeObject {
  if (isHpaV1(def)) return fromHpaV1(obj);
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
  if (def.custom) {
    // A custom kind's converter: its name, its namespace when namespaced, its selectable fields.
    const known =
      field === 'metadata.name' ||
      (field === 'metadata.namespace' && def.namespaced) ||
      def.custom.selectableFields.includes(field);
    return known ? field : undefined;
  }
  const mapped = def.group === 'events.k8s.io' ? (EVENTS_V1_FIELDS[field] ?? field) : field;
  if (mapped === 'metadata.name' || mapped === 'metadata.namespace') return mapped;
  if (mapped === 'source') return 'source.component';
  return FIELDS[def.kind]?.includes(mapped) ? mapped : undefined;
}
