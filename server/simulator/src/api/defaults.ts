import type { Container, KubeObject, PodSpec, Toleration } from '../store/types.ts';
import { isRecord } from '../store/types.ts';

function defaultContainer(container: Container): void {
  if (container.imagePullPolicy === undefined) {
    const image = container.image ?? '';
    const tagless = !/:[^/]+$/.test(image) && !image.includes('@');
    container.imagePullPolicy = tagless || image.endsWith(':latest') ? 'Always' : 'IfNotPresent';
  }
  container.resources ??= {};
  container.terminationMessagePath ??= '/dev/termination-log';
  container.terminationMessagePolicy ??= 'File';
  for (const port of container.ports ?? []) port.protocol ??= 'TCP';
  for (const probe of [container.startupProbe, container.readinessProbe, container.livenessProbe]) {
    if (!probe) continue;
    probe.periodSeconds ??= 10;
    probe.timeoutSeconds ??= 1;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (probe.httpGet) {
      probe.httpGet.path ??= '/';
      probe.httpGet.scheme ??= 'HTTP';
    }
  }
}

export function defaultPodSpec(spec: PodSpec): void {
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
}

/** What the DefaultTolerationSeconds and ServiceAccount admission plugins add to every new pod. */
function admitPod(spec: PodSpec): void {
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount ??= spec.serviceAccountName;
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  const tolerations: Toleration[] = spec.tolerations ?? [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (
      !tolerations.some(
        (t) => t.key === key && (t.effect === 'NoExecute' || t.effect === undefined),
      )
    ) {
      tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    }
  }
  spec.tolerations = tolerations;
}

function defaultWorkload(obj: KubeObject, kind: string): void {
  const spec = isRecord(obj.spec) ? obj.spec : undefined;
  if (!spec) return;
  spec.replicas ??= 1;
  if (kind === 'Deployment') {
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    const strategy = (isRecord(spec.strategy) ? spec.strategy : {}) as Record<string, unknown>;
    strategy.type ??= 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const rolling = (isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : {}) as Record<
        string,
        unknown
      >;
      rolling.maxSurge ??= '25%';
      rolling.maxUnavailable ??= '25%';
      strategy.rollingUpdate = rolling;
    }
    spec.strategy = strategy;
  }
  const template = isRecord(spec.template) ? spec.template : undefined;
  if (template) {
    const meta = isRecord(template.metadata) ? template.metadata : {};
    meta.creationTimestamp ??= null;
    template.metadata = meta;
    if (isRecord(template.spec)) defaultPodSpec(template.spec as PodSpec);
  }
}

/** Applies the defaults the real API server fills in on create (and update) for each kind. */
export function applyDefaults(kind: string, obj: KubeObject, creating: boolean): void {
  switch (kind) {
    case 'Pod': {
      const spec = obj.spec as PodSpec | undefined;
      if (!spec) return;
      defaultPodSpec(spec);
      if (creating) admitPod(spec);
      if (creating && !isRecord(obj.status))
        obj.status = { phase: 'Pending', qosClass: qosClass(spec) };
      return;
    }
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      defaultWorkload(obj, kind);
      return;
    case 'Service': {
      const spec = (isRecord(obj.spec) ? obj.spec : {}) as Record<string, unknown>;
      obj.spec = spec;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      spec.internalTrafficPolicy ??= 'Cluster';
      spec.ipFamilies ??= ['IPv4'];
      spec.ipFamilyPolicy ??= 'SingleStack';
      for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
        if (!isRecord(port)) continue;
        port.protocol ??= 'TCP';
        port.targetPort ??= port.port;
      }
      return;
    }
    case 'Namespace': {
      const name = obj.metadata.name ?? '';
      obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
      obj.spec = { finalizers: ['kubernetes'] };
      if (creating) obj.status = { phase: 'Active' };
      return;
    }
    case 'Secret':
      obj.type ??= 'Opaque';
      return;
    default:
      return;
  }
}

export function qosClass(spec: PodSpec): string {
  let anyRequests = false;
  let guaranteed = true;
  for (const c of spec.containers ?? []) {
    const requests = c.resources?.requests ?? {};
    const limits = c.resources?.limits ?? {};
    if (Object.keys(requests).length > 0 || Object.keys(limits).length > 0) anyRequests = true;
    for (const name of ['cpu', 'memory']) {
      const limit = limits[name];
      const request = requests[name] ?? limit;
      if (limit === undefined || request !== limit) guaranteed = false;
    }
  }
  if (!anyRequests) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
