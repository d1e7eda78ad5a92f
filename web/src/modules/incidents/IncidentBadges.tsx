import { Badge } from '@mantine/core';
import type { IncidentStatus, Severity } from '../../generated/graphql';
import { SEVERITY_STYLE, STATUS_STYLE } from './incidentStyle';

export function SeverityBadge({
  severity,
  size = 'md',
}: {
  severity: Severity;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { label, color, hint } = SEVERITY_STYLE[severity];
  return (
    <Badge
      color={color}
      variant="filled"
      size={size}
      title={hint}
      data-testid="severity-badge"
      data-severity={severity}
    >
      {label}
    </Badge>
  );
}

export function StatusBadge({
  status,
  size = 'md',
}: {
  status: IncidentStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { label, color } = STATUS_STYLE[status];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      data-testid="status-badge"
      data-status={status}
    >
      {label}
    </Badge>
  );
}
