import { Badge, Tooltip } from '@mantine/core';

/** Marks a model server Backline found running and watches, but did not deploy and never changes. */
export function ObservedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Tooltip label="Running in your cluster; Backline watches it and changes nothing">
      <Badge variant="light" color="cyan" size={size} data-testid="observed-badge">
        Observed
      </Badge>
    </Tooltip>
  );
}
