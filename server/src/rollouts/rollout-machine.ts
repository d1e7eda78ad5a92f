/**
 * The rollout state machine as one table: which action moves which state where. Everything
 * that changes a rollout's state goes through `nextState`, so an illegal move is refused the
 * same way whether a person or the controller asked for it.
 */

export const ROLLOUT_STATES = [
  'PENDING',
  'PROGRESSING',
  'PAUSED',
  'PROMOTING',
  'SUCCEEDED',
  'ABORTING',
  'ROLLING_BACK',
  'ROLLED_BACK',
  'FAILED',
] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

export const TERMINAL_STATES: readonly RolloutState[] = ['SUCCEEDED', 'ROLLED_BACK', 'FAILED'];

export const ROLLOUT_ACTIONS = [
  /** The first step is applied. */
  'START',
  /** A step passed its analysis; the next one is applied. */
  'NEXT_STEP',
  'PAUSE',
  'RESUME',
  /** Every step passed, or a person skipped the rest: the stable track moves to the new release. */
  'PROMOTE',
  /** The stable track runs the new release and the canary is gone. */
  'COMPLETE',
  /** A person stopped it. */
  'ABORT',
  /** Analysis failed, the new release went down, or the deployment was rolled back by hand. */
  'ROLL_BACK',
  /** Only the previous release serves again. */
  'RESTORED',
  /** It can neither finish nor be undone. */
  'FAIL',
] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

const TABLE: Record<RolloutState, Partial<Record<RolloutAction, RolloutState>>> = {
  PENDING: {
    START: 'PROGRESSING',
    PAUSE: 'PAUSED',
    PROMOTE: 'PROMOTING',
    ABORT: 'ABORTING',
    ROLL_BACK: 'ROLLING_BACK',
    FAIL: 'FAILED',
  },
  PROGRESSING: {
    NEXT_STEP: 'PROGRESSING',
    PAUSE: 'PAUSED',
    PROMOTE: 'PROMOTING',
    ABORT: 'ABORTING',
    ROLL_BACK: 'ROLLING_BACK',
    FAIL: 'FAILED',
  },
  PAUSED: {
    RESUME: 'PROGRESSING',
    PROMOTE: 'PROMOTING',
    ABORT: 'ABORTING',
    ROLL_BACK: 'ROLLING_BACK',
    FAIL: 'FAILED',
  },
  PROMOTING: {
    COMPLETE: 'SUCCEEDED',
    ABORT: 'ABORTING',
    ROLL_BACK: 'ROLLING_BACK',
    FAIL: 'FAILED',
  },
  ABORTING: { RESTORED: 'ROLLED_BACK', FAIL: 'FAILED' },
  ROLLING_BACK: { RESTORED: 'ROLLED_BACK', FAIL: 'FAILED' },
  SUCCEEDED: {},
  ROLLED_BACK: {},
  FAILED: {},
};

const VERBS: Record<RolloutAction, string> = {
  START: 'start',
  NEXT_STEP: 'move to the next step of',
  PAUSE: 'pause',
  RESUME: 'resume',
  PROMOTE: 'promote',
  COMPLETE: 'complete',
  ABORT: 'abort',
  ROLL_BACK: 'roll back',
  RESTORED: 'finish restoring',
  FAIL: 'fail',
};

export class IllegalTransitionError extends Error {
  readonly state: RolloutState;
  readonly action: RolloutAction;
  constructor(state: RolloutState, action: RolloutAction) {
    const allowed = allowedActions(state).map((a) => VERBS[a]);
    super(
      `Cannot ${VERBS[action]} a rollout that is ${state}` +
        (allowed.length ? `; from ${state} it can: ${allowed.join(', ')}.` : '; it has finished.'),
    );
    this.name = 'IllegalTransitionError';
    this.state = state;
    this.action = action;
  }
}

export function isActive(state: RolloutState): boolean {
  return !TERMINAL_STATES.includes(state);
}

export function allowedActions(state: RolloutState): RolloutAction[] {
  return Object.keys(TABLE[state]) as RolloutAction[];
}

export function canApply(state: RolloutState, action: RolloutAction): boolean {
  return TABLE[state][action] !== undefined;
}

/** The state `action` leads to from `state`; throws IllegalTransitionError when it is not allowed. */
export function nextState(state: RolloutState, action: RolloutAction): RolloutState {
  const to = TABLE[state][action];
  if (!to) throw new IllegalTransitionError(state, action);
  return to;
}
