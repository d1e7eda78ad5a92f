import { selectorToString } from '../store/selectors.ts';
import type {
  CoreEvent,
  Deployment,
  KubeObject,
  NodeObject,
  Pod,
  ReplicaSet,
  Service,
} from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import { jsonPath } from './crd.ts';
import type { CustomVersion } from './crd.types.ts';
import type { ResourceDef } from './resources.ts';

/** kubectl's HumanDuration, as the server-side printers use it for the AGE column. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  const days = Math.floor(hours / 24) % 365;
  return days === 0 || hours >= 24 * 365 * 8 ? `${years}y` : `${years}y${days}d`;
}

interface Column {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

function col(name: string, type = 'string', priority = 0, format = ''): Column {
  return { name, type, format, description: name, priority };
}

type Cell = string | number | boolean | null;

function age(obj: KubeObject, now: number): string {
  const created = obj.metadata.creationTimestamp;
  return created ? humanDuration(now - Date.parse(created)) : '<unknown>';
}

export function podStatusReason(pod: Pod): {
  reason: string;
  ready: number;
  total: number;
  restarts: number;
  lastRestart?: number;
} {
  const status = pod.status ?? {};
  let reason = status.reason || status.phase || 'Pending';
  let ready = 0;
  let restarts = 0;
  let lastRestart: number | undefined;
  let hasRunning = false;
  const statuses = status.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    if (!c) continue;
    restarts += c.restartCount;
    const finished = c.lastState.terminated?.finishedAt;
    if (finished) lastRestart = Math.max(lastRestart ?? 0, Date.parse(finished));
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) reason = 'Running';
  if (pod.metadata.deletionTimestamp)
    reason = status.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  return {
    reason,
    ready,
    total: pod.spec.containers.length,
    restarts,
    ...(lastRestart !== undefined ? { lastRestart } : {}),
  };
}

function podRow(pod: Pod, now: number): Cell[] {
  const s = podStatusReason(pod);
  const restarts =
    s.lastRestart !== undefined
      ? `${s.restarts} (${humanDuration(now - s.lastRestart)} ago)`
      : String(s.restarts);
  return [
    pod.metadata.name ?? '',
    `${s.ready}/${s.total}`,
    s.reason,
    restarts,
    age(pod, now),
    pod.status?.podIP ?? '<none>',
    pod.spec.nodeName ?? '<none>',
    '<none>',
    '<none>',
  ];
}

function images(template: {
  spec: { containers: { name: string; image?: string }[] };
}): [string, string] {
  return [
    template.spec.containers.map((c) => c.name).join(','),
    template.spec.containers.map((c) => c.image ?? '').join(','),
  ];
}

function deploymentRow(d: Deployment, now: number): Cell[] {
  const [names, imgs] = images(d.spec.template);
  return [
    d.metadata.name ?? '',
    `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
    d.status?.updatedReplicas ?? 0,
    d.status?.availableReplicas ?? 0,
    age(d, now),
    names,
    imgs,
    selectorToString(d.spec.selector),
  ];
}

function replicaSetRow(rs: ReplicaSet, now: number): Cell[] {
  const [names, imgs] = images(rs.spec.template);
  return [
    rs.metadata.name ?? '',
    rs.spec.replicas ?? 0,
    rs.status?.replicas ?? 0,
    rs.status?.readyReplicas ?? 0,
    age(rs, now),
    names,
    imgs,
    selectorToString(rs.spec.selector),
  ];
}

function nodeRow(n: NodeObject, now: number): Cell[] {
  const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
  let status =
    ready?.status === 'True' ? 'Ready' : ready?.status === 'False' ? 'NotReady' : 'Unknown';
  if (ready?.status === 'Unknown') status = 'NotReady';
  if (n.spec.unschedulable) status += ',SchedulingDisabled';
  const roles = Object.keys(n.metadata.labels ?? {})
    .filter((l) => l.startsWith('node-role.kubernetes.io/'))
    .map((l) => l.slice('node-role.kubernetes.io/'.length));
  const address = (type: string): string =>
    n.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
  const info = n.status?.nodeInfo ?? {};
  return [
    n.metadata.name ?? '',
    status,
    roles.length > 0 ? roles.join(',') : '<none>',
    age(n, now),
    info.kubeletVersion ?? '',
    address('InternalIP'),
    address('ExternalIP'),
    info.osImage ?? '',
    info.kernelVersion ?? '',
    info.containerRuntimeVersion ?? '',
  ];
}

function eventRow(e: CoreEvent, now: number): Cell[] {
  const last = e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
  const first = e.firstTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp;
  const lastSeen = last ? humanDuration(now - Date.parse(last)) : '<unknown>';
  const count = e.count ?? 1;
  const seen =
    count > 1 && first
      ? `${lastSeen} (x${count} over ${humanDuration(now - Date.parse(first))})`
      : lastSeen;
  const kind = (e.involvedObject.kind ?? '').toLowerCase();
  return [
    seen,
    e.type ?? '',
    e.reason ?? '',
    `${kind}/${e.involvedObject.name ?? ''}`,
    e.message ?? '',
    e.source?.component ?? e.reportingComponent ?? '',
    '',
    first ? humanDuration(now - Date.parse(first)) : '',
    count,
    e.metadata.name ?? '',
  ];
}

function serviceRow(s: Service, now: number): Cell[] {
  const ports = (s.spec.ports ?? []).map(
    (p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`,
  );
  return [
    s.metadata.name ?? '',
    s.spec.type ?? 'ClusterIP',
    s.spec.clusterIP ?? '<none>',
    '<none>',
    ports.length > 0 ? ports.join(',') : '<none>',
    age(s, now),
    s.spec.selector
      ? Object.entries(s.spec.selector)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')
      : '<none>',
  ];
}

function namespaceRow(ns: KubeObject, now: number): Cell[] {
  const phase =
    isRecord(ns.status) && typeof ns.status.phase === 'string' ? ns.status.phase : 'Active';
  return [ns.metadata.name ?? '', phase, age(ns, now)];
}

interface Printer {
  columns: Column[];
  row: (obj: KubeObject, now: number) => Cell[];
}

const nameCol = (): Column => col('Name', 'string', 0, 'name');

const PRINTERS: Record<string, Printer> = {
  Pod: {
    columns: [
      nameCol(),
      col('Ready'),
      col('Status'),
      col('Restarts'),
      col('Age'),
      col('IP', 'string', 1),
      col('Node', 'string', 1),
      col('Nominated Node', 'string', 1),
      col('Readiness Gates', 'string', 1),
    ],
    row: (o, now) => podRow(o as Pod, now),
  },
  Deployment: {
    columns: [
      nameCol(),
      col('Ready'),
      col('Up-to-date', 'integer'),
      col('Available', 'integer'),
      col('Age'),
      col('Containers', 'string', 1),
      col('Images', 'string', 1),
      col('Selector', 'string', 1),
    ],
    row: (o, now) => deploymentRow(o as Deployment, now),
  },
  ReplicaSet: {
    columns: [
      nameCol(),
      col('Desired', 'integer'),
      col('Current', 'integer'),
      col('Ready', 'integer'),
      col('Age'),
      col('Containers', 'string', 1),
      col('Images', 'string', 1),
      col('Selector', 'string', 1),
    ],
    row: (o, now) => replicaSetRow(o as ReplicaSet, now),
  },
  Node: {
    columns: [
      nameCol(),
      col('Status'),
      col('Roles'),
      col('Age'),
      col('Version'),
      col('Internal-IP', 'string', 1),
      col('External-IP', 'string', 1),
      col('OS-Image', 'string', 1),
      col('Kernel-Version', 'string', 1),
      col('Container-Runtime', 'string', 1),
    ],
    row: (o, now) => nodeRow(o as NodeObject, now),
  },
  Event: {
    columns: [
      col('Last Seen'),
      col('Type'),
      col('Reason'),
      col('Object'),
      col('Message'),
      col('Source', 'string', 1),
      col('Subobject', 'string', 1),
      col('First Seen', 'string', 1),
      col('Count', 'integer', 1),
      col('Name', 'string', 1),
    ],
    row: (o, now) => eventRow(o as CoreEvent, now),
  },
  Service: {
    columns: [
      nameCol(),
      col('Type'),
      col('Cluster-IP'),
      col('External-IP'),
      col('Port(s)'),
      col('Age'),
      col('Selector', 'string', 1),
    ],
    row: (o, now) => serviceRow(o as Service, now),
  },
  Namespace: { columns: [nameCol(), col('Status'), col('Age')], row: namespaceRow },
  HorizontalPodAutoscaler: {
    columns: [
      nameCol(),
      col('Reference'),
      col('Targets'),
      col('MinPods', 'integer'),
      col('MaxPods', 'integer'),
      col('Replicas', 'integer'),
      col('Age'),
    ],
    row: hpaRow,
  },
};

/** An HPA's row: each metric as `current/target` (`<unknown>` before the controller read it). */
function hpaRow(o: KubeObject, now: number): Cell[] {
  const spec = isRecord(o.spec) ? o.spec : {};
  const status = isRecord(o.status) ? o.status : {};
  const ref = isRecord(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
  const current = Array.isArray(status.currentMetrics)
    ? status.currentMetrics.filter(isRecord)
    : [];
  const targets = (Array.isArray(spec.metrics) ? spec.metrics.filter(isRecord) : []).map((m, i) => {
    if (m.type === 'Pods' && isRecord(m.pods)) {
      const target = isRecord(m.pods.target) ? String(m.pods.target.averageValue ?? '') : '';
      const seen = current[i];
      const value =
        seen && isRecord(seen.pods) && isRecord(seen.pods.current)
          ? String(seen.pods.current.averageValue ?? '<unknown>')
          : '<unknown>';
      return `${value}/${target}`;
    }
    if (m.type === 'Resource' && isRecord(m.resource)) {
      const target = isRecord(m.resource.target) ? m.resource.target : {};
      const goal =
        typeof target.averageUtilization === 'number'
          ? `${target.averageUtilization}%`
          : String(target.averageValue ?? '');
      return `${String(m.resource.name ?? '')}: <unknown>/${goal}`;
    }
    return '<unknown>';
  });
  return [
    o.metadata.name ?? '',
    `${String(ref.kind ?? '')}/${String(ref.name ?? '')}`,
    targets.join(', ') || '<none>',
    typeof spec.minReplicas === 'number' ? spec.minReplicas : 1,
    typeof spec.maxReplicas === 'number' ? spec.maxReplicas : 0,
    typeof status.currentReplicas === 'number' ? status.currentReplicas : 0,
    age(o, now),
  ];
}

const GENERIC: Printer = {
  columns: [nameCol(), col('Age')],
  row: (o, now) => [o.metadata.name ?? '', age(o, now)],
};

/** One cell of an additionalPrinterColumns column, as the apiextensions table convertor fills it. */
function customCell(type: string, value: unknown, now: number): Cell {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? humanDuration(now - Date.parse(value))
        : null;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

function customPrinter(custom: CustomVersion): Printer {
  return {
    columns: [
      nameCol(),
      ...custom.columns.map((c) => ({
        name: c.name,
        type: c.type,
        format: c.format ?? '',
        description: c.description ?? '',
        priority: c.priority ?? 0,
      })),
    ],
    row: (o, now) => [
      o.metadata.name ?? '',
      ...custom.columns.map((c) => customCell(c.type, jsonPath(o, c.jsonPath)[0], now)),
    ],
  };
}

const CRD_PRINTER: Printer = {
  columns: [nameCol(), col('Created At', 'date')],
  row: (o) => [o.metadata.name ?? '', o.metadata.creationTimestamp ?? ''],
};

export type IncludeObject = 'None' | 'Object' | 'Metadata';

function rowObject(obj: KubeObject, include: IncludeObject): KubeObject | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

export function toTable(
  def: Pick<ResourceDef, 'kind' | 'group' | 'custom'>,
  items: KubeObject[],
  now: number,
  include: IncludeObject,
  listMeta: Record<string, unknown>,
  withColumns = true,
): Record<string, unknown> {
  const printer = def.custom
    ? customPrinter(def.custom)
    : def.group === 'apiextensions.k8s.io'
      ? CRD_PRINTER
      : (PRINTERS[def.kind] ?? GENERIC);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    ...(withColumns ? { columnDefinitions: printer.columns } : { columnDefinitions: null }),
    rows: items.map((obj) => {
      const object = rowObject(obj, include);
      return { cells: printer.row(obj, now), ...(object ? { object } : {}) };
    }),
  };
}
