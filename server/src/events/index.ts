export { type EventBus, InMemoryEventBus } from './bus.ts';
