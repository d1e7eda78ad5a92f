import { Badge, NavLink, Stack, VisuallyHidden } from '@mantine/core';
import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import { countOf } from '../../ui/useMorePages';
import { useViewer } from '../auth';
import { useOpenIncidents } from '../incidents';
import { useTicketsAtRisk } from '../tickets';
import { isActivePath, type NavItem, visibleNavItems } from './navigation';

function CountBadge({ count, label, color }: { count: number; label: string; color: string }) {
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="filled" color={color} circle={count < 10} data-testid="nav-count">
      {count}
      <VisuallyHidden> {label}</VisuallyHidden>
    </Badge>
  );
}

function OpenIncidentsCount() {
  const { rows, pages } = useOpenIncidents();
  return <CountBadge count={countOf(rows, pages)} label="open incidents" color="red.8" />;
}

function TicketsAtRiskCount() {
  const { rows, pages } = useTicketsAtRisk();
  return <CountBadge count={countOf(rows, pages)} label="tickets at risk" color="orange.9" />;
}

/** Counts beside navigation items, each shown only where the item itself is. */
const NAV_COUNTS: Record<string, ComponentType> = {
  '/incidents': OpenIncidentsCount,
  '/tickets': TicketsAtRiskCount,
};

interface NavigationLinksProps {
  onNavigate?: () => void;
}

function NavEntry({
  item,
  pathname,
  onNavigate,
}: {
  item: NavItem;
  pathname: string;
  onNavigate?: () => void;
}) {
  const Icon = item.icon;
  const active = isActivePath(pathname, item.to);
  if (item.children && item.children.length > 0) {
    return (
      <NavLink
        component="button"
        label={item.label}
        leftSection={<Icon size={18} stroke={1.7} />}
        defaultOpened={active}
        childrenOffset={28}
        active={active}
        variant="subtle"
      >
        {item.children.map((child) => (
          <NavEntry key={child.to} item={child} pathname={pathname} onNavigate={onNavigate} />
        ))}
      </NavLink>
    );
  }
  const Count = NAV_COUNTS[item.to];
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<Icon size={18} stroke={1.7} />}
      rightSection={Count ? <Count /> : undefined}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

export function NavigationLinks({ onNavigate }: NavigationLinksProps) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  return (
    <Stack component="nav" gap={2} aria-label="Main navigation">
      {visibleNavItems(viewer.role).map((item) => (
        <NavEntry key={item.to} item={item} pathname={pathname} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}
