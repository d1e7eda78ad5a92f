import { Badge } from '@mantine/core';
import type { HealthState } from '../../generated/graphql';
import { HEALTH_STYLE } from './healthState';

interface HealthBadgeProps {
  state: HealthState;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** A deployment's health in its colour: green, yellow, red, blue or gray. */
export function HealthBadge({ state, size = 'md' }: HealthBadgeProps) {
  const { label, color } = HEALTH_STYLE[state];
  return (
    <Badge
      color={color}
      variant={state === 'DOWN' ? 'filled' : 'light'}
      size={size}
      data-testid="health-badge"
      data-health={state}
    >
      {label}
    </Badge>
  );
}
