export { type EventBus, InMemoryEventBus } from './bus.ts';
export { mapEvents, sharedPerEvent } from './map-events.ts';
export {
  INLINE_PAYLOAD_LIMIT_BYTES,
  PostgresEventBus,
  type PostgresEventBusOptions,
} from './postgres-bus.ts';
