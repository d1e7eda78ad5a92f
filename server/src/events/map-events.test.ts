import { describe, expect, it } from 'vitest';
import { InMemoryEventBus } from './bus.ts';
import { mapEvents } from './map-events.ts';

describe('mapEvents', () => {
  it('sends the loaded record for each event, skips the ones mapped to null, and closes its source', async () => {
    const bus = new InMemoryEventBus();
    const records = mapEvents(bus.subscribe<{ id: number }>('t'), async (e) =>
      e.id % 2 ? { id: e.id, odd: true } : null,
    );
    bus.publish('t', { id: 2 });
    bus.publish('t', { id: 3 });
    expect((await records.next()).value).toEqual({ id: 3, odd: true });
    await records.return?.();
    expect(bus.subscriberCount()).toBe(0);
  });
});
