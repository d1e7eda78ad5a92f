export { AUDIT_LOCK_KEY, appendAuditEntry } from './audit.repository.ts';
export { auditAccess, auditResolvers } from './audit.resolvers.ts';
export { AuditService, type AuditVerification, type RecordAudit } from './audit.service.ts';
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
