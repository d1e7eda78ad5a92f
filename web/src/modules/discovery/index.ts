export { DiscoveredServersCard } from './DiscoveredServersCard';
