import type { DiagnosisInput, Evidence, Finding } from './diagnosis.types.ts';
import { finding, loadingWithinAllowance, podFindings } from './pod-rules.ts';

interface DeploymentStatus {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}

function deploymentFindings(deployment: DiagnosisInput['deployments'][number]): Finding[] {
  const object = `Deployment/${deployment.metadata?.name ?? 'unknown'}`;
  const status = (deployment.status ?? {}) as DeploymentStatus;
  const desired =
    (deployment.spec as { replicas?: number } | undefined)?.replicas ?? status.replicas ?? 0;
  const found: Finding[] = [];
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  const available = status.conditions?.find((c) => c.type === 'Available');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    found.push(
      finding(
        'PROGRESS_DEADLINE_EXCEEDED',
        available?.status === 'False' ? 'CRITICAL' : 'WARNING',
        `The rollout is stuck: ${progressing.message ?? 'Kubernetes stopped waiting for the new pods.'}${
          available?.status === 'True' ? ' The old pods still serve.' : ''
        }`,
        [
          {
            source: `${object} status.conditions[Progressing]`,
            value: `False, ProgressDeadlineExceeded: ${progressing.message ?? ''}`,
          },
          ...(available
            ? [
                {
                  source: `${object} status.conditions[Available]`,
                  value: `${available.status}, ${available.reason ?? ''}`,
                },
              ]
            : []),
        ],
        [object],
      ),
    );
  } else if (available?.status === 'False') {
    found.push(
      finding(
        'REPLICAS_UNAVAILABLE',
        'CRITICAL',
        `${status.availableReplicas ?? 0} of ${desired} replicas are available.`,
        [
          {
            source: `${object} status.conditions[Available]`,
            value: `False, ${available.reason ?? ''}: ${available.message ?? ''}`,
          },
        ],
        [object],
      ),
    );
  }
  return found;
}

const SEVERITY = { CRITICAL: 0, WARNING: 1 } as const;

/**
 * Turns what Kubernetes (and the crashed containers' logs) say into causes, with the
 * evidence and a runbook. Pod causes come before the Deployment symptoms they explain.
 * When something is wrong but no rule knows why, it says so instead of guessing.
 */
export function diagnose(input: DiagnosisInput): Finding[] {
  const pods = input.pods.flatMap((pod) => podFindings(pod, input));
  const deployments = input.deployments.flatMap(deploymentFindings);
  const findings = [...pods, ...deployments];
  const unhealthyPods = input.pods.filter((p) => {
    const status = p.status as
      | { phase?: string; conditions?: { type: string; status: string }[] }
      | undefined;
    return (
      status?.phase !== 'Succeeded' &&
      !status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
      !loadingWithinAllowance(p, input.now)
    );
  });
  if (
    !pods.length &&
    unhealthyPods.length &&
    deployments.every((f) => f.cause !== 'PROGRESS_DEADLINE_EXCEEDED')
  ) {
    const evidence: Evidence[] = unhealthyPods.slice(0, 3).map((p) => ({
      source: `Pod/${p.metadata?.name} status.phase`,
      value: String((p.status as { phase?: string } | undefined)?.phase ?? 'Unknown'),
    }));
    findings.push(
      finding(
        'UNKNOWN',
        'WARNING',
        'Some pods are not ready, and Backline cannot tell why from what it sees.',
        evidence,
        unhealthyPods.map((p) => `Pod/${p.metadata?.name}`),
      ),
    );
  }
  return findings.sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]);
}
