import { auditHash } from './audit.hash.ts';
import { type AuditCheckpoint, type AuditKeyring, checkpointMessage } from './audit.signing.ts';
import { type AuditEntryRecord, GENESIS_HASH } from './audit.types.ts';

export type AuditMismatchKind =
  | 'HASH'
  | 'PREV_HASH'
  | 'SEQUENCE'
  | 'SIGNATURE'
  | 'CHECKPOINT'
  | 'TRUNCATED';

export interface AuditMismatch {
  seq: string;
  kind: AuditMismatchKind;
  message: string;
  expected: string;
  actual: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  headHash: string | null;
  firstMismatch: AuditMismatch | null;
  /** The latest checkpoint that verified, which the chain was checked against. */
  checkpoint: AuditCheckpoint | null;
  /** Entries after that checkpoint: signed, but not yet covered by a checkpoint. */
  unanchored: number;
}

/** An entry as stored, with the signature made when it was appended (none before signing began). */
export type SignedEntry = AuditEntryRecord;

/**
 * Checks a whole log, oldest first: each entry's hash and link, each signature, and the
 * checkpoints. A checkpoint is a signed (seq, head hash): the chain must reach its seq (else
 * entries were cut off the end) with exactly that hash (else it was rewritten and re-hashed).
 * Once entries are signed, every later one must be, by a trusted key: a row added with a
 * correct hash but without the key is named. `latestKnown` are checkpoints kept outside the
 * table (a witness): a log that no longer reaches them was truncated.
 */
export async function verifyChain(
  entries: AsyncIterable<SignedEntry>,
  checkpoints: AuditCheckpoint[],
  keyring: AuditKeyring,
  latestKnown: AuditCheckpoint[] = [],
  /** Start after this verified checkpoint instead of at the first entry (entries follow it). */
  from?: AuditCheckpoint,
): Promise<ChainVerification> {
  let expectedSeq = from ? BigInt(from.seq) + 1n : 1n;
  let prevHash = from?.headHash ?? GENESIS_HASH;
  let checked = 0;
  let signing = Boolean(from);
  const fail = (mismatch: AuditMismatch): ChainVerification => ({
    ok: false,
    checked,
    headHash: null,
    firstMismatch: mismatch,
    checkpoint: null,
    unanchored: 0,
  });

  const all = [...checkpoints, ...latestKnown];
  for (const c of all) {
    if (!keyring.verify(c.keyId, checkpointMessage(c), c.signature)) {
      return fail({
        seq: c.seq,
        kind: 'CHECKPOINT',
        message: `The checkpoint at entry ${c.seq} is not signed by a trusted key (${c.keyId}).`,
        expected: 'a signature by a trusted key',
        actual: c.keyId,
      });
    }
  }
  const bySeq = new Map<string, AuditCheckpoint>();
  for (const c of all) bySeq.set(c.seq, c);
  const firstCheckpoint = [...bySeq.values()].reduce<bigint | null>(
    (min, c) => (min === null || BigInt(c.seq) < min ? BigInt(c.seq) : min),
    null,
  );
  let latest: AuditCheckpoint | null = null;

  for await (const entry of entries) {
    const seq = entry.seq;
    if (BigInt(seq) !== expectedSeq) {
      return fail({
        seq: expectedSeq.toString(),
        kind: 'SEQUENCE',
        message: `Entry ${expectedSeq} is missing: the next entry is ${seq}.`,
        expected: expectedSeq.toString(),
        actual: seq,
      });
    }
    if (entry.prevHash !== prevHash) {
      return fail({
        seq,
        kind: 'PREV_HASH',
        message: `Entry ${seq} does not link to the entry before it.`,
        expected: prevHash,
        actual: entry.prevHash,
      });
    }
    const { hash, keyId, signature, ...rest } = entry;
    const recomputed = auditHash(rest);
    if (recomputed !== hash) {
      return fail({
        seq,
        kind: 'HASH',
        message: `Entry ${seq} was altered after it was written: its content no longer matches its hash.`,
        expected: recomputed,
        actual: hash,
      });
    }
    const mustBeSigned = signing || (firstCheckpoint !== null && BigInt(seq) > firstCheckpoint);
    if (keyId && signature) {
      if (!keyring.verify(keyId, Buffer.from(hash), signature)) {
        return fail({
          seq,
          kind: 'SIGNATURE',
          message: `Entry ${seq} is not signed by a trusted key: it was not written by Backline, or was re-hashed.`,
          expected: 'a signature by a trusted key',
          actual: keyId,
        });
      }
      signing = true;
    } else if (mustBeSigned) {
      return fail({
        seq,
        kind: 'SIGNATURE',
        message: `Entry ${seq} carries no signature, though every entry after signing began must: it was not written by Backline.`,
        expected: 'a signature',
        actual: 'none',
      });
    }
    const checkpoint = bySeq.get(seq);
    if (checkpoint) {
      if (checkpoint.headHash !== hash) {
        return fail({
          seq,
          kind: 'CHECKPOINT',
          message: `The chain up to entry ${seq} differs from the one signed at ${checkpoint.signedAt.toISOString()}: it was rewritten.`,
          expected: checkpoint.headHash,
          actual: hash,
        });
      }
      latest = checkpoint;
    }
    prevHash = hash;
    expectedSeq += 1n;
    checked += 1;
  }
  const beyond = [...bySeq.values()].filter((c) => BigInt(c.seq) >= expectedSeq);
  if (beyond.length) {
    const furthest = beyond.reduce((a, b) => (BigInt(a.seq) > BigInt(b.seq) ? a : b));
    return fail({
      seq: furthest.seq,
      kind: 'TRUNCATED',
      message: `Entries ${expectedSeq} to ${furthest.seq} are missing: a checkpoint signed at ${furthest.signedAt.toISOString()} covers them, but the log ends at ${expectedSeq - 1n}.`,
      expected: furthest.seq,
      actual: (expectedSeq - 1n).toString(),
    });
  }
  return {
    ok: true,
    checked,
    headHash: checked ? prevHash : null,
    firstMismatch: null,
    checkpoint: latest,
    unanchored: latest ? checked - Number(latest.seq) : checked,
  };
}
