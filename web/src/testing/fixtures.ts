import type { ApiTokenFieldsFragment, AuditEntryFieldsFragment, Role } from '../generated/graphql';

export function viewerFixture(role: Role = 'ADMIN', email = 'admin@backline.local') {
  return {
    __typename: 'Viewer',
    role,
    authMethod: 'SESSION',
    sessionExpiresAt: '2030-01-01T00:00:00.000Z',
    user: { __typename: 'User', id: `user-${role.toLowerCase()}`, email, name: 'Ada Admin', role },
  };
}

export function serverInfoFixture(simulatedCluster = true) {
  return {
    serverInfo: {
      __typename: 'ServerInfo',
      version: '0.1.0',
      simulatedCluster,
      store: 'PGLITE',
    },
  };
}

export function tokenFixture(
  overrides: Partial<ApiTokenFieldsFragment> = {},
): ApiTokenFieldsFragment & { __typename: string } {
  return {
    __typename: 'ApiToken',
    id: 'tok-1',
    name: 'ci-deployer',
    role: 'SRE',
    prefix: 'bl_abc123',
    status: 'ACTIVE',
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2030-01-31T00:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    owner: { id: 'user-admin', email: 'admin@backline.local', name: 'Ada' },
    ...overrides,
  };
}

export function auditEntryFixture(
  seq: number,
  overrides: Partial<AuditEntryFieldsFragment> = {},
): AuditEntryFieldsFragment & { __typename: string } {
  return {
    __typename: 'AuditEntry',
    seq: String(seq),
    occurredAt: new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString(),
    actorType: 'USER',
    actorId: 'user-admin',
    actor: 'admin@backline.local',
    action: 'user.create',
    targetType: 'user',
    targetId: `user-${seq}`,
    details: { email: `person${seq}@example.com` },
    prevHash: `prev-${seq}`,
    hash: `hash-${seq}`,
    ...overrides,
  };
}
