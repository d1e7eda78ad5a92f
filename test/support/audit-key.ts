import { generateKeyPairSync } from 'node:crypto';

/**
 * One audit signing key for every server a test process starts (base64 of PKCS#8 DER), as
 * replicas sharing a database must share one. A test that wants the generated key passes ''.
 */
export const TEST_AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'der' })
  .toString('base64');
