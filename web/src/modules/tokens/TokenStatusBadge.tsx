import { Badge } from '@mantine/core';
import type { ApiTokenStatus } from '../../generated/graphql';

const STATUS: Record<ApiTokenStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'teal' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  REVOKED: { label: 'Revoked', color: 'red' },
};

export function TokenStatusBadge({ status }: { status: ApiTokenStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="dot">
      {label}
    </Badge>
  );
}
