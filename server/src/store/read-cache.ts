import { randomUUID } from 'node:crypto';
import type { Db, Queryable, QueryResult, Unlisten } from './db.ts';

/**
 * The tables whose reads may be cached. Every statement that changes one of them announces the
 * table on CHANGES_CHANNEL when it commits (migration 0021's triggers), so that a replica drops
 * what it kept of another replica's writes; this process's own writes drop theirs as they commit.
 */
export const CACHED_TABLES: ReadonlySet<string> = new Set([
  'model_deployments',
  'health_reports',
  'incidents',
]);
export const CHANGES_CHANNEL = 'backline_table_changes';
/** A notification on CHANGES_CHANNEL that names no table but a barrier (readCacheCaughtUp). */
const BARRIER_PREFIX = 'barrier:';

/** Enough for every hot read's distinct parameters; the oldest unused read goes first. */
const MAX_ENTRIES = 500;
/** A result larger than this is read each time rather than kept. */
const MAX_ROWS = 5_000;
/** However sure the invalidation, nothing is served from memory for longer than this. */
const MAX_AGE_MS = 60_000;

export interface ReadCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

interface Entry {
  readonly tables: readonly string[];
  readonly result: QueryResult<unknown>;
  readonly at: number;
}

const caches = new WeakMap<Queryable, ReadCache>();

/**
 * Runs a read through the store's read cache when `db` is a store with one (and not a
 * transaction, whose reads must see its own writes), else straight on `db`. The rows are shared
 * between callers and frozen. Only for SQL over CACHED_TABLES that does not depend on the time.
 */
export function cachedQuery<Row = Record<string, unknown>>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<QueryResult<Row>> {
  const cache = caches.get(db);
  if (!cache) return db.query<Row>(sql, params);
  try {
    return cache.read<Row>(sql, params);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Resolves once the read cache of `db` has heard every change committed before the call, on any
 * replica: a barrier sent on the changes channel arrives after them, as notifications arrive in
 * the order their transactions committed. At once for a store no other replica writes to.
 */
export async function readCacheCaughtUp(db: Queryable): Promise<void> {
  const cache = caches.get(db);
  if (!cache?.listening) return;
  const token = `${BARRIER_PREFIX}${randomUUID()}`;
  const heard = cache.barrier(token);
  try {
    await db.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, token]);
  } catch (error) {
    cache.releaseBarrier(token);
    throw error;
  }
  await heard;
}

/** Counts of the read cache of `db`, when it has one. */
export function readCacheStats(db: Queryable): ReadCacheStats | undefined {
  return caches.get(db)?.stats();
}

/**
 * The store with a cache of the hot reads in front of it (`cachedQuery`): on the embedded store a
 * query runs on the event loop's own thread, and the console's dashboards read the same few rows
 * hundreds of times a second. A read is kept until a write to one of its tables (or to a table
 * whose deletes cascade into them, as the catalog says) commits, here or on another replica.
 * Call it once the migrations have run.
 */
export async function withReadCache(db: Db): Promise<Db> {
  const cascades = await cascadesOf(db);
  const track = (target: Queryable, wrote: (tables: readonly string[] | 'all') => void) => ({
    query: async <Row>(sql: string, params?: unknown[]) => {
      try {
        return await target.query<Row>(sql, params);
      } finally {
        const tables = writtenTables(sql);
        if (tables !== 'none') wrote(tables);
      }
    },
    exec: async (sql: string) => {
      try {
        await target.exec(sql);
      } finally {
        wrote('all');
      }
    },
  });
  const direct = track(db, (tables) => cache.changed(tables));
  let unlisten: Unlisten | undefined;
  const wrapped: Db = {
    kind: db.kind,
    query: direct.query,
    exec: direct.exec,
    async transaction(fn) {
      const written = new Set<string>();
      let all = false;
      const result = await db.transaction((tx) =>
        fn(
          track(tx, (tables) => {
            if (tables === 'all') all = true;
            else for (const table of tables) written.add(table);
          }),
        ),
      );
      cache.changed(all ? 'all' : [...written]);
      return result;
    },
    ping: () => db.ping(),
    ...(db.listen ? { listen: db.listen.bind(db) } : {}),
    async close() {
      await unlisten?.();
      await db.close();
    },
  };
  // Reads go through the wrapper, so that whatever watches its queries sees them.
  const cache = new ReadCache(wrapped, cascades);
  caches.set(wrapped, cache);
  if (db.kind === 'postgres') {
    // Other replicas write to the same database: keep nothing while their writes cannot be heard.
    cache.enabled = false;
    if (db.listen) {
      unlisten = await db.listen(CHANGES_CHANNEL, (payload) => cache.heard(payload), {
        onListening: () => {
          cache.clear();
          cache.enabled = true;
          cache.listening = true;
        },
        onError: () => {
          cache.enabled = false;
          cache.listening = false;
          cache.clear();
          cache.releaseBarriers();
        },
      });
    }
  }
  return wrapped;
}

class ReadCache {
  enabled = true;
  /** Whether other replicas' changes are heard on CHANGES_CHANNEL. */
  listening = false;
  readonly #barriers = new Map<string, () => void>();
  readonly #db: Queryable;
  /** For each table, the tables whose rows its deletes remove or change (foreign keys). */
  readonly #cascades: ReadonlyMap<string, readonly string[]>;
  readonly #entries = new Map<string, Entry>();
  readonly #reading = new Map<string, { tables: readonly string[]; promise: Promise<unknown> }>();
  readonly #versions = new Map<string, number>();
  readonly #tablesOf = new Map<string, readonly string[]>();
  #hits = 0;
  #misses = 0;

  constructor(db: Queryable, cascades: ReadonlyMap<string, readonly string[]>) {
    this.#db = db;
    this.#cascades = cascades;
  }

  read<Row>(sql: string, params: unknown[]): Promise<QueryResult<Row>> {
    const tables = this.#tables(sql);
    if (!this.enabled) return this.#db.query<Row>(sql, params);
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const entry = this.#entries.get(key);
    if (entry && Date.now() - entry.at < MAX_AGE_MS) {
      this.#hits++;
      // Most recently used last, so the first is the one to evict.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      return Promise.resolve(entry.result as QueryResult<Row>);
    }
    this.#misses++;
    const reading = this.#reading.get(key);
    if (reading) return reading.promise as Promise<QueryResult<Row>>;
    const versions = tables.map((table) => this.#versions.get(table) ?? 0);
    const promise: Promise<QueryResult<Row>> = this.#db.query<Row>(sql, params).then(
      (result) => {
        const frozen = deepFreeze(result);
        if (this.#reading.get(key)?.promise === promise) this.#reading.delete(key);
        const unchanged = tables.every(
          (table, i) => (this.#versions.get(table) ?? 0) === versions[i],
        );
        if (this.enabled && unchanged && result.rows.length <= MAX_ROWS) {
          this.#entries.delete(key);
          this.#entries.set(key, { tables, result: frozen, at: Date.now() });
          if (this.#entries.size > MAX_ENTRIES) {
            this.#entries.delete(this.#entries.keys().next().value as string);
          }
        }
        return frozen;
      },
      (error: unknown) => {
        if (this.#reading.get(key)?.promise === promise) this.#reading.delete(key);
        throw error;
      },
    );
    this.#reading.set(key, { tables, promise });
    return promise;
  }

  /** A notification on CHANGES_CHANNEL: a table another replica (or this one) changed. */
  heard(payload: string): void {
    if (payload.startsWith(BARRIER_PREFIX)) {
      this.releaseBarrier(payload);
      return;
    }
    this.changed([payload]);
  }

  /** Resolves when the barrier `token` comes back on CHANGES_CHANNEL. */
  barrier(token: string): Promise<void> {
    return new Promise((resolve) => this.#barriers.set(token, resolve));
  }

  /** Gives up waiting for a barrier that was never sent. */
  releaseBarrier(token: string): void {
    this.#barriers.get(token)?.();
    this.#barriers.delete(token);
  }

  /** Lets every waiter go: when the listening connection fails, nothing kept is left to catch up on. */
  releaseBarriers(): void {
    for (const release of this.#barriers.values()) release();
    this.#barriers.clear();
  }

  /** Drops what was read from these tables (and from those their deletes cascade into). */
  changed(written: readonly string[] | 'all'): void {
    if (written === 'all') {
      this.clear();
      return;
    }
    const touched = new Set<string>();
    const visit = (table: string) => {
      if (touched.has(table)) return;
      touched.add(table);
      for (const next of this.#cascades.get(table) ?? []) visit(next);
    };
    for (const table of written) visit(table);
    const cached = [...touched].filter((table) => CACHED_TABLES.has(table));
    if (!cached.length) return;
    for (const table of cached) this.#bump(table);
    const hit = (tables: readonly string[]) => tables.some((table) => touched.has(table));
    for (const [key, entry] of this.#entries) if (hit(entry.tables)) this.#entries.delete(key);
    // A read still under way may have seen the rows before this change: later readers wait for
    // a read of their own.
    for (const [key, reading] of this.#reading) if (hit(reading.tables)) this.#reading.delete(key);
  }

  /** Drops everything, and keeps no read that was under way. */
  clear(): void {
    for (const table of CACHED_TABLES) this.#bump(table);
    this.#entries.clear();
    this.#reading.clear();
  }

  stats(): ReadCacheStats {
    return { hits: this.#hits, misses: this.#misses, entries: this.#entries.size };
  }

  #bump(table: string): void {
    this.#versions.set(table, (this.#versions.get(table) ?? 0) + 1);
  }

  #tables(sql: string): readonly string[] {
    let tables = this.#tablesOf.get(sql);
    if (!tables) {
      tables = readTables(sql);
      if (this.#tablesOf.size < 1_000) this.#tablesOf.set(sql, tables);
    }
    return tables;
  }
}

const WRITE =
  /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?([a-z_]\w*)/gi;
const READ = /\b(?:FROM|JOIN)\s+([a-z_]\w*)\b(?!\s*\()/gi;
const LOCKING = /\bFOR\s+(?:NO\s+KEY\s+|KEY\s+)?(?:UPDATE|SHARE)\b/i;
const TIME_DEPENDENT =
  /\b(?:now|clock_timestamp|statement_timestamp|random|nextval)\s*\(|\bcurrent_(?:date|time|timestamp)\b/i;

/**
 * The tables a statement may write: 'none' for a plain read, 'all' when it is neither a read nor
 * a write whose tables can be told (DDL, scripts), so that nothing kept can outlive it.
 */
export function writtenTables(sql: string): readonly string[] | 'none' | 'all' {
  const tables = [...sql.matchAll(WRITE)].map((match) => (match[1] ?? '').toLowerCase());
  if (tables.length) return tables;
  return /^\s*(?:SELECT|WITH)\b/i.test(sql) ? 'none' : 'all';
}

/** The tables a cached read reads; it must read only CACHED_TABLES, and not the time. */
export function readTables(sql: string): readonly string[] {
  if (writtenTables(sql) !== 'none' || LOCKING.test(sql)) {
    throw new Error(`Only reads that neither write nor lock are cached: ${sql}`);
  }
  if (TIME_DEPENDENT.test(sql))
    throw new Error(`A read that depends on the time is not cached: ${sql}`);
  const tables = [
    ...new Set([...sql.matchAll(READ)].map((match) => (match[1] ?? '').toLowerCase())),
  ];
  const unwatched = tables.filter((table) => !CACHED_TABLES.has(table));
  if (!tables.length || unwatched.length) {
    throw new Error(
      `A cached read may read only ${[...CACHED_TABLES].join(', ')}; this one reads ${unwatched.join(', ') || 'no table'}: ${sql}`,
    );
  }
  return tables;
}

/** Which tables' rows a delete (or key change) of each table's rows changes, from the catalog. */
async function cascadesOf(db: Queryable): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ parent: string; child: string }>(
    `SELECT confrelid::regclass::text AS parent, conrelid::regclass::text AS child
     FROM pg_constraint
     WHERE contype = 'f' AND (confdeltype IN ('c', 'n', 'd') OR confupdtype IN ('c', 'n', 'd'))`,
  );
  const cascades = new Map<string, string[]>();
  for (const { parent, child } of rows) {
    cascades.set(parent, [...(cascades.get(parent) ?? []), child]);
  }
  return cascades;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    if (ArrayBuffer.isView(value)) return value;
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
