import { Badge, Tooltip } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SlaState } from '../../generated/graphql';
import { formatDateTime } from '../../ui/formatDate';
import { StateBadge } from '../../ui/StateBadge';
import { formatSpan, SLA_STYLE } from './ticketStyle';

/** The time now, refreshed every `everyMs`, so countdowns move without new data. */
export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * An SLA countdown: time left until `dueAt`, amber when at risk, red once breached (then how long
 * ago), grey while the clock is paused. A running clock can turn breached between server updates,
 * so a due time in the past reads as breached whatever the last state was.
 */
export function SlaCountdown({
  state,
  dueAt,
  paused,
  size = 'md',
}: {
  state: SlaState | null;
  dueAt: string | null;
  paused: boolean;
  size?: 'sm' | 'md';
}) {
  const now = useNow();
  if (!state) return null;
  if (!dueAt) {
    const label = paused ? 'Paused' : `SLA ${SLA_STYLE[state].label.toLowerCase()}`;
    return (
      <Badge
        color={paused ? 'gray' : SLA_STYLE[state].color}
        variant="light"
        size={size}
        leftSection={paused ? <IconClockPause size={12} /> : undefined}
        data-testid="sla"
        data-sla={paused ? 'PAUSED' : state}
      >
        {label}
      </Badge>
    );
  }
  const left = new Date(dueAt).getTime() - now.getTime();
  const shown: SlaState = left <= 0 ? 'BREACHED' : state;
  const text = left <= 0 ? `Breached ${formatSpan(left)} ago` : `${formatSpan(left)} left`;
  return (
    <Tooltip label={`${SLA_STYLE[shown].label}: due ${formatDateTime(dueAt)}`}>
      <StateBadge
        state={shown}
        styles={SLA_STYLE}
        variant={shown === 'ON_TRACK' ? 'light' : 'filled'}
        size={size}
        testId="sla"
        stateAttribute="sla"
        text={text}
      />
    </Tooltip>
  );
}
