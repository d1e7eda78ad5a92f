import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditService, appendAuditEntry, SYSTEM_ACTOR } from '../../server/src/audit/index.ts';
import { InMemoryEventBus } from '../../server/src/events/index.ts';
import { type Db, migrate, readMigrations, UnitOfWork } from '../../server/src/store/index.ts';
import { TestClock } from '../support/clock.ts';
import { storeKinds, type TestStore } from '../support/stores.ts';

for (const kind of storeKinds()) {
  describe(`store on ${kind.name}`, () => {
    let store: TestStore;
    let db: Db;
    let audit: AuditService;
    let units: UnitOfWork;
    const actor = { type: 'USER' as const, id: 'u1', name: 'ops@example.com' };

    beforeEach(async () => {
      store = await kind.create();
      db = store.db;
      await migrate(db);
      audit = new AuditService(db, new InMemoryEventBus(), new TestClock());
      units = new UnitOfWork(db);
    });

    afterEach(async () => {
      await store.drop();
    });

    it('applies each migration once, however often it runs', async () => {
      const all = await readMigrations();
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => Number(r.version))).toEqual(all.map((m) => m.version));
    });

    it('applies migrations exactly once when several replicas start together', async () => {
      const fresh = await kind.create();
      try {
        const results = await Promise.all([
          migrate(fresh.db),
          migrate(fresh.db),
          migrate(fresh.db),
        ]);
        const all = (await readMigrations()).map((m) => m.version);
        expect(results.flat().sort((a, b) => a - b)).toEqual(all);
      } finally {
        await fresh.drop();
      }
    });

    it('chains entries: each links to the previous hash and the chain verifies', async () => {
      for (let i = 0; i < 5; i++) {
        await units.run((work) =>
          audit.record(work, actor, {
            action: 'test.step',
            targetType: 'thing',
            targetId: `t${i}`,
            details: { i, nested: { b: 1, a: [1, 'x'] } },
          }),
        );
      }
      const { entries } = await audit.list({}, 10);
      expect(entries.map((e) => e.seq)).toEqual(['5', '4', '3', '2', '1']);
      for (let i = 0; i < 4; i++) expect(entries[i]?.prevHash).toBe(entries[i + 1]?.hash);
      const result = await audit.verify();
      expect(result).toMatchObject({
        ok: true,
        checked: 5,
        headHash: entries[0]?.hash,
        firstMismatch: null,
      });
    });

    it('keeps sequence numbers gapless when concurrent transactions append', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          units.run((work) =>
            audit.record(work, actor, {
              action: 'test.concurrent',
              targetType: 'thing',
              targetId: String(i),
            }),
          ),
        ),
      );
      const result = await audit.verify();
      expect(result.ok).toBe(true);
      expect(result.checked).toBe(20);
    });

    it('lets other work run while it verifies a long log, once for callers who ask together', async () => {
      await units.run(async (work) => {
        for (let i = 0; i < 1_000; i++)
          await audit.record(work, actor, {
            action: 'test.bulk',
            targetType: 'thing',
            targetId: `b${i}`,
          });
      });
      // A timer due at once fires during the check only if the check gives the loop a turn.
      let turns = 0;
      const timer = setInterval(() => turns++, 0);
      try {
        const [result, asked] = await Promise.all([audit.verify(), audit.verify()]);
        expect(result).toMatchObject({ ok: true, checked: 1_000 });
        expect(turns).toBeGreaterThan(0);
        // Asked while the check ran: the same check's answer, not a second pass over the log.
        expect(asked).toBe(result);
      } finally {
        clearInterval(timer);
      }
    });

    it('writes nothing when the change fails: the entry and its change commit together', async () => {
      await expect(
        units.run(async (work) => {
          await audit.record(work, actor, {
            action: 'test.doomed',
            targetType: 'thing',
            targetId: 'x',
          });
          await work.tx.query(
            "INSERT INTO users (email, name, role, password_hash) VALUES ('a@b.c', 'A', 'NOT_A_ROLE', 'h')",
          );
        }),
      ).rejects.toThrow();
      const { totalCount } = await audit.list({}, 10);
      expect(totalCount).toBe(0);
    });

    it('refuses updates, deletes and truncation of the audit log in the database itself', async () => {
      await db.transaction((tx) =>
        appendAuditEntry(
          tx,
          SYSTEM_ACTOR,
          { action: 'a', targetType: 't', targetId: '1' },
          new Date(),
        ),
      );
      await expect(db.query("UPDATE audit_log SET action = 'forged'")).rejects.toThrow(
        /append-only/,
      );
      await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      expect((await audit.list({}, 10)).totalCount).toBe(1);
    });

    it('names the first altered entry when a row is edited behind the application', async () => {
      for (let i = 1; i <= 4; i++) {
        await units.run((work) =>
          audit.record(work, actor, {
            action: 'user.update',
            targetType: 'user',
            targetId: `u${i}`,
            details: { role: 'VIEWER' },
          }),
        );
      }
      // Someone with database access disables the trigger and rewrites history.
      await db.exec(`
        ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
        UPDATE audit_log SET details = '{"role":"ADMIN"}' WHERE seq = 3;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
      `);
      const result = await audit.verify();
      expect(result.ok).toBe(false);
      expect(result.checked).toBe(2);
      expect(result.firstMismatch).toMatchObject({ seq: '3', kind: 'HASH' });
      expect(result.firstMismatch?.message).toMatch(/Entry 3 was altered/);
    });

    it('notices a deleted entry as a gap in the sequence', async () => {
      for (let i = 1; i <= 3; i++) {
        await units.run((work) =>
          audit.record(work, actor, { action: 'x', targetType: 't', targetId: String(i) }),
        );
      }
      await db.exec(`
        ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
        DELETE FROM audit_log WHERE seq = 2;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
      `);
      const result = await audit.verify();
      expect(result.firstMismatch).toMatchObject({ seq: '2', kind: 'SEQUENCE' });
    });

    it('filters and pages newest first', async () => {
      for (let i = 1; i <= 7; i++) {
        await units.run((work) =>
          audit.record(work, actor, {
            action: i % 2 ? 'user.create' : 'token.create',
            targetType: 'user',
            targetId: String(i),
          }),
        );
      }
      const first = await audit.list({ action: 'user.' }, 2);
      expect(first.totalCount).toBe(4);
      expect(first.entries.map((e) => e.targetId)).toEqual(['7', '5']);
      expect(first.hasMore).toBe(true);
      const second = await audit.list({ action: 'user.' }, 2, first.entries.at(-1)?.seq);
      expect(second.entries.map((e) => e.targetId)).toEqual(['3', '1']);
      expect(second.hasMore).toBe(false);
    });
  });
}
