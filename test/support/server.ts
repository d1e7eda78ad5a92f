import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RunningBackline, startBackline } from '../../server/src/backline.ts';
import { loadConfig } from '../../server/src/config/index.ts';
import { createLogger } from '../../server/src/logging/index.ts';
import type { Clock } from '../../server/src/shared/clock.ts';
import { TEST_AUDIT_SIGNING_KEY } from './audit-key.ts';
import { createServerDatabase, type StoreKind } from './stores.ts';

export interface TestServer {
  url: string;
  adminEmail: string;
  adminPassword: string;
  backline: RunningBackline;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  adminPassword?: string;
  /** A PostgreSQL URL; the embedded store in a fresh temporary folder when absent. */
  databaseUrl?: string;
  env?: Record<string, string>;
  clock?: Clock;
}

/** Starts the real server on an ephemeral port, with its own store and the built console. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-test-'));
  const adminPassword = options.adminPassword ?? 'correct-horse-battery-staple';
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    BACKLINE_DATA_DIR: dataDir,
    BACKLINE_ADMIN_PASSWORD: adminPassword,
    BACKLINE_CONSOLE_DIR: path.resolve(import.meta.dirname, '../../web/dist'),
    // Tests that need a cluster turn the simulator on, or point KUBECONFIG at one they started.
    BACKLINE_SIMULATOR: 'off',
    BACKLINE_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const backline = await startBackline(config, {
    logger: createLogger('silent'),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    url: backline.url,
    adminEmail: 'admin@backline.local',
    adminPassword,
    backline,
    async stop() {
      await backline.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the real server on a store of this kind: its own PGlite folder, or a database of its
 * own on the PostgreSQL server at TEST_DATABASE_URL, dropped when the server stops.
 */
export async function startTestServerOn(
  kind: StoreKind,
  options: Omit<TestServerOptions, 'databaseUrl'> = {},
): Promise<TestServer> {
  if (kind.name !== 'postgres') return startTestServer(options);
  const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
  const server = await startTestServer({ ...options, databaseUrl: database.url }).catch(
    async (error: unknown) => {
      await database.drop();
      throw error;
    },
  );
  return {
    ...server,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
