export { AppFrame } from './AppFrame';
export { BrandMark } from './BrandMark';
export { isActivePath, NAV_ITEMS, type NavItem, visibleNavItems } from './navigation';
export { SIMULATED_CLUSTER_MESSAGE } from './SimulatedClusterBanner';
