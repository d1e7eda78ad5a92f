import { Badge } from '@mantine/core';
import type { DeploymentPhase } from '../../generated/graphql';
import { PHASE_STYLE } from './phase';

interface PhaseBadgeProps {
  phase: DeploymentPhase;
  readyReplicas: number;
  desiredReplicas: number;
  size?: 'sm' | 'md' | 'lg';
}

/** The phase in its colour; a rollout in progress also says how many replicas are ready. */
export function PhaseBadge({
  phase,
  readyReplicas,
  desiredReplicas,
  size = 'md',
}: PhaseBadgeProps) {
  const { label, color } = PHASE_STYLE[phase];
  const text =
    phase === 'PROGRESSING' ? `${label} · ${readyReplicas}/${desiredReplicas} ready` : label;
  return (
    <Badge color={color} variant="light" size={size} data-testid="phase-badge" data-phase={phase}>
      {text}
    </Badge>
  );
}
