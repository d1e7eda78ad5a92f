import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from './db.ts';
import { UnitOfWork } from './unit-of-work.ts';

/** A store whose transactions note when they commit or roll back. */
function storeNoting(log: string[]): Db {
  const tx: Queryable = {
    query: async () => ({ rows: [], rowCount: 0 }),
    exec: async () => {},
  };
  return {
    kind: 'pglite',
    ...tx,
    async transaction(fn) {
      try {
        const result = await fn(tx);
        log.push('commit');
        return result;
      } catch (error) {
        log.push('rollback');
        throw error;
      }
    },
    ping: async () => {},
    close: async () => {},
  };
}

describe('UnitOfWork', () => {
  it('runs what its participants asked for after the commit, in the order asked', async () => {
    const log: string[] = [];
    const units = new UnitOfWork(storeNoting(log));
    const value = await units.run(async (work) => {
      work.afterCommit(() => log.push('audit entries published'));
      log.push('rows written');
      work.afterCommit(() => log.push('changes published'));
      return 42;
    });
    expect(value).toBe(42);
    expect(log).toEqual(['rows written', 'commit', 'audit entries published', 'changes published']);
  });

  it('runs nothing of a unit that rolled back, and passes its error on', async () => {
    const log: string[] = [];
    const units = new UnitOfWork(storeNoting(log));
    await expect(
      units.run(async (work) => {
        work.afterCommit(() => log.push('published'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(log).toEqual(['rollback']);
  });
});
