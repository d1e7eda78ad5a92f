export { type EventBus, InMemoryEventBus } from './bus.ts';
export {
  DomainEvents,
  type EventMap,
  type Handler,
  type Publisher,
  type Subscriber,
} from './domain-events.ts';
export { mapEvents, sharedPerEvent } from './map-events.ts';
export {
  INLINE_PAYLOAD_LIMIT_BYTES,
  PostgresEventBus,
  type PostgresEventBusOptions,
} from './postgres-bus.ts';
