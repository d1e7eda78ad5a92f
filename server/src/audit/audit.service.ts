import type { EventBus } from '../events/index.ts';
import type { Clock } from '../shared/clock.ts';
import { singleFlight } from '../shared/single-flight.ts';
import type { Db, Work } from '../store/index.ts';
import {
  AUDIT_LOCK_KEY,
  appendAuditEntry,
  checkpointsRepository,
  listAuditEntries,
  scanAuditEntries,
} from './audit.repository.ts';
import { type AuditCheckpoint, AuditKeyring, type AuditSigner } from './audit.signing.ts';
import {
  type Actor,
  AUDIT_TOPIC,
  type AuditEntryRecord,
  type AuditFilter,
  type AuditInput,
} from './audit.types.ts';
import { type ChainVerification, verifyChain } from './audit.verify.ts';
import type { AuditWitness } from './audit.witness.ts';

export interface AuditVerification extends ChainVerification {
  verifiedAt: Date;
}

export interface AuditSigningOptions {
  signer: AuditSigner;
  /** A checkpoint after this many entries (also written on a timer by the caller). */
  checkpointEvery: number;
  witness?: AuditWitness | null;
  /** Each checkpoint written or found, for /metrics. */
  onCheckpoint?: (checkpoint: AuditCheckpoint) => void;
  /** Problems writing or publishing a checkpoint, for the log. */
  onProblem?: (error: Error) => void;
}

export class AuditService {
  readonly #db: Db;
  readonly #bus: EventBus;
  readonly #clock: Clock;
  readonly #signing: AuditSigningOptions | null;
  /** The entries each open unit of work appended, told once it commits. */
  readonly #pending = new WeakMap<Work, AuditEntryRecord[]>();
  #sinceCheckpoint = 0;
  /** The latest checkpoint this process wrote or read: the table cannot take it back. */
  #latestKnown: AuditCheckpoint | null = null;

  constructor(db: Db, bus: EventBus, clock: Clock, signing?: AuditSigningOptions) {
    this.#db = db;
    this.#bus = bus;
    this.#clock = clock;
    this.#signing = signing ?? null;
  }

  /** The public key that verifies this replica's signatures; null when it does not sign. */
  get signer(): AuditSigner | null {
    return this.#signing?.signer ?? null;
  }

  /**
   * Appends an entry as one participant of `work`. Entries are published to subscribers
   * only after the work commits.
   */
  async record(work: Work, actor: Actor, input: AuditInput): Promise<AuditEntryRecord> {
    const entry = await appendAuditEntry(
      work.tx,
      actor,
      input,
      this.#clock.now(),
      this.#signing?.signer,
    );
    const appended = this.#pending.get(work);
    if (appended) {
      appended.push(entry);
    } else {
      this.#pending.set(work, [entry]);
      work.afterCommit(() => this.#committed(work));
    }
    return entry;
  }

  #committed(work: Work): void {
    const appended = this.#pending.get(work) ?? [];
    this.#pending.delete(work);
    for (const entry of appended) this.#bus.publish(AUDIT_TOPIC, entry);
    if (this.#signing && appended.length) {
      this.#sinceCheckpoint += appended.length;
      if (this.#sinceCheckpoint >= this.#signing.checkpointEvery) {
        this.#sinceCheckpoint = 0;
        this.checkpoint().catch((error: unknown) => this.#problem(error));
      }
    }
  }

  #problem(error: unknown): void {
    this.#signing?.onProblem?.(error instanceof Error ? error : new Error(String(error)));
  }

  /**
   * Signs the chain's head as a checkpoint when it moved since the last one, after checking
   * that every entry since then is signed by a trusted key (a row slipped into the table is
   * never vouched for), and publishes it to the witness. Returns the latest checkpoint.
   */
  readonly checkpoint: () => Promise<AuditCheckpoint | null> = singleFlight(() =>
    this.#writeCheckpoint(),
  );

  async #writeCheckpoint(): Promise<AuditCheckpoint | null> {
    const signing = this.#signing;
    if (!signing) return null;
    const written = await this.#db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      const latest = await checkpointsRepository.latest(tx);
      const head = await checkpointsRepository.head(tx);
      if (!head || (latest && latest.seq === head.seq)) return { checkpoint: latest, isNew: false };
      // Only what came after the last checkpoint, which vouches for everything before it.
      const checked = await verifyChain(
        scanAuditEntries(tx, {}, 1000, latest?.seq ?? '0'),
        latest ? [latest] : [],
        signing.signer.keyring,
        [],
        latest ?? undefined,
      );
      if (!checked.ok) {
        throw new Error(
          `audit log does not verify; no checkpoint signed: ${checked.firstMismatch?.message}`,
        );
      }
      const checkpoint = signing.signer.checkpoint(head.seq, head.hash, this.#clock.now());
      await checkpointsRepository.insert(tx, checkpoint);
      return { checkpoint, isNew: true };
    });
    const checkpoint = written.checkpoint;
    if (!checkpoint) return null;
    this.#latestKnown = checkpoint;
    signing.onCheckpoint?.(checkpoint);
    if (written.isNew && signing.witness) {
      await signing.witness.publish(checkpoint).catch((error: unknown) => this.#problem(error));
    }
    return checkpoint;
  }

  latestCheckpoint(): Promise<AuditCheckpoint | null> {
    return checkpointsRepository.latest(this.#db);
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

  /**
   * Recomputes the whole chain against its signed checkpoints (the table's, the witness's and
   * the latest this process knows); names the first thing that does not match. Callers who ask
   * while a check runs share its answer (dated when it started) rather than start another pass
   * over the whole log.
   */
  readonly verify: () => Promise<AuditVerification> = singleFlight(() => this.#verify());

  async #verify(): Promise<AuditVerification> {
    const verifiedAt = this.#clock.now();
    const keyring = this.#signing?.signer.keyring ?? new AuditKeyring([]);
    const outside: AuditCheckpoint[] = [];
    if (this.#latestKnown) outside.push(this.#latestKnown);
    const witnessed = await this.#signing?.witness?.latest().catch(() => null);
    if (witnessed) outside.push(witnessed);
    const result = await verifyChain(
      scanAuditEntries(this.#db),
      await checkpointsRepository.all(this.#db),
      keyring,
      outside,
    );
    return { ...result, verifiedAt };
  }
}
