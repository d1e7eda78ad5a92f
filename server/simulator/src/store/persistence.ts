import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { ObjectStore, StoreEvent } from './store.ts';
import type { KubeObject } from './types.ts';

const SNAPSHOT = 'objects.json';
const JOURNAL = 'objects.journal';
const PORT = 'port';
const SIGNING_KEY = 'service-account.key';
/** Journal lines after which the next change folds the journal into a new snapshot. */
const DEFAULT_COMPACT_AFTER = 10_000;

interface Snapshot {
  version: 1;
  revision: number;
  /** Simulated time when it was written, in ms since the epoch. */
  clockAt: number;
  objects: { resource: string; object: KubeObject }[];
}

type JournalLine =
  | { rv: number; at: number; op: 'put'; resource: string; object: KubeObject }
  | { rv: number; at: number; op: 'remove'; resource: string; namespace: string; name: string };

/** What an earlier run left in the folder. */
export interface SavedCluster {
  objects: { resource: string; object: KubeObject }[];
  revision: number;
  clockAt: number;
  port: number | null;
}

function keyOf(resource: string, namespace: string | undefined, name: string | undefined): string {
  return `${resource}|${namespace ?? ''}/${name ?? ''}`;
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Replaces `target` whole: a reader sees the old content or the new, never part of either. */
function writeAtomically(target: string, content: string): void {
  const temporary = `${target}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, target);
}

/**
 * Keeps the simulated cluster's objects in a folder: a snapshot (`objects.json`, replaced
 * whole by writing a temporary file and renaming it) and a journal (`objects.journal`, one JSON
 * line per change, written before the change is answered). A process killed at any point leaves
 * at worst a torn last journal line, which loading ignores; a torn snapshot cannot happen.
 */
export class ClusterPersistence {
  readonly dir: string;
  readonly #compactAfter: number;
  #journal: number | null = null;
  #lines = 0;
  #clockAt = 0;
  #unsubscribe: (() => void) | null = null;

  constructor(dir: string, options: { compactAfter?: number } = {}) {
    this.dir = dir;
    this.#compactAfter = options.compactAfter ?? DEFAULT_COMPACT_AFTER;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** The saved cluster, or null when the folder holds none. */
  load(): SavedCluster | null {
    const snapshotText = readOptional(path.join(this.dir, SNAPSHOT));
    const journalText = readOptional(path.join(this.dir, JOURNAL));
    if (snapshotText === null && !journalText) return null;
    const objects = new Map<string, { resource: string; object: KubeObject }>();
    let revision = 0;
    let clockAt = 0;
    const portText = readOptional(path.join(this.dir, PORT));
    const port = portText && /^\d+$/.test(portText.trim()) ? Number(portText.trim()) : null;
    if (snapshotText !== null) {
      let snapshot: Snapshot;
      try {
        snapshot = JSON.parse(snapshotText) as Snapshot;
      } catch (error) {
        throw new Error(
          `${path.join(this.dir, SNAPSHOT)} is not a cluster snapshot: ${(error as Error).message}`,
        );
      }
      if (snapshot.version !== 1)
        throw new Error(
          `${path.join(this.dir, SNAPSHOT)}: unknown snapshot version ${snapshot.version}`,
        );
      for (const entry of snapshot.objects)
        objects.set(
          keyOf(entry.resource, entry.object.metadata.namespace, entry.object.metadata.name),
          entry,
        );
      revision = snapshot.revision;
      clockAt = snapshot.clockAt;
    }
    for (const text of (journalText ?? '').split('\n')) {
      if (!text) continue;
      let line: JournalLine;
      try {
        line = JSON.parse(text) as JournalLine;
      } catch {
        // A line torn by a kill in the middle of a write: everything before it is intact.
        break;
      }
      if (line.rv <= revision) continue;
      if (line.op === 'put') {
        const { namespace, name } = line.object.metadata;
        objects.set(keyOf(line.resource, namespace, name), {
          resource: line.resource,
          object: line.object,
        });
      } else {
        objects.delete(keyOf(line.resource, line.namespace, line.name));
      }
      revision = line.rv;
      clockAt = Math.max(clockAt, line.at);
    }
    return { objects: [...objects.values()], revision, clockAt, port };
  }

  /**
   * Writes a snapshot of `store` now, empties the journal and from then on appends each change
   * of the store to it. `now` gives the simulated time stamped on each change.
   */
  attach(store: ObjectStore, now: () => number): void {
    this.#clockAt = now();
    this.#compact(store);
    this.#unsubscribe = store.subscribe((event) => {
      this.#clockAt = now();
      this.#append(event);
      if (this.#lines >= this.#compactAfter) this.#compact(store);
    });
  }

  /** Remembers the API server's port, so that the next run listens on it again. */
  /** The key ServiceAccount tokens are signed with, kept so tokens issued before a restart still work. */
  signingKey(): Buffer {
    const file = path.join(this.dir, SIGNING_KEY);
    const saved = readOptional(file);
    if (saved) return Buffer.from(saved.trim(), 'base64');
    const key = randomBytes(32);
    writeAtomically(file, `${key.toString('base64')}\n`);
    return key;
  }

  rememberPort(port: number): void {
    writeAtomically(path.join(this.dir, PORT), `${port}\n`);
  }

  /** Writes a last snapshot and stops recording. */
  close(store: ObjectStore, now: () => number): void {
    if (!this.#unsubscribe) return;
    this.#unsubscribe();
    this.#unsubscribe = null;
    this.#clockAt = now();
    this.#compact(store);
    if (this.#journal !== null) closeSync(this.#journal);
    this.#journal = null;
  }

  #append(event: StoreEvent): void {
    if (this.#journal === null) return;
    const { namespace = '', name = '' } = event.object.metadata;
    const line: JournalLine =
      event.type === 'DELETED'
        ? {
            rv: event.rv,
            at: this.#clockAt,
            op: 'remove',
            resource: event.resource,
            namespace,
            name,
          }
        : {
            rv: event.rv,
            at: this.#clockAt,
            op: 'put',
            resource: event.resource,
            object: event.object,
          };
    writeSync(this.#journal, `${JSON.stringify(line)}\n`);
    this.#lines++;
  }

  #compact(store: ObjectStore): void {
    const snapshot: Snapshot = {
      version: 1,
      revision: store.resourceVersion,
      clockAt: this.#clockAt,
      objects: [...store.entries()],
    };
    writeAtomically(path.join(this.dir, SNAPSHOT), JSON.stringify(snapshot));
    // Lines up to the snapshot's revision are skipped on load, so a kill before this truncation
    // loses nothing either.
    if (this.#journal !== null) closeSync(this.#journal);
    this.#journal = openSync(path.join(this.dir, JOURNAL), 'w', 0o600);
    this.#lines = 0;
  }
}
