import { describe, expect, it } from 'vitest';
import { auditHash } from './audit.hash.ts';

describe('auditHash', () => {
  const entry = {
    seq: '1',
    occurredAt: new Date('2026-11-27T10:00:00.000Z'),
    actorType: 'USER' as const,
    actorId: 'u1',
    actor: 'ops@example.com',
    action: 'user.create',
    targetType: 'user',
    targetId: 'u2',
    details: { role: 'SRE' },
    prevHash: '0'.repeat(64),
  };

  it('changes when any field changes', () => {
    const base = auditHash(entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...entry, details: { role: 'ADMIN' } })).not.toBe(base);
    expect(auditHash({ ...entry, prevHash: '1'.repeat(64) })).not.toBe(base);
    expect(auditHash({ ...entry, occurredAt: new Date('2026-11-27T10:00:00.001Z') })).not.toBe(
      base,
    );
    expect(auditHash({ ...entry, details: { role: 'SRE' } })).toBe(base);
  });
});
