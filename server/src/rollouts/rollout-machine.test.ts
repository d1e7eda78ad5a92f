import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  canApply,
  IllegalTransitionError,
  isActive,
  nextState,
  ROLLOUT_ACTIONS,
  ROLLOUT_STATES,
  TERMINAL_STATES,
} from './rollout-machine.ts';

describe('rollout state machine', () => {
  it('follows the happy path from PENDING to SUCCEEDED', () => {
    let state = nextState('PENDING', 'START');
    expect(state).toBe('PROGRESSING');
    state = nextState(state, 'NEXT_STEP');
    expect(state).toBe('PROGRESSING');
    state = nextState(state, 'PAUSE');
    expect(state).toBe('PAUSED');
    state = nextState(state, 'RESUME');
    expect(state).toBe('PROGRESSING');
    state = nextState(state, 'PROMOTE');
    expect(state).toBe('PROMOTING');
    expect(nextState(state, 'COMPLETE')).toBe('SUCCEEDED');
  });

  it('rolls back and aborts through a restoring state to ROLLED_BACK', () => {
    expect(nextState('PROGRESSING', 'ROLL_BACK')).toBe('ROLLING_BACK');
    expect(nextState('ROLLING_BACK', 'RESTORED')).toBe('ROLLED_BACK');
    expect(nextState('PAUSED', 'ABORT')).toBe('ABORTING');
    expect(nextState('PROMOTING', 'ABORT')).toBe('ABORTING');
    expect(nextState('ABORTING', 'RESTORED')).toBe('ROLLED_BACK');
    expect(nextState('ROLLING_BACK', 'FAIL')).toBe('FAILED');
  });

  it('refuses illegal moves with a message naming the state and what it allows', () => {
    expect(() => nextState('PROMOTING', 'PAUSE')).toThrow(IllegalTransitionError);
    expect(() => nextState('PROMOTING', 'PAUSE')).toThrow(
      'Cannot pause a rollout that is PROMOTING; from PROMOTING it can: complete, abort, roll back, fail.',
    );
    expect(() => nextState('PROGRESSING', 'RESUME')).toThrow(
      /Cannot resume a rollout that is PROGRESSING/,
    );
    expect(() => nextState('ROLLING_BACK', 'PROMOTE')).toThrow(/Cannot promote/);
    expect(() => nextState('SUCCEEDED', 'ABORT')).toThrow(
      'Cannot abort a rollout that is SUCCEEDED; it has finished.',
    );
  });

  it('lets nothing leave a terminal state, and every other state reach one', () => {
    for (const state of TERMINAL_STATES) {
      expect(allowedActions(state)).toEqual([]);
      expect(isActive(state)).toBe(false);
      for (const action of ROLLOUT_ACTIONS) expect(canApply(state, action)).toBe(false);
    }
    const reachesEnd = (
      state: (typeof ROLLOUT_STATES)[number],
      seen = new Set<string>(),
    ): boolean => {
      if (TERMINAL_STATES.includes(state)) return true;
      seen.add(state);
      return allowedActions(state).some((a) => {
        const to = nextState(state, a);
        return !seen.has(to) && reachesEnd(to, seen);
      });
    };
    for (const state of ROLLOUT_STATES) expect(reachesEnd(state), state).toBe(true);
  });

  it('cannot restore or complete from where nothing is being restored or promoted', () => {
    for (const state of ['PENDING', 'PROGRESSING', 'PAUSED'] as const) {
      expect(canApply(state, 'RESTORED')).toBe(false);
      expect(canApply(state, 'COMPLETE')).toBe(false);
    }
    // Once restoring, a person cannot change their mind back to promotion.
    for (const state of ['ABORTING', 'ROLLING_BACK'] as const) {
      expect(canApply(state, 'PROMOTE')).toBe(false);
      expect(canApply(state, 'RESUME')).toBe(false);
    }
  });
});
