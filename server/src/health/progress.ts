import type { LiveDeployment, LivePod } from '../kube/index.ts';
import { type Cause, CONTAINER_CANNOT_RUN, type Finding } from './diagnosis.types.ts';
import { loadingWithinAllowance } from './pod-rules.ts';

/** Failures that waiting does not heal: the deployment is down, whatever its deadline says. */
export const WILL_NOT_HEAL: ReadonlySet<Cause> = new Set<Cause>([
  ...CONTAINER_CANNOT_RUN,
  'UNSCHEDULABLE',
  'NO_GPU_CAPACITY',
  'PROGRESS_DEADLINE_EXCEEDED',
]);

/** Seconds Kubernetes gives a Deployment to make progress (its spec, else the default). */
function progressDeadlineSeconds(d: LiveDeployment | undefined): number {
  const spec = d?.raw.spec as { progressDeadlineSeconds?: number } | undefined;
  return spec?.progressDeadlineSeconds ?? 600;
}

/**
 * Whether a deployment without ready replicas is on its way up rather than down: a first
 * deploy, a scale-up, a rollout, pods replaced after a node reboot or loading again after
 * Backline's own restart. It is while Kubernetes says the Deployment is progressing within
 * its deadline, or while its pods are new and loading within their startup allowance (or not
 * yet scheduled within the deadline), and no pod has failed in a way that waiting will not
 * heal. A pod that served and stopped is none of these: it is down.
 */
export function withinProgress(input: {
  deployment: LiveDeployment | undefined;
  pods: LivePod[];
  findings: Finding[];
  now: Date;
}): boolean {
  const { deployment, pods, findings, now } = input;
  if (findings.some((f) => WILL_NOT_HEAL.has(f.cause))) return false;
  const progressing = deployment?.conditions.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return false;
  if (progressing?.status === 'True' && progressing.reason !== 'NewReplicaSetAvailable')
    return true;
  const deadlineMs = progressDeadlineSeconds(deployment) * 1000;
  return pods.some((p) => {
    if (p.ready) return false;
    // Loading for the first time, or again after its node rebooted (a restart that is no crash).
    if (loadingWithinAllowance(p.raw, now)) return true;
    if (p.restarts > 0) return false;
    const scheduled = p.conditions.some((c) => c.type === 'PodScheduled' && c.status === 'True');
    const age = now.getTime() - Date.parse(p.createdAt ?? '');
    return !scheduled && age >= 0 && age < deadlineMs;
  });
}
