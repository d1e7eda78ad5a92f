import { Badge } from '@mantine/core';
import type { TicketPriority, TicketStatus } from '../../generated/graphql';
import { PRIORITY_STYLE, TICKET_STATUS_STYLE } from './ticketStyle';

export function TicketStatusBadge({
  status,
  size = 'md',
  noShrink = false,
}: {
  status: TicketStatus;
  size?: 'sm' | 'md';
  /** Keeps its full label in a tight row. */
  noShrink?: boolean;
}) {
  const { label, color } = TICKET_STATUS_STYLE[status];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      data-testid="ticket-status"
      data-status={status}
      style={noShrink ? { flexShrink: 0, overflow: 'visible' } : undefined}
    >
      {label}
    </Badge>
  );
}

export function PriorityBadge({
  priority,
  size = 'md',
}: {
  priority: TicketPriority;
  size?: 'sm' | 'md';
}) {
  const { label, color } = PRIORITY_STYLE[priority];
  return (
    <Badge color={color} variant="outline" size={size} data-testid="ticket-priority">
      {label}
    </Badge>
  );
}
