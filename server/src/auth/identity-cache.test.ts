import { describe, expect, it } from 'vitest';
import { IdentityCache } from './identity-cache.ts';

describe('IdentityCache', () => {
  it('keeps an entry for its time to live, not after, and not for a clock put back', () => {
    const cache = new IdentityCache<string>({ ttlMs: 1000 });
    cache.set('k', 'v', { userId: 'u' }, 10_000, cache.generation());
    expect(cache.get('k', 10_999)).toBe('v');
    expect(cache.get('k', 11_000)).toBeUndefined();
    cache.set('k', 'v', { userId: 'u' }, 10_000, cache.generation());
    expect(cache.get('k', 9_000)).toBeUndefined();
  });

  it('drops what a revocation or a change of the user touches, and nothing else', () => {
    const cache = new IdentityCache<string>({ ttlMs: 60_000 });
    const fill = () => {
      cache.set('s1', 'a', { userId: 'u1', sessionIdHash: 'h1' }, 0, cache.generation());
      cache.set('s2', 'b', { userId: 'u1', sessionIdHash: 'h2' }, 0, cache.generation());
      cache.set('t1', 'c', { userId: 'u1', tokenId: 't1' }, 0, cache.generation());
      cache.set('t2', 'd', { userId: 'u2', tokenId: 't2' }, 0, cache.generation());
    };
    const kept = () => ['s1', 's2', 't1', 't2'].filter((k) => cache.get(k, 1) !== undefined);
    fill();
    cache.forget({ sessionIdHash: 'h1' });
    expect(kept()).toEqual(['s2', 't1', 't2']);
    fill();
    cache.forget({ tokenIds: ['t1', 'gone'] });
    expect(kept()).toEqual(['s1', 's2', 't2']);
    fill();
    // All of the user's, a session the change keeps included: the user's row changed.
    cache.forget({ userId: 'u1' });
    expect(kept()).toEqual(['t2']);
  });

  it('does not keep a read that was under way when something was forgotten', () => {
    const cache = new IdentityCache<string>({ ttlMs: 60_000 });
    const before = cache.generation();
    cache.forget({ tokenIds: ['t1'] });
    cache.set('t1', 'read before the revocation', { userId: 'u', tokenId: 't1' }, 0, before);
    expect(cache.get('t1', 1)).toBeUndefined();
  });

  it('holds at most its size, dropping the oldest entry first', () => {
    const cache = new IdentityCache<number>({ ttlMs: 60_000, maxEntries: 2 });
    cache.set('a', 1, { userId: 'u' }, 0, cache.generation());
    cache.set('b', 2, { userId: 'u' }, 0, cache.generation());
    cache.set('c', 3, { userId: 'u' }, 0, cache.generation());
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, 2, 3]);
  });
});
