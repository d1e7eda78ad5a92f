export {
  type DiscoveredServer,
  type Discovery,
  DiscoveryService,
  environmentOf,
  type Observation,
} from './discovery.service.ts';
export { ObservedFleet, observedSpec, observedWorkload } from './observed.ts';
export type { RecognisedServer } from './recognise.ts';
