import type { Config } from '../config/index.ts';
import type { Db } from './db.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export function openStore(store: Config['store']): Promise<Db> {
  return store.kind === 'postgres'
    ? Promise.resolve(openPostgres(store.url))
    : openPglite(store.dataDir);
}
