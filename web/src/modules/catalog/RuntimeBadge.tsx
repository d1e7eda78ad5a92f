import { Badge } from '@mantine/core';
import type { Runtime } from '../../generated/graphql';
import { RUNTIME_STYLE } from './runtime';

export function RuntimeBadge({ runtime }: { runtime: Runtime }) {
  const { label, color } = RUNTIME_STYLE[runtime];
  return (
    <Badge color={color} variant="light" size="sm" tt="none">
      {label}
    </Badge>
  );
}
