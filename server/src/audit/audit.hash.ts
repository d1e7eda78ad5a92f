import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.ts';
import type { AuditEntryRecord } from './audit.types.ts';

/** SHA-256 (hex) over the canonical encoding of every field of the entry but its own hash. */
export function auditHash(entry: Omit<AuditEntryRecord, 'hash' | 'keyId' | 'signature'>): string {
  const encoded = canonicalJson({
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    actorType: entry.actorType,
    actorId: entry.actorId,
    actor: entry.actor,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(encoded).digest('hex');
}
