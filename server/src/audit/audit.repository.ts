import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Queryable, rowMapper } from '../store/index.ts';
import { auditHash } from './audit.hash.ts';
import type { AuditCheckpoint, AuditSigner } from './audit.signing.ts';
import {
  type Actor,
  type AuditEntryRecord,
  type AuditFilter,
  type AuditInput,
  GENESIS_HASH,
} from './audit.types.ts';

/** Serialises appends so that each entry links to the one before it. Held to commit. */
export const AUDIT_LOCK_KEY = 72_041_002;

const entries = rowMapper<AuditEntryRecord>()(
  'seq, occurred_at, actor_type, actor_id, actor, action, target_type, target_id, details, prev_hash, hash, key_id, signature',
  { seq: (r) => String(r.seq), occurredAt: (r) => new Date(r.occurred_at as Date) },
);
const COLUMNS = entries.columns;
const toRecord = entries.from;

/**
 * Appends one entry inside the caller's transaction, so the entry and the change it
 * records commit together or not at all.
 */
export async function appendAuditEntry(
  tx: Queryable,
  actor: Actor,
  input: AuditInput,
  now: Date,
  signer?: AuditSigner,
): Promise<AuditEntryRecord> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const head = await tx.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const previous = head.rows[0];
  const unhashed: Omit<AuditEntryRecord, 'hash' | 'keyId' | 'signature'> = {
    seq: previous ? (BigInt(previous.seq) + 1n).toString() : '1',
    // Millisecond precision, as the store keeps it, so the hash can be recomputed.
    occurredAt: new Date(now.getTime()),
    actorType: actor.type,
    actorId: actor.id,
    actor: actor.name,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    // Round-trip through JSON so the hashed value is exactly what jsonb will return.
    details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  const hash = auditHash(unhashed);
  const signed = signer ? signer.signEntryHash(hash) : { keyId: null, signature: null };
  const entry: AuditEntryRecord = { ...unhashed, hash, ...signed };
  await tx.query(
    `INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      entry.seq,
      entry.occurredAt,
      entry.actorType,
      entry.actorId,
      entry.actor,
      entry.action,
      entry.targetType,
      entry.targetId,
      JSON.stringify(entry.details),
      entry.prevHash,
      entry.hash,
      entry.keyId,
      entry.signature,
    ],
  );
  return entry;
}

const checkpoints = rowMapper<AuditCheckpoint>()('seq, head_hash, signed_at, key_id, signature', {
  seq: (r) => String(r.seq),
  signedAt: (r) => new Date(r.signed_at as Date),
});
const toCheckpoint = checkpoints.from;

export const checkpointsRepository = {
  async insert(tx: Queryable, c: AuditCheckpoint): Promise<void> {
    await tx.query(
      `INSERT INTO audit_checkpoints (seq, head_hash, signed_at, key_id, signature)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING`,
      [c.seq, c.headHash, c.signedAt, c.keyId, c.signature],
    );
  },

  async all(db: Queryable): Promise<AuditCheckpoint[]> {
    const { rows } = await db.query(
      `SELECT ${checkpoints.columns} FROM audit_checkpoints ORDER BY seq`,
    );
    return rows.map(toCheckpoint);
  },

  async latest(db: Queryable): Promise<AuditCheckpoint | null> {
    const { rows } = await db.query(
      `SELECT ${checkpoints.columns} FROM audit_checkpoints ORDER BY seq DESC LIMIT 1`,
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  },

  async head(db: Queryable): Promise<{ seq: string; hash: string } | null> {
    const { rows } = await db.query<{ seq: string; hash: string }>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    return rows[0] ? { seq: String(rows[0].seq), hash: rows[0].hash } : null;
  },
};

function whereClause(filter: AuditFilter, params: unknown[]): string {
  const conditions: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.action) add('action LIKE ?', `${filter.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.actor) add('actor ILIKE ?', `%${filter.actor.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.targetType) add('target_type = ?', filter.targetType);
  if (filter.targetId) add('target_id = ?', filter.targetId);
  if (filter.from) add('occurred_at >= ?', filter.from);
  if (filter.to) add('occurred_at < ?', filter.to);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Newest first, entries older than `beforeSeq` when given. */
export async function listAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  limit: number,
  beforeSeq?: string,
): Promise<{ entries: AuditEntryRecord[]; totalCount: number; hasMore: boolean }> {
  const params: unknown[] = [];
  const where = whereClause(filter, params);
  const total = await db.query<{ count: string }>(
    `SELECT count(*) AS count FROM audit_log ${where}`,
    params,
  );
  const pageParams = [...params];
  let pageWhere = where;
  if (beforeSeq) {
    pageParams.push(beforeSeq);
    pageWhere = `${where ? `${where} AND` : 'WHERE'} seq < $${pageParams.length}`;
  }
  pageParams.push(limit + 1);
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM audit_log ${pageWhere} ORDER BY seq DESC LIMIT $${pageParams.length}`,
    pageParams,
  );
  return {
    entries: rows.slice(0, limit).map(toRecord),
    totalCount: Number(total.rows[0]?.count ?? 0),
    hasMore: rows.length > limit,
  };
}

/** Entries a scan hands out before it lets the event loop take a turn. */
const SCAN_TURN = 200;

/**
 * Oldest first, in batches, for verification and export. Every {@link SCAN_TURN} entries the
 * scan waits for the event loop's next turn: the embedded store answers without giving one, so a
 * scan of the whole log would otherwise hold every other request (and the health checks) until
 * it ends, however long its reader spends on each entry.
 */
export async function* scanAuditEntries(
  db: Queryable,
  filter: AuditFilter = {},
  batchSize = 1000,
  startAfter = '0',
): AsyncGenerator<AuditEntryRecord> {
  let after = startAfter;
  let handed = 0;
  for (;;) {
    const params: unknown[] = [];
    const where = whereClause(filter, params);
    params.push(after, batchSize);
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM audit_log ${where ? `${where} AND` : 'WHERE'} seq > $${params.length - 1}
       ORDER BY seq ASC LIMIT $${params.length}`,
      params,
    );
    for (const row of rows) {
      yield toRecord(row);
      if (++handed % SCAN_TURN === 0) await nextTurn();
    }
    if (rows.length < batchSize) return;
    after = String(rows[rows.length - 1]?.seq);
  }
}
