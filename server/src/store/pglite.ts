import { mkdir } from 'node:fs/promises';
import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db.ts';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, persisted in `dataDir`
 * (or in memory when `dataDir` is undefined, for tests).
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? 'memory://', {
    // Same as the pg driver: bigint as text, so both stores return the same shapes.
    parsers: { [types.INT8]: (v: string) => v },
  });
  const run = async <Row>(
    target: Pick<PGlite, 'query'>,
    sql: string,
    params?: unknown[],
  ): Promise<QueryResult<Row>> => {
    const result = await target.query<Row>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (fn) =>
      db.transaction(async (tx) => {
        const wrapped: Queryable = {
          query: (sql, params) => run(tx, sql, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        };
        return fn(wrapped);
      }),
    async ping() {
      await db.query('SELECT 1');
    },
    async listen(channel, onNotification, options) {
      // One session: PGlite delivers its own notifications to its listeners after each query.
      const unlisten = await db.listen(channel, onNotification);
      options?.onListening?.();
      return async () => {
        if (!db.closed) await unlisten();
      };
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
