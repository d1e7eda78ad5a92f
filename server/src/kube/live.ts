import type { CoreV1Event, V1Deployment, V1Pod } from '@kubernetes/client-node';
import type {
  LiveCondition,
  LiveDeployment,
  LiveEvent,
  LivePod,
  LiveWorkload,
} from './live.types.ts';

function conditions(
  list:
    | {
        type: string;
        status: string;
        reason?: string;
        message?: string;
        lastTransitionTime?: Date | string;
      }[]
    | undefined,
): LiveCondition[] {
  return (list ?? []).map((c) => ({
    type: c.type,
    status: c.status,
    reason: c.reason ?? null,
    message: c.message ?? null,
    lastTransitionTime: c.lastTransitionTime ? new Date(c.lastTransitionTime).toISOString() : null,
  }));
}

/** A Deployment (or a StatefulSet, whose status has the same counts) as Backline sees it. */
export function liveDeployment(d: V1Deployment): LiveDeployment {
  const labels = d.metadata?.labels ?? {};
  return {
    name: d.metadata?.name ?? '',
    track: labels['backline.dev/track'] ?? 'stable',
    releaseId: labels['backline.dev/release'] ?? null,
    generation: d.metadata?.generation ?? 0,
    observedGeneration: d.status?.observedGeneration ?? 0,
    desiredReplicas: d.spec?.replicas ?? 0,
    readyReplicas: d.status?.readyReplicas ?? 0,
    updatedReplicas: d.status?.updatedReplicas ?? 0,
    availableReplicas: d.status?.availableReplicas ?? 0,
    conditions: conditions(d.status?.conditions),
    raw: d as unknown as Record<string, unknown>,
  };
}

export function livePod(p: V1Pod): LivePod {
  const labels = p.metadata?.labels ?? {};
  const statuses = p.status?.containerStatuses ?? [];
  const gpus = (p.spec?.containers ?? []).reduce(
    (n, c) =>
      n +
      Number(
        c.resources?.limits?.['nvidia.com/gpu'] ?? c.resources?.requests?.['nvidia.com/gpu'] ?? 0,
      ),
    0,
  );
  return {
    name: p.metadata?.name ?? '',
    phase: p.status?.phase ?? 'Unknown',
    ready: (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    restarts: statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0),
    node: p.spec?.nodeName ?? null,
    gpus,
    releaseId: labels['backline.dev/release'] ?? null,
    track: labels['backline.dev/track'] ?? null,
    createdAt: p.metadata?.creationTimestamp
      ? new Date(p.metadata.creationTimestamp).toISOString()
      : null,
    conditions: conditions(p.status?.conditions),
    raw: p as unknown as Record<string, unknown>,
    containers: statuses.map((s) => {
      const state = s.state?.running
        ? 'RUNNING'
        : s.state?.waiting
          ? 'WAITING'
          : s.state?.terminated
            ? 'TERMINATED'
            : 'UNKNOWN';
      return {
        name: s.name,
        ready: s.ready,
        restartCount: s.restartCount,
        state,
        reason: s.state?.waiting?.reason ?? s.state?.terminated?.reason ?? null,
        message: s.state?.waiting?.message ?? s.state?.terminated?.message ?? null,
        exitCode: s.state?.terminated?.exitCode ?? null,
        lastTerminationReason: s.lastState?.terminated?.reason ?? null,
      };
    }),
  };
}

export function liveEvent(e: CoreV1Event): LiveEvent {
  return {
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    message: e.message ?? '',
    object: `${e.involvedObject.kind}/${e.involvedObject.name}`,
    count: e.count ?? 1,
    lastSeen: e.lastTimestamp
      ? new Date(e.lastTimestamp).toISOString()
      : e.eventTime
        ? new Date(e.eventTime).toISOString()
        : null,
  };
}

/**
 * The live picture of one workload: its Deployments (or StatefulSet), their pods, and the newest
 * 50 events of any of them (ReplicaSets included, by name prefix) among a namespace's `events`.
 */
export function liveWorkload(
  workloads: readonly V1Deployment[],
  pods: readonly V1Pod[],
  events: readonly CoreV1Event[],
): LiveWorkload {
  const deployments = workloads.map(liveDeployment);
  const podNames = new Set(pods.map((p) => p.metadata?.name));
  const workloadNames = new Set(deployments.map((d) => d.name));
  return {
    deployments,
    pods: pods.map(livePod),
    events: events
      .filter((e) => {
        const involved = e.involvedObject;
        if (involved.kind === 'Pod') return podNames.has(involved.name);
        if (involved.kind === 'Deployment' || involved.kind === 'StatefulSet')
          return workloadNames.has(involved.name ?? '');
        if (involved.kind === 'ReplicaSet')
          return [...workloadNames].some((w) => involved.name?.startsWith(`${w}-`));
        return false;
      })
      .map(liveEvent)
      .sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''))
      .slice(0, 50),
  };
}
