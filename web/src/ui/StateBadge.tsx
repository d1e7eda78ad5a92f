import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StateStyle } from './stateStyle';

interface StateBadgeProps<K extends string> extends Omit<BadgeProps, 'color' | 'children'> {
  state: K;
  styles: Record<K, StateStyle>;
  /** `data-testid`, for tests and the browser tests' page objects. */
  testId: string;
  /** The data attribute that carries the state (`health` → `data-health="DOWN"`). */
  stateAttribute?: string;
  /** Instead of the state's label. */
  text?: ReactNode;
  title?: string;
  style?: BadgeProps['style'];
}

/** A state in the colour and words its table gives it. */
export function StateBadge<K extends string>({
  state,
  styles,
  testId,
  stateAttribute,
  text,
  variant = 'light',
  ...badge
}: StateBadgeProps<K>) {
  const { label, color } = styles[state];
  const data = stateAttribute ? { [`data-${stateAttribute}`]: state } : {};
  return (
    <Badge color={color} variant={variant} data-testid={testId} {...data} {...badge}>
      {text ?? label}
    </Badge>
  );
}
