import { describe, expect, it } from 'vitest';
import { DomainEvents } from './domain-events.ts';

interface Events {
  'thing.happened': { id: string };
  'other.happened': number;
}

describe('DomainEvents', () => {
  it('tells the subscribers of a type, in subscription order, and no others', async () => {
    const events = new DomainEvents<Events>({ onError: () => {} });
    const seen: string[] = [];
    events.on('thing.happened', (e) => void seen.push(`first ${e.id}`));
    events.on('thing.happened', async (e) => {
      await Promise.resolve();
      seen.push(`second ${e.id}`);
    });
    events.on('other.happened', (n) => void seen.push(`other ${n}`));
    await events.deliver('thing.happened', { id: 'a' });
    expect(seen).toEqual(['first a', 'second a']);
  });

  it('runs the first subscriber before publish returns', () => {
    const events = new DomainEvents<Events>({ onError: () => {} });
    const seen: number[] = [];
    events.on('other.happened', (n) => void seen.push(n));
    events.publish('other.happened', 7);
    expect(seen).toEqual([7]);
  });

  it('reports a failed subscriber of publish to the error handler and still tells the rest', async () => {
    const failures: [unknown, string][] = [];
    const events = new DomainEvents<Events>({ onError: (err, type) => failures.push([err, type]) });
    const seen: string[] = [];
    events.on('thing.happened', () => {
      throw new Error('broken');
    });
    events.on('thing.happened', (e) => void seen.push(e.id));
    events.publish('thing.happened', { id: 'b' });
    await expect.poll(() => failures.length).toBe(1);
    expect(seen).toEqual(['b']);
    expect(failures).toEqual([[new Error('broken'), 'thing.happened']]);
  });

  it('rejects deliver when a subscriber failed, so the publisher can tell again', async () => {
    const failures: unknown[] = [];
    const events = new DomainEvents<Events>({ onError: (err) => failures.push(err) });
    events.on('other.happened', async () => {
      throw new Error('not now');
    });
    await expect(events.deliver('other.happened', 1)).rejects.toThrow('not now');
    expect(failures).toEqual([]);
  });

  it('stops telling a subscriber that unsubscribed', async () => {
    const events = new DomainEvents<Events>({ onError: () => {} });
    const seen: number[] = [];
    const off = events.on('other.happened', (n) => void seen.push(n));
    await events.deliver('other.happened', 1);
    off();
    await events.deliver('other.happened', 2);
    expect(seen).toEqual([1]);
  });
});
