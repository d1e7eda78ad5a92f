export type { Db, ListenOptions, Queryable, QueryResult, Unlisten } from './db.ts';
export { MIGRATION_LOCK_KEY, type Migration, migrate, readMigrations } from './migrate.ts';
export { openStore } from './open.ts';
export { openPglite } from './pglite.ts';
export { openPostgres } from './postgres.ts';
export { nameTaken, userNames } from './queries.ts';
export {
  CACHED_TABLES,
  cachedQuery,
  type ReadCacheStats,
  readCacheCaughtUp,
  readCacheStats,
  withReadCache,
  writtenTables,
} from './read-cache.ts';
export { type RowMapper, rowMapper, type StoredRow } from './row-mapper.ts';
export { UnitOfWork, type Work } from './unit-of-work.ts';
