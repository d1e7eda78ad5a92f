/** Step and replica arithmetic of a rollout: pure, so the controller and the API agree. */

export interface StepPlan {
  /**
   * Share of the requests on the new release, as asked: by its share of the replicas (1–100),
   * or behind a Gateway by the route's weight (0–100; 0 only for a shadow step).
   */
  weightPercent: number;
  analysisSeconds: number;
  /** A shadow step: the share of requests (1–100) copied to the new release, answers discarded. */
  mirrorPercent?: number | null | undefined;
}

/**
 * How a rollout gives the new release its share: by replicas behind the deployment's Service,
 * or by the weights of the HTTPRoute of the deployment's Gateway.
 */
export type RolloutMode = 'REPLICAS' | 'TRAFFIC';

/** Steps of a canary behind a Gateway, by default: a few requests, then half, then all. */
export const DEFAULT_TRAFFIC_PERCENTS = [5, 50, 100] as const;

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

/**
 * The replicas of each track at a step. By replicas, the total stays constant and the canary's
 * share of them is its share of the traffic. Behind a Gateway the route sets the share: the
 * stable track keeps every replica, and the canary runs as many as its share of the requests
 * (or of the copies, in a shadow step) needs, at least one.
 */
export function stepReplicas(
  mode: RolloutMode,
  total: number,
  step: Pick<StepPlan, 'weightPercent' | 'mirrorPercent'> | undefined,
): { canary: number; stable: number } {
  const weight = step?.weightPercent ?? 100;
  if (mode === 'REPLICAS') return split(total, weight);
  return {
    canary: canaryReplicas(total, Math.max(weight, step?.mirrorPercent ?? 0)),
    stable: total,
  };
}

/** Whether a step only copies requests to the new release: no user is served by it. */
export function isShadow(step: Pick<StepPlan, 'weightPercent' | 'mirrorPercent'>): boolean {
  return step.weightPercent === 0 && (step.mirrorPercent ?? 0) > 0;
}

/** Traffic steps as asked, or 5 %, 50 %, 100 %: replicas do not limit how small a share is. */
export function planTrafficSteps(steps: StepPlan[] | null, analysisSeconds: number): StepPlan[] {
  return (
    steps ?? DEFAULT_TRAFFIC_PERCENTS.map((weightPercent) => ({ weightPercent, analysisSeconds }))
  );
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
