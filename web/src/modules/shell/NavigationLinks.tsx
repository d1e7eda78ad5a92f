import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth';
import { isActivePath, type NavItem, visibleNavItems } from './navigation';

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
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<Icon size={18} stroke={1.7} />}
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
