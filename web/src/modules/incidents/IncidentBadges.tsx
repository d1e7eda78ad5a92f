import type { IncidentStatus, Severity } from '../../generated/graphql';
import { StateBadge } from '../../ui/StateBadge';
import { SEVERITY_STYLE, STATUS_STYLE } from './incidentStyle';

type Size = 'sm' | 'md' | 'lg';

export function SeverityBadge({ severity, size = 'md' }: { severity: Severity; size?: Size }) {
  return (
    <StateBadge
      state={severity}
      styles={SEVERITY_STYLE}
      variant="filled"
      size={size}
      title={SEVERITY_STYLE[severity].hint}
      testId="severity-badge"
      stateAttribute="severity"
    />
  );
}

export function StatusBadge({ status, size = 'md' }: { status: IncidentStatus; size?: Size }) {
  return (
    <StateBadge
      state={status}
      styles={STATUS_STYLE}
      size={size}
      testId="status-badge"
      stateAttribute="status"
    />
  );
}
