import type { EventBus } from '../events/index.ts';
import type { Clock } from '../shared/clock.ts';
import type { Db, Queryable } from '../store/index.ts';
import { auditHash } from './audit.hash.ts';
import { appendAuditEntry, listAuditEntries, scanAuditEntries } from './audit.repository.ts';
import {
  type Actor,
  AUDIT_TOPIC,
  type AuditEntryRecord,
  type AuditFilter,
  type AuditInput,
  GENESIS_HASH,
} from './audit.types.ts';

export type RecordAudit = (input: AuditInput) => Promise<AuditEntryRecord>;

export interface AuditVerification {
  ok: boolean;
  checked: number;
  headHash: string | null;
  firstMismatch: {
    seq: string;
    kind: 'HASH' | 'PREV_HASH' | 'SEQUENCE';
    message: string;
    expected: string;
    actual: string;
  } | null;
  verifiedAt: Date;
}

export class AuditService {
  readonly #db: Db;
  readonly #bus: EventBus;
  readonly #clock: Clock;

  constructor(db: Db, bus: EventBus, clock: Clock) {
    this.#db = db;
    this.#bus = bus;
    this.#clock = clock;
  }

  /**
   * Runs a change and its audit entries in one transaction. Entries are published
   * to subscribers only after the transaction commits.
   */
  async change<T>(actor: Actor, fn: (tx: Queryable, audit: RecordAudit) => Promise<T>): Promise<T> {
    const appended: AuditEntryRecord[] = [];
    const result = await this.#db.transaction((tx) =>
      fn(tx, async (input) => {
        const entry = await appendAuditEntry(tx, actor, input, this.#clock.now());
        appended.push(entry);
        return entry;
      }),
    );
    for (const entry of appended) this.#bus.publish(AUDIT_TOPIC, entry);
    return result;
  }

  list(filter: AuditFilter, first: number, after?: string) {
    return listAuditEntries(this.#db, filter, first, after);
  }

  scan(filter: AuditFilter = {}) {
    return scanAuditEntries(this.#db, filter);
  }

  subscribe(): AsyncIterableIterator<AuditEntryRecord> {
    return this.#bus.subscribe<AuditEntryRecord>(AUDIT_TOPIC);
  }

  subscriberCount(): number {
    return this.#bus.subscriberCount();
  }

  /** Recomputes the whole chain; stops at the first entry that does not match. */
  async verify(): Promise<AuditVerification> {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    const verifiedAt = this.#clock.now();
    const fail = (
      seq: string,
      kind: 'HASH' | 'PREV_HASH' | 'SEQUENCE',
      message: string,
      expected: string,
      actual: string,
    ): AuditVerification => ({
      ok: false,
      checked,
      headHash: null,
      firstMismatch: { seq, kind, message, expected, actual },
      verifiedAt,
    });
    for await (const entry of scanAuditEntries(this.#db)) {
      if (BigInt(entry.seq) !== expectedSeq) {
        return fail(
          expectedSeq.toString(),
          'SEQUENCE',
          `Entry ${expectedSeq} is missing: the next entry is ${entry.seq}.`,
          expectedSeq.toString(),
          entry.seq,
        );
      }
      if (entry.prevHash !== prevHash) {
        return fail(
          entry.seq,
          'PREV_HASH',
          `Entry ${entry.seq} does not link to the entry before it.`,
          prevHash,
          entry.prevHash,
        );
      }
      const { hash, ...rest } = entry;
      const recomputed = auditHash(rest);
      if (recomputed !== hash) {
        return fail(
          entry.seq,
          'HASH',
          `Entry ${entry.seq} was altered after it was written: its content no longer matches its hash.`,
          recomputed,
          hash,
        );
      }
      prevHash = hash;
      expectedSeq += 1n;
      checked += 1;
    }
    return {
      ok: true,
      checked,
      headHash: checked ? prevHash : null,
      firstMismatch: null,
      verifiedAt,
    };
  }
}
