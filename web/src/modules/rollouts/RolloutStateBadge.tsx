import { Loader } from '@mantine/core';
import type { RolloutState } from '../../generated/graphql';
import { StateBadge } from '../../ui/StateBadge';
import { ROLLOUT_STATE_STYLE } from './rolloutState';

interface RolloutStateBadgeProps {
  state: RolloutState;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  /** Text after the state, e.g. the step. */
  suffix?: string;
  testId?: string;
  /** Shown on hover, e.g. the step in full. */
  title?: string;
}

const MOVING: readonly RolloutState[] = ['PROGRESSING', 'PROMOTING', 'ABORTING', 'ROLLING_BACK'];

/** A rollout's state in its colour: blue under way, yellow paused, orange undoing, red, green. */
export function RolloutStateBadge({
  state,
  size = 'md',
  suffix,
  testId = 'rollout-state-badge',
  title,
}: RolloutStateBadgeProps) {
  const { label, color } = ROLLOUT_STATE_STYLE[state];
  const filled = state === 'FAILED' || state === 'ROLLED_BACK';
  return (
    <StateBadge
      state={state}
      styles={ROLLOUT_STATE_STYLE}
      variant={filled ? 'filled' : 'light'}
      size={size}
      leftSection={
        MOVING.includes(state) ? <Loader size={8} color={color} type="oval" aria-hidden /> : null
      }
      testId={testId}
      title={title}
      stateAttribute="state"
      text={suffix ? `${label} · ${suffix}` : undefined}
    />
  );
}
