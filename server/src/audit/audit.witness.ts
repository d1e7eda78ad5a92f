import { appendFile, readFile } from 'node:fs/promises';
import type { AuditCheckpoint } from './audit.signing.ts';

/** Somewhere outside the audit table that keeps the latest checkpoints. */
export interface AuditWitness {
  publish(checkpoint: AuditCheckpoint): Promise<void>;
  /** The latest checkpoint it holds, when it can be read back. */
  latest(): Promise<AuditCheckpoint | null>;
}

export function checkpointJson(c: AuditCheckpoint) {
  return {
    seq: c.seq,
    headHash: c.headHash,
    signedAt: c.signedAt.toISOString(),
    keyId: c.keyId,
    signature: c.signature,
  };
}

export function parseCheckpoint(value: unknown): AuditCheckpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (
    typeof v.seq !== 'string' ||
    typeof v.headHash !== 'string' ||
    typeof v.signedAt !== 'string' ||
    typeof v.keyId !== 'string' ||
    typeof v.signature !== 'string'
  ) {
    return null;
  }
  return {
    seq: v.seq,
    headHash: v.headHash,
    signedAt: new Date(v.signedAt),
    keyId: v.keyId,
    signature: v.signature,
  };
}

/** Appends each checkpoint as a JSON line to a file (on storage the database cannot reach). */
export class FileWitness implements AuditWitness {
  readonly #path: string;

  constructor(path: string) {
    this.#path = path;
  }

  async publish(checkpoint: AuditCheckpoint): Promise<void> {
    await appendFile(this.#path, `${JSON.stringify(checkpointJson(checkpoint))}\n`, {
      mode: 0o600,
    });
  }

  async latest(): Promise<AuditCheckpoint | null> {
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const last = text.trimEnd().split('\n').at(-1);
    return last ? parseCheckpoint(JSON.parse(last)) : null;
  }
}

/**
 * POSTs each checkpoint as JSON to a URL. The body is signed already (Ed25519): the receiver
 * checks it with the public key, and keeps the latest.
 */
export class WebhookWitness implements AuditWitness {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  async publish(checkpoint: AuditCheckpoint): Promise<void> {
    const response = await fetch(this.#url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Backline' },
      body: JSON.stringify({ type: 'audit.checkpoint', checkpoint: checkpointJson(checkpoint) }),
      redirect: 'error',
      signal: AbortSignal.timeout(5000),
    });
    await response.text().catch(() => '');
    if (!response.ok) throw new Error(`audit witness answered HTTP ${response.status}`);
  }

  async latest(): Promise<AuditCheckpoint | null> {
    return null;
  }
}
