export const TARGET_TYPES = ['SCHEDULE', 'USER', 'CHANNEL'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export interface EscalationTarget {
  type: TargetType;
  id: string;
}

export interface EscalationStep {
  /** How long the step waits for an acknowledgement before the next one. */
  timeoutMinutes: number;
  targets: EscalationTarget[];
}

export interface PolicyShape {
  steps: EscalationStep[];
  /** Further passes through the steps after the first. */
  repeat: number;
}

export interface EscalationPosition {
  /** The step to notify next; `steps.length` once every pass is done (fallback). */
  step: number;
  round: number;
}

/** How often the fallback is notified again while nobody acknowledges, without a policy. */
export const FALLBACK_INTERVAL_MINUTES = 30;

export interface Firing {
  /** A step of the policy, or the fallback once every pass is done. */
  kind: 'STEP' | 'FALLBACK';
  /** The step notified (0-based), for STEP. */
  step: number;
  round: number;
  targets: EscalationTarget[];
  next: EscalationPosition;
  nextAt: Date;
}

/**
 * What to notify when an escalation at `position` is due at `now`, and when it is due again.
 * It never ends by itself: after the last step of the last pass the fallback is notified again
 * every interval until someone acknowledges.
 */
export function fire(policy: PolicyShape | null, position: EscalationPosition, now: Date): Firing {
  const steps = policy?.steps ?? [];
  const after = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  const step = steps[position.step];
  if (!policy || !step) {
    const last = steps[steps.length - 1];
    return {
      kind: 'FALLBACK',
      step: position.step,
      round: position.round,
      targets: [],
      next: position,
      nextAt: after(last?.timeoutMinutes ?? FALLBACK_INTERVAL_MINUTES),
    };
  }
  const lastOfPass = position.step + 1 >= steps.length;
  const next: EscalationPosition = !lastOfPass
    ? { step: position.step + 1, round: position.round }
    : position.round < policy.repeat
      ? { step: 0, round: position.round + 1 }
      : { step: steps.length, round: position.round };
  return {
    kind: 'STEP',
    step: position.step,
    round: position.round,
    targets: step.targets,
    next,
    nextAt: after(step.timeoutMinutes),
  };
}
