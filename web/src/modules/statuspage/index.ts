export { PublicUpdatesCard } from './PublicUpdatesCard';
export { formatSeconds, StatusPageCard } from './StatusPageCard';
