import type { DeploymentPhase } from '../../generated/graphql';
import { StateBadge } from '../../ui/StateBadge';
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
  const { label } = PHASE_STYLE[phase];
  const text =
    phase === 'PROGRESSING' ? `${label} · ${readyReplicas}/${desiredReplicas} ready` : label;
  return (
    <StateBadge
      state={phase}
      styles={PHASE_STYLE}
      size={size}
      testId="phase-badge"
      stateAttribute="phase"
      text={text}
    />
  );
}
