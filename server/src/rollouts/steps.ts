/** Step and replica arithmetic of a rollout: pure, so the controller and the API agree. */

export interface StepPlan {
  /** Share of the replicas on the new release, 1–100, as asked. */
  weightPercent: number;
  analysisSeconds: number;
}

export const DEFAULT_ANALYSIS_SECONDS = 60;

/**
 * Replicas on the new release at `weightPercent` of `total`: rounded up, at least one (a step
 * that runs nothing analyses nothing) and at most all of them. Total replicas stay constant:
 * the stable track has the rest.
 */
export function canaryReplicas(total: number, weightPercent: number): number {
  if (total <= 0) return 0;
  return Math.min(total, Math.max(1, Math.ceil((total * weightPercent) / 100)));
}

export function split(total: number, weightPercent: number): { canary: number; stable: number } {
  const canary = canaryReplicas(total, weightPercent);
  return { canary, stable: Math.max(0, total - canary) };
}

/** The share the replicas really give: what the traffic sees. */
export function effectiveWeight(total: number, canary: number): number {
  return total <= 0 ? 0 : Math.round((100 * Math.min(canary, total)) / total);
}

/** One replica, then half, then all of them. */
export function defaultCanarySteps(total: number, analysisSeconds: number): StepPlan[] {
  return planCanarySteps(total, [
    { weightPercent: total > 0 ? Math.max(1, Math.floor(100 / total)) : 1, analysisSeconds },
    { weightPercent: 50, analysisSeconds },
    { weightPercent: 100, analysisSeconds },
  ]);
}

/**
 * Drops steps that would not add a replica to the one before (with two replicas, "one" and
 * "50 %" are the same step): each step must show the new release to more traffic.
 */
export function planCanarySteps(total: number, steps: StepPlan[]): StepPlan[] {
  const planned: StepPlan[] = [];
  let previous = 0;
  for (const step of steps) {
    const canary = canaryReplicas(total, step.weightPercent);
    if (canary <= previous) continue;
    planned.push(step);
    previous = canary;
  }
  return planned.length ? planned : steps.slice(0, 1);
}
