import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../server/src/auth/index.ts';
import { migrate, openPostgres } from '../../server/src/store/index.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

describe.each(storeKinds())('sign-in attempts counted in the store ($name)', (kind) => {
  let store: TestStore;

  beforeAll(async () => {
    store = await kind.create();
    await migrate(store.db);
  });
  afterAll(() => store.drop());

  it('lets exactly the limit through when replicas reserve attempts at once', async () => {
    // A second replica: its own connections to the same database (PGlite has only one).
    const other = store.url ? openPostgres(store.url) : store.db;
    try {
      const replicas = [new LoginThrottle(store.db, 900_000), new LoginThrottle(other, 900_000)];
      const now = new Date('2026-12-06T12:00:00Z');
      const key = [{ key: 'account:target@example.com', limit: 10, capMs: 900_000 }];
      const waits = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (replicas[i % 2] as LoginThrottle).reserve(key, now)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(10);
      expect(waits.filter((w) => w > 0)).toHaveLength(30);
      // Past the limit, each attempt waits twice as long as the one before.
      const later = new Date(now.getTime() + 1000);
      expect(await (replicas[0] as LoginThrottle).reserve(key, later)).toBe(0);
      expect(await (replicas[1] as LoginThrottle).reserve(key, later)).toBe(2);
    } finally {
      if (other !== store.db) await other.close();
    }
  });
});
