import type { HealthState } from '../../generated/graphql';
import { StateBadge } from '../../ui/StateBadge';
import { HEALTH_STYLE } from './healthState';

interface HealthBadgeProps {
  state: HealthState;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** A deployment's health in its colour: green, yellow, red, blue or gray. */
export function HealthBadge({ state, size = 'md' }: HealthBadgeProps) {
  return (
    <StateBadge
      state={state}
      styles={HEALTH_STYLE}
      variant={state === 'DOWN' ? 'filled' : 'light'}
      size={size}
      testId="health-badge"
      stateAttribute="health"
    />
  );
}
