import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CACHED_TABLES,
  cachedQuery,
  type Db,
  migrate,
  openPostgres,
  readCacheCaughtUp,
  readCacheStats,
  withReadCache,
  writtenTables,
} from '../../server/src/store/index.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

const TITLE = 'SELECT title FROM incidents WHERE fingerprint = $1';
const HEALTH = 'SELECT state FROM health_reports WHERE deployment_id = $1';

async function title(db: Db): Promise<string | undefined> {
  const { rows } = await cachedQuery<{ title: string }>(db, TITLE, ['fp-1']);
  return rows[0]?.title;
}

async function insertIncident(db: Db, name: string): Promise<void> {
  await db.query(
    `INSERT INTO incidents (title, status, severity, source, fingerprint, triggered_at, created_by)
     VALUES ($1, 'TRIGGERED', 'SEV3', 'MANUAL', 'fp-1', now(), 'test')`,
    [name],
  );
}

describe('what a statement writes', () => {
  it('names the tables of inserts, updates and deletes, also inside a WITH', () => {
    expect(writtenTables('INSERT INTO incidents (title) VALUES ($1)')).toEqual(['incidents']);
    expect(writtenTables('UPDATE health_reports SET state = $1')).toEqual(['health_reports']);
    expect(writtenTables('delete from model_deployments where id = $1')).toEqual([
      'model_deployments',
    ]);
    expect(
      writtenTables('WITH gone AS (DELETE FROM incidents RETURNING id) SELECT count(*) FROM gone'),
    ).toEqual(['incidents']);
  });

  it('takes a read for a read, and anything it cannot place for a change to every table', () => {
    expect(writtenTables('SELECT title FROM incidents')).toBe('none');
    expect(writtenTables('ALTER TABLE incidents ADD COLUMN x int')).toBe('all');
    expect(writtenTables('SET LOCAL lock_timeout = 100')).toBe('all');
  });
});

for (const kind of storeKinds()) {
  describe(`the read cache (${kind.name})`, () => {
    let store: TestStore;
    let db: Db;

    beforeEach(async () => {
      store = await kind.create();
      await migrate(store.db);
      db = await withReadCache(store.db);
    });

    afterEach(async () => {
      await store.drop();
    });

    /**
     * Until reads are being kept (on a server, once the cache hears other replicas) and every
     * change so far has been heard, the store's own writes included.
     */
    async function caching(target: Db) {
      await expect
        .poll(async () => {
          const before = readCacheStats(target)?.hits ?? 0;
          await cachedQuery(target, TITLE, ['none']);
          await cachedQuery(target, TITLE, ['none']);
          return (readCacheStats(target)?.hits ?? 0) > before;
        })
        .toBe(true);
      await readCacheCaughtUp(target);
    }

    it('answers a repeated read from memory, with rows no caller can change', async () => {
      await insertIncident(db, 'first');
      await caching(db);
      const before = readCacheStats(db);
      const a = await cachedQuery<{ title: string }>(db, TITLE, ['fp-1']);
      const b = await cachedQuery<{ title: string }>(db, TITLE, ['fp-1']);
      expect(b.rows).toEqual([{ title: 'first' }]);
      expect(b).toBe(a);
      expect(readCacheStats(db)).toMatchObject({
        misses: (before?.misses ?? 0) + 1,
        hits: (before?.hits ?? 0) + 1,
      });
      expect(() => {
        (a.rows[0] as { title: string }).title = 'changed';
      }).toThrow(TypeError);
    });

    it('reads what a write just committed, alone or in a transaction, and not what rolled back', async () => {
      await insertIncident(db, 'first');
      await caching(db);
      expect(await title(db)).toBe('first');
      await db.query("UPDATE incidents SET title = 'second' WHERE fingerprint = 'fp-1'");
      expect(await title(db)).toBe('second');
      await db.transaction(async (tx) => {
        await tx.query("UPDATE incidents SET title = 'third' WHERE fingerprint = 'fp-1'");
      });
      expect(await title(db)).toBe('third');
      await expect(
        db.transaction(async (tx) => {
          await tx.query("UPDATE incidents SET title = 'never' WHERE fingerprint = 'fp-1'");
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await title(db)).toBe('third');
    });

    it('does not keep a read that was under way when a write committed', async () => {
      await insertIncident(db, 'first');
      await caching(db);
      const pending = title(db);
      await db.query("UPDATE incidents SET title = 'second' WHERE fingerprint = 'fp-1'");
      await pending;
      expect(await title(db)).toBe('second');
    });

    it('drops what it kept of a table whose rows a delete elsewhere cascades into', async () => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO model_deployments (namespace, name, environment, replicas, strategy, created_by, managed, observed)
         VALUES ('ml', 'm', 'DEV', 1, 'ROLLING', 'test', false, '{}') RETURNING id`,
      );
      const id = rows[0]?.id;
      await db.query(
        `INSERT INTO health_reports (deployment_id, state, reasons, since, checked_at, findings)
         VALUES ($1, 'READY', '[]', now(), now(), '[]')`,
        [id],
      );
      await caching(db);
      expect((await cachedQuery(db, HEALTH, [id])).rows).toEqual([{ state: 'READY' }]);
      expect((await cachedQuery(db, HEALTH, [id])).rows).toEqual([{ state: 'READY' }]);
      await db.query('DELETE FROM model_deployments WHERE id = $1', [id]);
      expect((await cachedQuery(db, HEALTH, [id])).rows).toEqual([]);
    });

    it('refuses to keep reads of tables whose changes it is not told of, or of the time', async () => {
      await expect(cachedQuery(db, 'SELECT email FROM users')).rejects.toThrow(
        'this one reads users',
      );
      await expect(
        cachedQuery(db, 'SELECT id FROM incidents WHERE triggered_at > now()'),
      ).rejects.toThrow('depends on the time');
      await expect(cachedQuery(db, 'SELECT id FROM incidents FOR UPDATE')).rejects.toThrow(
        'neither write nor lock',
      );
    });

    it('is told of every change to each cached table by the store itself', async () => {
      const { rows } = await db.query<{ table: string }>(
        `SELECT DISTINCT c.relname AS table FROM pg_trigger t
         JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
         WHERE p.proname = 'notify_table_change' ORDER BY 1`,
      );
      expect(rows.map((r) => r.table)).toEqual([...CACHED_TABLES].sort());
    });

    if (kind.name === 'postgres') {
      it("drops what it kept when another replica's write commits", async () => {
        const other = await withReadCache(openPostgres(store.url as string));
        try {
          await insertIncident(db, 'first');
          await caching(other);
          expect(await title(other)).toBe('first');
          const hits = readCacheStats(other)?.hits ?? 0;
          expect(await title(other)).toBe('first');
          expect(readCacheStats(other)?.hits).toBe(hits + 1);
          await db.query("UPDATE incidents SET title = 'second' WHERE fingerprint = 'fp-1'");
          await readCacheCaughtUp(other);
          expect(await title(other)).toBe('second');
        } finally {
          await other.close();
        }
      });
    }
  });
}
