import type {
  ApiTokenFieldsFragment,
  AuditEntryFieldsFragment,
  DeploymentDetailFieldsFragment,
  Role,
  TicketDetailFieldsFragment,
} from '../generated/graphql';

export function viewerFixture(
  role: Role = 'ADMIN',
  email = 'admin@backline.local',
  mustChangePassword = false,
) {
  return {
    __typename: 'Viewer',
    role,
    authMethod: 'SESSION',
    sessionExpiresAt: '2030-01-01T00:00:00.000Z',
    user: {
      __typename: 'User',
      id: `user-${role.toLowerCase()}`,
      email,
      name: 'Ada Admin',
      role,
      mustChangePassword,
    },
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

export function deploymentFixture(
  overrides: Partial<DeploymentDetailFieldsFragment> = {},
): DeploymentDetailFieldsFragment & { __typename: string } {
  return {
    __typename: 'ModelDeployment',
    id: 'dep-1',
    namespace: 'ml-prod',
    name: 'qwen-chat',
    environment: 'PROD',
    replicas: 3,
    strategy: 'ROLLING',
    phase: 'PROGRESSING',
    message: '2 of 3 replicas ready.',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'admin@backline.local',
    sloErrorRatio: null,
    sloTtftP95Ms: null,
    managed: true,
    observed: null,
    traffic: null,
    release: {
      id: 'rel-0123456789abcdef',
      runtime: 'VLLM',
      image: 'vllm/vllm-openai:v0.10.1',
      imagePinned: false,
      warnings: ['The image is pinned by tag only (v0.10.1).'],
      modelSource: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
      modelRevision: 'main',
      resources: { gpus: 1, gpuProduct: null, cpu: '2', memory: '16Gi' },
      model: { id: 'model-1', name: 'qwen-small', family: 'Qwen2.5' },
    },
    status: {
      desiredReplicas: 3,
      readyReplicas: 2,
      updatedReplicas: 3,
      availableReplicas: 2,
      lastAppliedAt: '2026-01-01T00:00:00.000Z',
      lastApplyError: null,
      pods: [],
      events: [],
    },
    health: {
      state: 'PROGRESSING',
      reasons: ['A rollout is under way.'],
      since: '2026-01-01T00:00:00.000Z',
      checkedAt: '2026-01-01T00:00:00.000Z',
      diagnosis: [],
    },
    drift: [],
    missing: [],
    timeline: [],
    manifestsYaml: 'apiVersion: apps/v1\nkind: Deployment\n',
    history: [],
    ...overrides,
  };
}

/** The route of a deployment behind the ml-gateway/public Gateway, at `canaryWeight` % canary. */
export function trafficRouteFixture(canaryWeight = 0, mirrorPercent: number | null = null) {
  return {
    __typename: 'TrafficRoute' as const,
    gateway: { __typename: 'GatewayRef' as const, namespace: 'ml-gateway', name: 'public' },
    pathPrefix: '/ml-prod/qwen-chat',
    canaryWeight,
    mirrorPercent,
  };
}

/** A vLLM server Backline observes in ml-prod and has not deployed: no release, no history. */
export function observedDeploymentFixture(observed: Record<string, unknown> = {}) {
  return deploymentFixture({
    name: 'chat',
    managed: false,
    release: null,
    history: [],
    observed: {
      kind: 'Deployment',
      runtime: 'VLLM',
      image: 'vllm/vllm-openai:v0.9.2',
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      servedModelName: null,
      port: 8000,
      gpusPerReplica: 1,
      gpuProduct: 'NVIDIA-A100-SXM4-80GB',
      evidence: ['image vllm/vllm-openai', 'port 8000'],
      ...observed,
    },
  });
}

/** An entry of a deployment's history: the release it ran at that revision. */
export function revisionFixture(revision: number, releaseId: string) {
  return {
    __typename: 'DeploymentRevision' as const,
    revision,
    createdAt: '2026-11-27T09:00:00Z',
    createdBy: 'admin@backline.local',
    reason: null,
    release: {
      __typename: 'Release' as const,
      id: releaseId,
      runtime: 'VLLM' as const,
      model: { __typename: 'Model' as const, id: 'm1', name: 'qwen' },
    },
  };
}

/** qwen-small in the catalog, with the releases given. */
export function modelFixture(releases: unknown[] = []) {
  return {
    __typename: 'Model',
    id: 'model-1',
    name: 'qwen-small',
    family: 'Qwen2.5',
    source: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
    revision: 'main',
    license: 'Apache-2.0',
    parameterCountBillions: 0.5,
    contextLength: 32768,
    gpuMemoryGiB: 2,
    createdAt: '2026-01-01T00:00:00.000Z',
    releases,
  };
}

/** What the new-deployment form loads: the ml-prod namespace, and qwen-small with `release`. */
export function newDeploymentOptionsFixture(release: Record<string, unknown>) {
  return {
    managedNamespaces: ['ml-prod'],
    models: [
      {
        __typename: 'Model',
        id: 'model-1',
        name: 'qwen-small',
        family: 'Qwen2.5',
        releases: [release],
      },
    ],
  };
}

/** An ISO time this many minutes from now. */
export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** T-1042, open, with a first-response clock on track and three messages. */
export function ticketFixture(
  overrides: Partial<TicketDetailFieldsFragment> = {},
): TicketDetailFieldsFragment & { __typename: string } {
  return {
    __typename: 'Ticket',
    id: 'tk-1',
    number: 1042,
    reference: 'T-1042',
    subject: 'Answers are slow since this morning',
    priority: 'HIGH',
    status: 'OPEN',
    requester: { name: 'Grace Hopper', email: 'grace@example.com', organisation: 'Navy' },
    assignee: null,
    group: null,
    tags: [],
    incident: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    description: 'Every request takes ten seconds.',
    suggestedReply: null,
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    mergedInto: null,
    sla: {
      state: 'ON_TRACK',
      dueAt: inMinutes(90),
      paused: false,
      clocks: [
        {
          kind: 'FIRST_RESPONSE',
          targetMinutes: 120,
          state: 'ON_TRACK',
          elapsedMs: 30 * 60_000,
          remainingMs: 90 * 60_000,
          dueAt: inMinutes(90),
          paused: false,
        },
      ],
    },
    conversation: [
      {
        id: 'm1',
        at: '2026-01-01T00:00:00.000Z',
        visibility: 'PUBLIC',
        authorType: 'CUSTOMER',
        authorName: 'Grace Hopper',
        body: 'Every request takes ten seconds.',
      },
      {
        id: 'm2',
        at: '2026-01-01T00:05:00.000Z',
        visibility: 'INTERNAL',
        authorType: 'AGENT',
        authorName: 'ada@backline.local',
        body: 'Enterprise customer; check the chat deployment.',
      },
      {
        id: 'm3',
        at: '2026-01-01T00:06:00.000Z',
        visibility: 'PUBLIC',
        authorType: 'AGENT',
        authorName: 'ada@backline.local',
        body: 'We are looking into it.',
      },
    ],
    ...overrides,
  };
}

/** A cursor connection's answer: these nodes, and a next page when `endCursor` is given. */
export function connectionFixture<T>(
  typename: string,
  nodes: T[],
  options: { totalCount?: number; endCursor?: string } = {},
) {
  return {
    __typename: typename,
    nodes,
    totalCount: options.totalCount ?? nodes.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: options.endCursor !== undefined,
      endCursor: options.endCursor ?? null,
    },
  };
}

/** The overview's fleet summary of these deployments, as the server works it out. */
export function fleetSummaryFixture(deployments: ReturnType<typeof deploymentFixture>[]) {
  const states = ['HEALTHY', 'DEGRADED', 'DOWN', 'PROGRESSING', 'UNKNOWN'] as const;
  const worst = ['DOWN', 'DEGRADED', 'UNKNOWN', 'PROGRESSING'];
  return {
    __typename: 'FleetSummary',
    total: deployments.length,
    managed: deployments.filter((d) => d.managed).length,
    health: states.map((state) => ({
      __typename: 'HealthCount',
      state,
      count: deployments.filter((d) => d.health.state === state).length,
    })),
    attention: deployments
      .filter((d) => d.health.state !== 'HEALTHY')
      .sort((a, b) => worst.indexOf(a.health.state) - worst.indexOf(b.health.state))
      .slice(0, 8),
  };
}
