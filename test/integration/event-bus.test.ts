import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostgresEventBus } from '../../server/src/events/index.ts';
import { type Db, migrate, openPostgres } from '../../server/src/store/index.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

interface Received<T> {
  items: T[];
  /** Ends the subscription; what arrives afterwards is not collected. */
  stop(): Promise<void>;
}

/** Collects what a subscription yields, in order, until stopped. */
function collect<T>(bus: PostgresEventBus, topic: string): Received<T> {
  const iterator = bus.subscribe<T>(topic);
  const items: T[] = [];
  const done = (async () => {
    for await (const item of iterator) items.push(item);
  })();
  return {
    items,
    async stop() {
      await iterator.return?.();
      await done;
    },
  };
}

const POLL = { timeout: 30_000, interval: 20 };

for (const kind of storeKinds()) {
  describe(`events across replicas through LISTEN/NOTIFY (${kind.name})`, () => {
    let store: TestStore;
    let secondDb: Db | undefined;
    let a: PostgresEventBus;
    let b: PostgresEventBus;
    const errors: Error[] = [];

    beforeEach(async () => {
      errors.length = 0;
      store = await kind.create();
      await migrate(store.db);
      // Two replicas: on a server each has its own pool; PGlite is one database in-process.
      secondDb = store.url ? openPostgres(store.url) : undefined;
      const onError = (error: Error) => errors.push(error);
      a = await PostgresEventBus.start(store.db, { origin: 'replica-a', onError });
      b = await PostgresEventBus.start(secondDb ?? store.db, { origin: 'replica-b', onError });
    });

    afterEach(async () => {
      await a.close();
      await b.close();
      await secondDb?.close();
      await store.drop();
    });

    it('delivers what one replica publishes to subscribers on every replica, in order, once', async () => {
      const onB = collect<{ n: number }>(b, 'deploymentChanged');
      const onA = collect<{ n: number }>(a, 'deploymentChanged');
      const other = collect<unknown>(b, 'incidentChanged');
      const sent = Array.from({ length: 50 }, (_, n) => ({ n }));
      for (const payload of sent) a.publish('deploymentChanged', payload);
      await a.flush();

      await expect.poll(() => onB.items.length, POLL).toBe(sent.length);
      await expect.poll(() => onA.items.length, POLL).toBe(sent.length);
      // Round trips to the database give any duplicate time to show up.
      a.publish('incidentChanged', { last: true });
      await expect.poll(() => other.items.length, POLL).toBe(1);
      expect(onB.items).toEqual(sent);
      expect(onA.items).toEqual(sent);
      await Promise.all([onA.stop(), onB.stop(), other.stop()]);
      expect(errors).toEqual([]);
    });

    it('carries payloads larger than a NOTIFY can hold intact, in order with small ones', async () => {
      const onB = collect<unknown>(b, 'auditAppended');
      const large = {
        text: 'é'.repeat(5_000) + 'x'.repeat(10_000),
        items: Array.from({ length: 100 }, (_, i) => ({ i, tag: `item-${i}` })),
      };
      expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(20_000);
      a.publish('auditAppended', { before: true });
      a.publish('auditAppended', large);
      a.publish('auditAppended', { after: true });
      await a.flush();

      await expect.poll(() => onB.items.length, POLL).toBe(3);
      expect(onB.items).toEqual([{ before: true }, large, { after: true }]);
      const { rows } = await store.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM event_payloads',
      );
      expect(rows[0]?.n).toBe('1');
      await onB.stop();
      expect(errors).toEqual([]);
    });

    it('stops delivering to a subscriber that unsubscribed', async () => {
      const leaving = collect<{ n: number }>(b, 'ticketChanged');
      const staying = collect<{ n: number }>(b, 'ticketChanged');
      a.publish('ticketChanged', { n: 1 });
      await expect.poll(() => leaving.items.length, POLL).toBe(1);
      const before = b.subscriberCount();

      await leaving.stop();
      expect(b.subscriberCount()).toBeLessThan(before);
      a.publish('ticketChanged', { n: 2 });
      await expect.poll(() => staying.items.length, POLL).toBe(2);
      expect(leaving.items).toEqual([{ n: 1 }]);
      expect(staying.items).toEqual([{ n: 1 }, { n: 2 }]);
      await staying.stop();
    });

    if (kind.name === 'postgres') {
      it('survives the listening connection being killed: later events still arrive', async () => {
        const onB = collect<{ n: number }>(b, 'deploymentChanged');
        a.publish('deploymentChanged', { n: 0 });
        await expect.poll(() => onB.items.length, POLL).toBe(1);

        const killed = await store.db.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
        );
        expect(killed.rows).toHaveLength(2);
        await store.db.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
        );

        // Events sent while the connection is down are lost; keep sending until one arrives.
        let n = 0;
        await expect
          .poll(
            () => {
              n += 1;
              a.publish('deploymentChanged', { n });
              return onB.items.length;
            },
            { timeout: 30_000, interval: 100 },
          )
          .toBeGreaterThan(1);
        const { rows } = await store.db.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
        );
        expect(rows.map((r) => r.pid)).not.toContain(killed.rows[0]?.pid);
        expect(b.isListening()).toBe(true);

        await a.flush();
        const seen = onB.items.length;
        a.publish('deploymentChanged', { n: 1_000 });
        await expect.poll(() => onB.items.at(-1), POLL).toEqual({ n: 1_000 });
        expect(onB.items.length).toBeGreaterThan(seen);
        // In order throughout: nothing arrives twice or out of sequence.
        const numbers = onB.items.map((item) => item.n);
        expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
        expect(new Set(numbers).size).toBe(numbers.length);
        await onB.stop();
      });
    }
  });
}
