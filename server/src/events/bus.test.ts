import { describe, expect, it } from 'vitest';
import { InMemoryEventBus } from './bus.ts';

describe('InMemoryEventBus', () => {
  it('delivers to each subscriber of a topic, and counts subscriptions once each', async () => {
    const bus = new InMemoryEventBus();
    const a = bus.subscribe<number>('t');
    const b = bus.subscribe<number>('t');
    expect(bus.subscriberCount()).toBe(2);
    bus.publish('t', 1);
    bus.publish('other', 2);
    expect((await a.next()).value).toBe(1);
    expect((await b.next()).value).toBe(1);
    await a.return?.();
    expect(bus.subscriberCount()).toBe(1);
    await b.return?.();
    expect(bus.subscriberCount()).toBe(0);
  });
});
