/**
 * Audit log throughput: entries appended per second, each in its own transaction
 * with the hash chain, on the PostgreSQL server (and on PGlite for comparison),
 * and how fast the chain verifies.
 *
 *   npm run bench:audit                      # server at BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test
 *   BENCH_ENTRIES=20000 npm run bench:audit
 */
import { generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import { createServerDatabase } from '../../test/support/stores.ts';
import { AuditService, AuditSigner } from '../src/audit/index.ts';
import { InMemoryEventBus } from '../src/events/index.ts';
import { systemClock } from '../src/shared/clock.ts';
import { type Db, migrate, openPglite, openPostgres, UnitOfWork } from '../src/store/index.ts';

const entries = Number(process.env.BENCH_ENTRIES ?? 5000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const actor = { type: 'USER' as const, id: 'bench', name: 'bench@example.com' };

async function run(label: string, db: Db, concurrency: number): Promise<void> {
  await migrate(db);
  // As the server runs it: every entry signed, a checkpoint every 100 entries.
  const signer = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
  const units = new UnitOfWork(db);
  const audit = new AuditService(
    db,
    new InMemoryEventBus(),
    systemClock,
    process.env.BENCH_UNSIGNED ? undefined : { signer, checkpointEvery: 100 },
  );
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < entries) {
        const i = next++;
        await units.run((work) =>
          audit.record(work, actor, {
            action: 'bench.append',
            targetType: 'bench',
            targetId: String(i),
            details: { i, note: 'x'.repeat(64) },
          }),
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const verifyStarted = performance.now();
  const verification = await audit.verify();
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  if (!verification.ok || verification.checked < entries)
    throw new Error(`chain did not verify: ${JSON.stringify(verification)}`);
  process.stdout.write(
    `| ${label} | ${concurrency} | ${entries} | ${Math.round(entries / seconds)} | ${Math.round(verification.checked / verifySeconds)} |\n`,
  );
}

process.stdout.write(
  `Audit append benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write(
  '| store | concurrent writers | entries | appended/s | verified/s |\n|---|---|---|---|---|\n',
);
for (const concurrency of [1, 8]) {
  const database = await createServerDatabase(serverUrl);
  const db = openPostgres(database.url, { max: concurrency + 1 });
  try {
    await run('PostgreSQL server', db, concurrency);
  } finally {
    await db.close();
    await database.drop();
  }
}
const lite = await openPglite(undefined);
try {
  await run('PGlite (in memory)', lite, 1);
} finally {
  await lite.close();
}
