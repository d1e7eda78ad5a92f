import type { Condition, ContainerStatus, Pod, PodStatus } from '../store/types.ts';

function condition(
  existing: Condition[] | undefined,
  type: string,
  status: 'True' | 'False',
  now: string,
  reason?: string,
  message?: string,
): Condition {
  const before = existing?.find((c) => c.type === type);
  const transition =
    before && before.status === status && before.lastTransitionTime
      ? before.lastTransitionTime
      : now;
  return {
    type,
    status,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
    lastProbeTime: null,
    lastTransitionTime: transition,
  };
}

export interface StatusInput {
  pod: Pod;
  containers: ContainerStatus[];
  everStarted: boolean;
  hostIP: string;
  podIP: string;
  startTime: string;
  now: string;
}

/** Builds the pod status the kubelet reports: phase, the five conditions, container statuses. */
export function composePodStatus(input: StatusInput): PodStatus {
  const { pod, containers, now } = input;
  const old = pod.status?.conditions;
  const unready = containers.filter((c) => !c.ready).map((c) => c.name);
  const allReady = unready.length === 0 && containers.length > 0;
  const policy = pod.spec.restartPolicy ?? 'Always';
  let phase = input.everStarted ? 'Running' : 'Pending';
  const terminated = containers.every((c) => c.state.terminated !== undefined);
  if (terminated && policy !== 'Always' && containers.length > 0) {
    const failed = containers.some((c) => (c.state.terminated?.exitCode ?? 0) !== 0);
    if (policy === 'Never' || !failed) phase = failed ? 'Failed' : 'Succeeded';
  }
  const notReadyMessage = `containers with unready status: [${unready.join(' ')}]`;
  const scheduled = old?.find((c) => c.type === 'PodScheduled') ?? {
    type: 'PodScheduled',
    status: 'True' as const,
    lastProbeTime: null,
    lastTransitionTime: now,
  };
  // Ready and ContainersReady say the same: whether every container is ready.
  const readiness = (type: 'Ready' | 'ContainersReady') =>
    allReady
      ? condition(old, type, 'True', now)
      : condition(
          old,
          type,
          'False',
          now,
          phase === 'Succeeded' ? 'PodCompleted' : 'ContainersNotReady',
          phase === 'Succeeded' ? undefined : notReadyMessage,
        );
  const conditions: Condition[] = [
    condition(old, 'PodReadyToStartContainers', 'True', now),
    condition(old, 'Initialized', 'True', now),
    readiness('Ready'),
    readiness('ContainersReady'),
    scheduled,
  ];
  return {
    ...(pod.status ?? {}),
    phase,
    conditions,
    hostIP: input.hostIP,
    hostIPs: [{ ip: input.hostIP }],
    podIP: input.podIP,
    podIPs: [{ ip: input.podIP }],
    startTime: input.startTime,
    containerStatuses: containers,
  };
}
