export { type DiscoveredServer, type Discovery, DiscoveryService } from './discovery.service.ts';
export type { RecognisedServer } from './recognise.ts';
