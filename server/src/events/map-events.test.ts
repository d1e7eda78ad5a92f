import { describe, expect, it } from 'vitest';
import { InMemoryEventBus } from './bus.ts';
import { mapEvents, sharedPerEvent } from './map-events.ts';

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

describe('sharedPerEvent', () => {
  it('loads once for an event however many subscriptions it reaches, and again for the next event', async () => {
    const bus = new InMemoryEventBus();
    const shared = sharedPerEvent<{ id: number }, { id: number; loads: number }>();
    let loads = 0;
    const load = (e: { id: number }) => shared(e, async () => ({ id: e.id, loads: ++loads }));
    const subscribers = Array.from({ length: 5 }, () =>
      mapEvents(bus.subscribe<{ id: number }>('t'), load),
    );
    bus.publish('t', { id: 1 });
    const first = await Promise.all(subscribers.map(async (s) => (await s.next()).value));
    expect(first).toEqual(Array.from({ length: 5 }, () => ({ id: 1, loads: 1 })));
    bus.publish('t', { id: 1 });
    const second = await Promise.all(subscribers.map(async (s) => (await s.next()).value));
    expect(second).toEqual(Array.from({ length: 5 }, () => ({ id: 1, loads: 2 })));
    for (const s of subscribers) await s.return?.();
  });
});
