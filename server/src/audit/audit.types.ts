export type ActorType = 'USER' | 'TOKEN' | 'SYSTEM';

/** Who did something: a signed-in user, an API token, or Backline itself. */
export interface Actor {
  type: ActorType;
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'SYSTEM', id: null, name: 'system' };

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

export interface AuditEntryRecord {
  seq: string;
  occurredAt: Date;
  actorType: ActorType;
  actorId: string | null;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
  /** The key that signed `hash`; null for entries written before signing began. */
  keyId: string | null;
  /** Ed25519 signature (base64) over `hash`. */
  signature: string | null;
}

export interface AuditFilter {
  action?: string | null;
  actor?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export const GENESIS_HASH = '0'.repeat(64);
export const AUDIT_TOPIC = 'audit.appended';
