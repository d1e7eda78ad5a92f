import type { TicketPriority, TicketStatus } from '../../generated/graphql';
import { StateBadge } from '../../ui/StateBadge';
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
  return (
    <StateBadge
      state={status}
      styles={TICKET_STATUS_STYLE}
      size={size}
      testId="ticket-status"
      stateAttribute="status"
      style={noShrink ? { flexShrink: 0, overflow: 'visible' } : undefined}
    />
  );
}

export function PriorityBadge({
  priority,
  size = 'md',
}: {
  priority: TicketPriority;
  size?: 'sm' | 'md';
}) {
  return (
    <StateBadge
      state={priority}
      styles={PRIORITY_STYLE}
      variant="outline"
      size={size}
      testId="ticket-priority"
    />
  );
}
