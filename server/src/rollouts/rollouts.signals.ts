import type { DeploymentRecord } from '../deployments/index.ts';
import type { Signal } from '../incidents/index.ts';
import type { RolloutRecord } from './rollouts.types.ts';

/**
 * An automatic rollback as the incidents domain takes signals: it opens an incident (or
 * joins the open one of the same deployment) so people learn that a release was refused.
 * Manual rollbacks and aborts are people's own decisions and raise nothing: only the
 * controller's rollback sets `failedAt`. The signal is dated at that decision, so whether
 * it was recorded can be told afterwards (a process killed in between sends it again once).
 */
export function rollbackSignal(
  rollout: RolloutRecord,
  deployment: DeploymentRecord,
): Signal | null {
  if (rollout.state !== 'ROLLING_BACK' || !rollout.failedAt) return null;
  const target = `${rollout.namespace}/${rollout.name}`;
  return {
    source: 'ROLLOUT',
    fingerprint: `rollout:${target}`,
    title: `${target}: rollout of ${rollout.toReleaseId} rolled back`,
    summary: `Backline rolled ${target} back to ${deployment.releaseId} automatically: ${rollout.reason ?? 'analysis failed'}`,
    deployment: { namespace: rollout.namespace, name: rollout.name },
    environment: deployment.environment,
    impact: 'ROLLED_BACK',
    status: 'FIRING',
    details: {
      rolloutId: rollout.id,
      from: rollout.fromReleaseId,
      to: rollout.toReleaseId,
      step: rollout.currentStep,
      reason: rollout.reason,
    },
    at: rollout.failedAt,
  };
}
