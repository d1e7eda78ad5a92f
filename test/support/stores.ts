import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { type Db, openPglite, openPostgres } from '../../server/src/store/index.ts';

export interface TestStore {
  db: Db;
  /** Set for a PostgreSQL server: a database made for this store alone. */
  url?: string;
  drop(): Promise<void>;
}

export interface StoreKind {
  name: 'pglite' | 'postgres';
  create(): Promise<TestStore>;
}

/** A fresh database on the server at TEST_DATABASE_URL, dropped afterwards. */
export async function createServerDatabase(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `backline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The stores every store test runs against: PGlite always, and the PostgreSQL
 * server when TEST_DATABASE_URL names one (CI sets it).
 */
export function storeKinds(): StoreKind[] {
  const kinds: StoreKind[] = [
    {
      name: 'pglite',
      async create() {
        const db = await openPglite(undefined);
        return { db, drop: () => db.close() };
      },
    },
  ];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    kinds.push({
      name: 'postgres',
      async create() {
        const database = await createServerDatabase(serverUrl);
        const db = openPostgres(database.url);
        return {
          db,
          url: database.url,
          async drop() {
            await db.close();
            await database.drop();
          },
        };
      },
    });
  }
  return kinds;
}

/**
 * Suites that need a PostgreSQL server (several replicas sharing one database): skipped, with
 * the reason in their name, when TEST_DATABASE_URL is unset, as on a newcomer's machine.
 */
export const describeWithPostgresServer = describe.skipIf(!process.env.TEST_DATABASE_URL);

/** The PostgreSQL server's URL inside a suite declared with describeWithPostgresServer. */
export function postgresServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}
