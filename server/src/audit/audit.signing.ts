import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '../shared/canonical-json.ts';

/** A signed statement of the chain's head: everything up to `seq` ends in `headHash`. */
export interface AuditCheckpoint {
  seq: string;
  headHash: string;
  signedAt: Date;
  keyId: string;
  signature: string;
}

/** The id of a public key: the first 16 hex digits of SHA-256 over its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Base64 of the SPKI DER encoding: how a public key is written in configuration and exports. */
export function publicKeyText(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function checkpointMessage(c: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      seq: c.seq,
      headHash: c.headHash,
      signedAt: c.signedAt.toISOString(),
      keyId: c.keyId,
    }),
  );
}

/** The public keys an audit log is checked against, by key id. */
export class AuditKeyring {
  readonly #keys = new Map<string, KeyObject>();

  constructor(publicKeys: KeyObject[]) {
    for (const key of publicKeys) this.#keys.set(keyIdOf(key), key);
  }

  has(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** Whether `signature` (base64) over `message` was made by the key `keyId`, which is trusted. */
  verify(keyId: string, message: Buffer, signature: string): boolean {
    const key = this.#keys.get(keyId);
    if (!key) return false;
    try {
      return verify(null, message, key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }
}

/** Signs each entry's hash and each checkpoint with the current Ed25519 key (rotated by key id). */
export class AuditSigner {
  readonly keyId: string;
  readonly publicKey: KeyObject;
  readonly keyring: AuditKeyring;
  readonly #privateKey: KeyObject;

  constructor(privateKey: KeyObject, previousKeys: KeyObject[] = []) {
    this.#privateKey = privateKey;
    this.publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(this.publicKey);
    this.keyring = new AuditKeyring([this.publicKey, ...previousKeys]);
  }

  sign(message: Buffer): string {
    return sign(null, message, this.#privateKey).toString('base64');
  }

  signEntryHash(hash: string): { keyId: string; signature: string } {
    return { keyId: this.keyId, signature: this.sign(Buffer.from(hash)) };
  }

  checkpoint(seq: string, headHash: string, signedAt: Date): AuditCheckpoint {
    const unsigned = { seq, headHash, signedAt, keyId: this.keyId };
    return { ...unsigned, signature: this.sign(checkpointMessage(unsigned)) };
  }
}

export const GENERATED_KEY_FILE = 'audit-signing-key.pem';

/**
 * The configured signing key, or one kept in the data dir: read when it is there, generated
 * (and written for the owner only) on the first start. `generated` is true when it was made now.
 */
export async function loadOrCreateSigningKey(
  configured: KeyObject | null,
  dataDir: string,
): Promise<{ key: KeyObject; generated: string | null }> {
  if (configured) return { key: configured, generated: null };
  const file = path.join(dataDir, GENERATED_KEY_FILE);
  try {
    return { key: createPrivateKey(await readFile(file, 'utf8')), generated: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // 'wx': two replicas sharing the folder keep the first one's key.
  try {
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return { key: createPrivateKey(await readFile(file, 'utf8')), generated: null };
    }
    throw error;
  }
  return { key: privateKey, generated: file };
}
