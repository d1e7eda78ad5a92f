export {
  type DiscoveredServer,
  type Discovery,
  DiscoveryService,
  discovered,
} from './discovery.service.ts';
export { type RecognisedServer, recogniseModelServer } from './recognise.ts';
