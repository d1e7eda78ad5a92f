import { PGlite, types } from '@electric-sql/pglite';
import { privateDir, tightenTree } from '../shared/files.ts';
import type { Db, Queryable, QueryResult } from './db.ts';

/**
 * PostgreSQL's own page cache inside the embedded store's WebAssembly memory, which never gives
 * memory back. PostgreSQL's default (128MB) is sized for a server of its own; the embedded store
 * serves one process, whose hot rows (deployments, open incidents, the newest entries) are a few
 * megabytes, and the files beneath it are in the system's page cache as well.
 */
const SHARED_BUFFERS = '32MB';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, persisted in `dataDir`
 * (or in memory when `dataDir` is undefined, for tests).
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) await privateDir(dataDir);
  const db = await PGlite.create(dataDir ?? 'memory://', {
    // Same as the pg driver: bigint as text, so both stores return the same shapes.
    parsers: { [types.INT8]: (v: string) => v },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  });
  const run = async <Row>(
    target: Pick<PGlite, 'query'>,
    sql: string,
    params?: unknown[],
  ): Promise<QueryResult<Row>> => {
    try {
      const result = await target.query<Row>(sql, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    } catch (error) {
      throw withoutParameters(error);
    }
  };
  // Files an earlier version created with looser modes; new ones follow the process umask.
  if (dataDir) await tightenTree(dataDir);
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

/**
 * PGlite puts the statement's parameters on the errors it throws (`params`), and a logged
 * error would write them out: password and token hashes, webhook secrets, customers' emails.
 * They are dropped here, where the error is made, before anything can log it.
 */
export function withoutParameters(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) {
    for (const key of ['params', 'queryOptions']) {
      if (key in error) Reflect.deleteProperty(error, key);
    }
  }
  return error;
}
