export { AUDIT_DETAIL_ACCESS, AUDIT_EXPORT_ROLE, auditDetailsFor } from './audit.access.ts';
export { AUDIT_LOCK_KEY, appendAuditEntry } from './audit.repository.ts';
export {
  AuditService,
  type AuditSigningOptions,
  type AuditVerification,
} from './audit.service.ts';
export {
  type AuditCheckpoint,
  AuditKeyring,
  AuditSigner,
  keyIdOf,
  loadOrCreateSigningKey,
  publicKeyText,
} from './audit.signing.ts';
export {
  type Actor,
  type ActorType,
  AUDIT_TOPIC,
  type AuditEntryRecord,
  type AuditFilter,
  type AuditInput,
  GENESIS_HASH,
  SYSTEM_ACTOR,
} from './audit.types.ts';
export { type ChainVerification, verifyChain } from './audit.verify.ts';
export {
  type AuditWitness,
  checkpointJson,
  FileWitness,
  parseCheckpoint,
  WebhookWitness,
} from './audit.witness.ts';
export {
  AuditedService,
  type AuditedServiceDeps,
  type ChangeInProgress,
} from './audited-service.ts';
