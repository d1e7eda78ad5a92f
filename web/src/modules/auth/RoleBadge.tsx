import { Badge, type BadgeProps } from '@mantine/core';
import type { Role } from '../../generated/graphql';
import { ROLE_COLORS, ROLE_LABELS } from './roles';

interface RoleBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  role: Role;
}

export function RoleBadge({ role, variant = 'light', ...props }: RoleBadgeProps) {
  return (
    <Badge color={ROLE_COLORS[role]} variant={variant} {...props}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
