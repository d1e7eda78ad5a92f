import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHash } from '../../server/src/audit/audit.hash.ts';
import type { AuditEntryRecord } from '../../server/src/audit/index.ts';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const run = promisify(execFile);
const NODE = path.resolve(import.meta.dirname, '../../node_modules/.bin/node');
const VERIFY_SCRIPT = path.resolve(import.meta.dirname, '../../server/scripts/audit-verify.ts');

const VERIFY = `{ verifyAuditLog { ok checked unanchored checkpoint { seq }
  firstMismatch { seq kind message } } }`;

interface Verification {
  ok: boolean;
  checked: number;
  unanchored: number;
  checkpoint: { seq: string } | null;
  firstMismatch: { seq: string; kind: string; message: string } | null;
}

describe('an audit log an auditor can prove', () => {
  let server: TestServer;
  let cookie: string;
  let dir: string;
  let publicKey: string;

  const verify = async () =>
    (await graphql<{ verifyAuditLog: Verification }>(server.url, VERIFY, {}, { cookie })).data
      ?.verifyAuditLog as Verification;
  const db = () => server.backline.db;
  const makeEntries = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await graphql(
        server.url,
        'mutation($n: String!) { createApiToken(input: { name: $n, role: VIEWER, expiresInDays: 1 }) { secret } }',
        { n: `audited-${i}-${Date.now()}` },
        { cookie },
      );
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'backline-witness-'));
    server = await startTestServer({
      env: {
        BACKLINE_AUDIT_CHECKPOINT_EVERY: '5',
        BACKLINE_AUDIT_WITNESS: `file:${path.join(dir, 'witness.ndjson')}`,
      },
    });
    cookie = await login(server.url, server.adminEmail, server.adminPassword);
    await makeEntries(12);
    const info = await graphql<{ auditCheckpoint: { publicKey: string } }>(
      server.url,
      '{ auditCheckpoint { publicKey checkpoint { seq } } }',
      {},
      { cookie },
    );
    publicKey = info.data?.auditCheckpoint.publicKey as string;
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('signs checkpoints, publishes them on /metrics and to the witness, and verifies', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstMismatch: null });
    expect(Number(result.checkpoint?.seq)).toBeGreaterThanOrEqual(5);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const head = /^backline_audit_head_sequence (\d+)$/m.exec(metrics)?.[1];
    expect(Number(head)).toBeGreaterThanOrEqual(5);
    const witnessed = (await readFile(path.join(dir, 'witness.ndjson'), 'utf8')).trim().split('\n');
    expect(JSON.parse(witnessed.at(-1) as string)).toMatchObject({ seq: head });
  });

  it('exports a log that the offline verifier checks without the server', async () => {
    const exported = await (
      await fetch(`${server.url}/api/audit/export`, { headers: { cookie } })
    ).text();
    const file = path.join(dir, 'export.ndjson');
    await writeFile(file, exported);
    const ok = await run(NODE, [VERIFY_SCRIPT, file, '--public-key', publicKey]);
    expect(ok.stdout).toMatch(/^OK: \d+ entries verify/);

    // A forged line in the file: the verifier names it and fails.
    const lines = exported.trim().split('\n');
    const second = JSON.parse(lines[1] as string) as Record<string, unknown>;
    lines[1] = JSON.stringify({ ...second, details: { forged: true } });
    await writeFile(file, `${lines.join('\n')}\n`);
    const failed = await run(NODE, [VERIFY_SCRIPT, file, '--public-key', publicKey]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/FAILED at entry 2 \(HASH\)/),
    });
  });

  it('names a forged row appended with a correct hash', async () => {
    const head = (
      await db().query<{ seq: string; hash: string }>(
        'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
      )
    ).rows[0] as { seq: string; hash: string };
    const forged: Omit<AuditEntryRecord, 'hash' | 'keyId' | 'signature'> = {
      seq: String(BigInt(head.seq) + 1n),
      occurredAt: new Date(),
      actorType: 'USER',
      actorId: null,
      actor: 'admin@backline.local',
      action: 'user.update',
      targetType: 'user',
      targetId: 'someone',
      details: { role: 'ADMIN' },
      prevHash: head.hash,
    };
    await db().query(
      `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, actor, action, target_type, target_id, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        forged.seq,
        forged.occurredAt,
        forged.actorType,
        forged.actorId,
        forged.actor,
        forged.action,
        forged.targetType,
        forged.targetId,
        JSON.stringify(forged.details),
        forged.prevHash,
        auditHash(forged),
      ],
    );
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstMismatch).toMatchObject({ seq: forged.seq, kind: 'SIGNATURE' });
    await db().exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      DELETE FROM audit_log WHERE seq = ${forged.seq};
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    expect((await verify()).ok).toBe(true);
  });

  it('names a chain rewritten and re-hashed from an early entry on', async () => {
    await db().exec('CREATE TEMP TABLE saved_log AS SELECT * FROM audit_log');
    const { rows } = await db().query<Record<string, unknown>>(
      'SELECT * FROM audit_log ORDER BY seq',
    );
    await db().exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete');
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const entry = {
        seq: String(row.seq),
        occurredAt: new Date(row.occurred_at as string),
        actorType: row.actor_type as 'USER',
        actorId: row.actor_id as string | null,
        actor: row.actor as string,
        action: row.action as string,
        targetType: row.target_type as string,
        targetId: row.target_id as string,
        details: entry2(row),
        prevHash: prev,
      };
      prev = auditHash(entry);
      await db().query(
        'UPDATE audit_log SET details = $2, prev_hash = $3, hash = $4 WHERE seq = $1',
        [entry.seq, JSON.stringify(entry.details), entry.prevHash, prev],
      );
    }
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstMismatch?.seq).toBe('2');
    expect(['SIGNATURE', 'CHECKPOINT']).toContain(result.firstMismatch?.kind);
    await db().exec(`DELETE FROM audit_log; INSERT INTO audit_log SELECT * FROM saved_log;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    expect((await verify()).ok).toBe(true);

    function entry2(row: Record<string, unknown>) {
      const details = row.details as Record<string, unknown>;
      return String(row.seq) === '2' ? { ...details, rewritten: true } : details;
    }
  });

  it('names entries cut off the end, with their checkpoints, from the witness', async () => {
    await makeEntries(6);
    const checkpoint = (await verify()).checkpoint?.seq as string;
    const cut = Number(checkpoint) - 3;
    await db().exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_no_update_or_delete;
      DELETE FROM audit_log WHERE seq > ${cut};
      DELETE FROM audit_checkpoints WHERE seq > ${cut};`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstMismatch).toMatchObject({ kind: 'TRUNCATED', seq: checkpoint });
  });
});
