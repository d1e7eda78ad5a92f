import {
  IconAlertTriangle,
  IconBell,
  IconBox,
  IconCalendarUser,
  IconCoin,
  IconKey,
  IconLayoutDashboard,
  IconLifebuoy,
  IconRocket,
  IconRoute,
  IconSettings,
  IconShieldCheck,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from '../../generated/graphql';
import { roleAtLeast } from '../auth';

export interface NavItem {
  label: string;
  to: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Hidden from roles below this one. */
  minRole?: Role;
  children?: NavItem[];
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Overview', to: '/', icon: IconLayoutDashboard },
  { label: 'Deployments', to: '/deployments', icon: IconRocket },
  { label: 'Catalog', to: '/catalog', icon: IconBox },
  { label: 'Incidents', to: '/incidents', icon: IconAlertTriangle },
  {
    label: 'On call',
    to: '/oncall',
    icon: IconCalendarUser,
    children: [
      { label: 'Schedules', to: '/oncall/schedules', icon: IconCalendarUser },
      { label: 'Escalation policies', to: '/oncall/policies', icon: IconRoute },
    ],
  },
  { label: 'Tickets', to: '/tickets', icon: IconLifebuoy, minRole: 'SUPPORT' },
  { label: 'Costs', to: '/costs', icon: IconCoin },
  { label: 'Audit', to: '/audit', icon: IconShieldCheck },
  {
    label: 'Settings',
    to: '/settings',
    icon: IconSettings,
    children: [
      { label: 'Users', to: '/settings/users', icon: IconUsers, minRole: 'ADMIN' },
      { label: 'API tokens', to: '/settings/tokens', icon: IconKey },
      { label: 'Notifications', to: '/settings/notifications', icon: IconBell, minRole: 'ADMIN' },
      { label: 'Profile', to: '/settings/profile', icon: IconUser },
    ],
  },
];

/** The navigation a role may see. */
export function visibleNavItems(role: Role, items: NavItem[] = NAV_ITEMS): NavItem[] {
  return items
    .filter((item) => !item.minRole || roleAtLeast(role, item.minRole))
    .map((item) =>
      item.children ? { ...item, children: visibleNavItems(role, item.children) } : item,
    );
}

export function isActivePath(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}
