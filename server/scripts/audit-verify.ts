/**
 * Checks an exported audit log without the server: every hash, link and signature, and the
 * signed checkpoint on its last line, with public keys you hold yourself.
 *
 *   npm run audit:verify -- backline-audit.ndjson --public-key <base64 SPKI DER | PEM file> [--public-key …]
 *
 * Exits 0 when the log verifies, 1 when it does not (naming the first problem), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  type AuditCheckpoint,
  type AuditEntryRecord,
  AuditKeyring,
  parseCheckpoint,
  verifyChain,
} from '../src/audit/index.ts';
import { parsePublicKey } from '../src/config/security.ts';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run audit:verify -- <export.ndjson> --public-key <key> [--public-key <key>]\n`,
  );
  process.exit(2);
}

/** The key itself (base64 SPKI DER or PEM), or a file holding it. */
function readKey(value: string) {
  try {
    return parsePublicKey(value.trim());
  } catch {}
  try {
    return parsePublicKey(readFileSync(value, 'utf8').trim());
  } catch {
    usage(
      `--public-key ${value}: not an Ed25519 public key (base64 of SPKI DER, PEM, or a PEM file)`,
    );
  }
}

export async function verifyExport(
  text: string,
  keyring: AuditKeyring,
): Promise<Awaited<ReturnType<typeof verifyChain>>> {
  const entries: AuditEntryRecord[] = [];
  const checkpoints: AuditCheckpoint[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const value = JSON.parse(line) as Record<string, unknown>;
    if ('checkpoint' in value) {
      const checkpoint = parseCheckpoint(value.checkpoint);
      if (!checkpoint) throw new Error(`line ${index + 1}: not a checkpoint`);
      checkpoints.push(checkpoint);
    } else {
      entries.push({
        ...(value as unknown as AuditEntryRecord),
        occurredAt: new Date(String(value.occurredAt)),
        keyId: (value.keyId as string | null) ?? null,
        signature: (value.signature as string | null) ?? null,
      });
    }
  }
  async function* iterate() {
    yield* entries;
  }
  const result = await verifyChain(iterate(), [], keyring, checkpoints);
  if (result.ok && checkpoints.length === 0) {
    return {
      ...result,
      ok: false,
      firstMismatch: {
        seq: '0',
        kind: 'CHECKPOINT',
        message: 'The export carries no signed checkpoint: export the whole log, without filters.',
        expected: 'a checkpoint line',
        actual: 'none',
      },
    };
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keys = [];
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--public-key') {
      const value = args[++i];
      if (!value) usage('--public-key needs a value');
      keys.push(readKey(value));
    } else if (!file) {
      file = arg;
    } else {
      usage(`unexpected argument ${arg}`);
    }
  }
  if (!file) usage('name the exported file');
  if (keys.length === 0) usage('give the public key that signed the log (--public-key)');
  const result = await verifyExport(await readFile(file, 'utf8'), new AuditKeyring(keys));
  if (result.ok) {
    process.stdout.write(
      `OK: ${result.checked} entries verify; the checkpoint at entry ${result.checkpoint?.seq} (signed ${result.checkpoint?.signedAt.toISOString()} by ${result.checkpoint?.keyId}) covers them${result.unanchored ? `, ${result.unanchored} later entries are signed but not yet covered` : ''}; head ${result.headHash}\n`,
    );
    return;
  }
  const m = result.firstMismatch;
  process.stdout.write(
    `FAILED at entry ${m?.seq} (${m?.kind}): ${m?.message}\n  expected: ${m?.expected}\n  actual:   ${m?.actual}\n`,
  );
  process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
