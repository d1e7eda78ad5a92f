import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { waitFor } from '../support/wait.ts';

type Role = 'ADMIN' | 'SRE' | 'SUPPORT' | 'VIEWER';
type Caller = Role | 'ANONYMOUS';
const CALLERS: Caller[] = ['ADMIN', 'SRE', 'SUPPORT', 'VIEWER', 'ANONYMOUS'];
const RANK: Record<Role, number> = { VIEWER: 0, SUPPORT: 1, SRE: 2, ADMIN: 3 };
const PASSWORD = 'a-long-enough-password';

interface Operation {
  /** The lowest role allowed, or PUBLIC. Written here independently of the server's policy. */
  minimum: Role | 'PUBLIC';
  /** Builds a valid call for `caller`, so that only authorization can refuse it. */
  build(
    caller: Caller,
    ctx: Context,
  ): Promise<{ query: string; variables?: Record<string, unknown>; credentials?: Credentials }>;
  /** Whether a successful call records an audit entry. */
  audited: boolean;
}

interface Context {
  server: TestServer;
  adminCookie: string;
  users: Record<Role, { id: string; email: string; cookie: string }>;
  targetId: string;
  modelId: string;
  releaseId: string;
  otherReleaseId: string;
  counter: number;
}

const MODEL_INPUT = {
  family: 'Qwen2.5',
  source: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
  revision: 'main',
  license: 'Apache-2.0',
  parameterCountBillions: 0.5,
  contextLength: 32768,
  gpuMemoryGiB: 2,
};

function releaseInput(ctx: Context) {
  return {
    modelId: ctx.modelId,
    runtime: 'VLLM',
    image: 'vllm/vllm-openai:v0.8.5',
    resources: { gpus: 1, cpu: '2', memory: `${8 + ctx.counter++}Gi` },
  };
}

const MUTATIONS: Record<string, Operation> = {
  login: {
    minimum: 'PUBLIC',
    audited: true,
    build: async (_caller, ctx) => ({
      query:
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }',
      variables: { e: ctx.users.VIEWER.email, p: PASSWORD },
    }),
  },
  logout: {
    minimum: 'VIEWER',
    audited: true,
    // A session of its own, so the caller's main session survives.
    build: async (caller, ctx) => ({
      query: 'mutation { logout }',
      credentials:
        caller === 'ANONYMOUS'
          ? {}
          : { cookie: await login(ctx.server.url, ctx.users[caller].email, PASSWORD) },
    }),
  },
  createUser: {
    minimum: 'ADMIN',
    audited: true,
    build: async (_caller, ctx) => ({
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      variables: {
        input: {
          email: `matrix-${ctx.counter++}@example.com`,
          name: 'M',
          role: 'VIEWER',
          password: PASSWORD,
        },
      },
    }),
  },
  updateUser: {
    minimum: 'ADMIN',
    audited: true,
    build: async (_caller, ctx) => ({
      query: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }',
      variables: { input: { id: ctx.targetId, name: `Renamed ${ctx.counter++}` } },
    }),
  },
  setUserPassword: {
    minimum: 'ADMIN',
    audited: true,
    build: async (_caller, ctx) => ({
      query:
        'mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { user { id } } }',
      variables: { input: { id: ctx.targetId, password: PASSWORD } },
    }),
  },
  changePassword: {
    minimum: 'VIEWER',
    audited: true,
    build: async () => ({
      query: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      variables: { input: { currentPassword: PASSWORD, newPassword: 'matrix-changed-passphrase' } },
    }),
  },
  createApiToken: {
    minimum: 'VIEWER',
    audited: true,
    build: async () => ({
      query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      variables: { input: { name: 'matrix', role: 'VIEWER', expiresInDays: 1 } },
    }),
  },
  revokeApiToken: {
    minimum: 'VIEWER',
    audited: true,
    build: async (caller, ctx) => {
      const owner = caller === 'ANONYMOUS' ? ctx.users.VIEWER : ctx.users[caller];
      const created = await graphql<{ createApiToken: { token: { id: string } } }>(
        ctx.server.url,
        'mutation { createApiToken(input: {name: "to-revoke", role: VIEWER, expiresInDays: 1}) { token { id } } }',
        {},
        { cookie: owner.cookie },
      );
      return {
        query: 'mutation($id: ID!) { revokeApiToken(id: $id) { token { id } } }',
        variables: { id: created.data?.createApiToken.token.id },
      };
    },
  },
};

MUTATIONS.registerModel = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: RegisterModelInput!) { registerModel(input: $input) { model { id } } }',
    variables: { input: { ...MODEL_INPUT, name: `matrix-model-${ctx.counter++}` } },
  }),
};
MUTATIONS.createRelease = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_caller, ctx) => ({
    query: 'mutation($input: CreateReleaseInput!) { createRelease(input: $input) { created } }',
    variables: { input: releaseInput(ctx) },
  }),
};

const DEPLOY =
  'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }';

function deployInput(ctx: Context, name: string) {
  return { namespace: 'ml-prod', name, environment: 'DEV', releaseId: ctx.releaseId, replicas: 0 };
}

MUTATIONS.deployRelease = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_caller, ctx) => ({
    query: DEPLOY,
    variables: { input: deployInput(ctx, `matrix-${ctx.counter++}`) },
  }),
};
MUTATIONS.scaleDeployment = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: ScaleDeploymentInput!) { scaleDeployment(input: $input) { deployment { id } } }',
    variables: {
      input: { namespace: 'ml-prod', name: 'matrix-target', replicas: ctx.counter++ % 2 },
    },
  }),
};
MUTATIONS.deleteDeployment = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_caller, ctx) => {
    const name = `matrix-doomed-${ctx.counter++}`;
    await graphql(
      ctx.server.url,
      DEPLOY,
      { input: deployInput(ctx, name) },
      { cookie: ctx.adminCookie },
    );
    return {
      query:
        'mutation($input: DeleteDeploymentInput!) { deleteDeployment(input: $input) { deployment { id } } }',
      variables: {
        input: { namespace: 'ml-prod', name, confirmName: name, reason: 'authorization test' },
      },
    };
  },
};
MUTATIONS.rollbackDeployment = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => {
    const name = `matrix-rb-${ctx.counter++}`;
    await graphql(
      ctx.server.url,
      DEPLOY,
      { input: deployInput(ctx, name) },
      { cookie: ctx.adminCookie },
    );
    return {
      query:
        'mutation($input: RollbackDeploymentInput!) { rollbackDeployment(input: $input) { deployment { id } } }',
      variables: {
        input: {
          namespace: 'ml-prod',
          name,
          releaseId: ctx.otherReleaseId,
          reason: 'authorization test',
        },
      },
    };
  },
};
MUTATIONS.updateObservedDeployment = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_caller, ctx) => {
    // The embedded cluster's demo fleet, recorded as observed deployments by a look at it.
    await ctx.server.backline.services.observed.monitored();
    return {
      query:
        'mutation($input: UpdateObservedDeploymentInput!) { updateObservedDeployment(input: $input) { deployment { id } } }',
      variables: {
        input: { namespace: 'ml-prod', name: 'chat', sloTtftP95Ms: 1000 + ctx.counter++ },
      },
    };
  },
};
/** The id of an observed server of the embedded demo fleet, once its pods run a known digest. */
async function adoptable(ctx: Context, namespace: string, name: string): Promise<string> {
  const { deployments, observed } = ctx.server.backline.services;
  return waitFor(
    `${namespace}/${name} to be adoptable`,
    async () => {
      await observed.monitored();
      const found = (await deployments.listObserved()).find(
        (d) => d.namespace === namespace && d.name === name,
      );
      if (!found) return undefined;
      const { plan } = await deployments.adoptionPlan(found.id);
      return plan.adoptable ? found.id : undefined;
    },
    90_000,
  );
}
MUTATIONS.adoptDeployment = {
  minimum: 'ADMIN',
  audited: true,
  build: async (caller, ctx) => ({
    query:
      'mutation($input: AdoptDeploymentInput!) { adoptDeployment(input: $input) { deployment { id } } }',
    variables: {
      input: {
        deploymentId:
          caller === 'ADMIN'
            ? await adoptable(ctx, 'ml-staging', 'chat')
            : '00000000-0000-4000-8000-000000000000',
      },
    },
  }),
};
MUTATIONS.releaseDeployment = {
  minimum: 'ADMIN',
  audited: true,
  build: async (caller, ctx) => {
    let deploymentId = '00000000-0000-4000-8000-000000000000';
    if (caller === 'ADMIN') {
      deploymentId = await adoptable(ctx, 'ml-staging', 'reasoner');
      const adopted = await graphql(
        ctx.server.url,
        'mutation($input: AdoptDeploymentInput!) { adoptDeployment(input: $input) { deployment { id } } }',
        { input: { deploymentId } },
        { cookie: ctx.adminCookie },
      );
      if (adopted.errors) throw new Error(JSON.stringify(adopted.errors));
    }
    return {
      query:
        'mutation($input: ReleaseDeploymentInput!) { releaseDeployment(input: $input) { deployment { id } } }',
      variables: { input: { deploymentId, reason: 'the team takes it back' } },
    };
  },
};
MUTATIONS.repairDrift = {
  minimum: 'SRE',
  audited: true,
  build: async () => ({
    query:
      'mutation { repairDrift(namespace: "ml-prod", name: "matrix-target") { deployment { id } } }',
  }),
};

/** A deployment moving to the other release: a rollout waits (no cluster runs it) for the action. */
async function rolloutFor(ctx: Context, then: string[] = []): Promise<string> {
  const name = `matrix-ro-${ctx.counter++}`;
  const input = { ...deployInput(ctx, name), replicas: 1 };
  await graphql(ctx.server.url, DEPLOY, { input }, { cookie: ctx.adminCookie });
  await graphql(
    ctx.server.url,
    DEPLOY,
    { input: { ...input, releaseId: ctx.otherReleaseId } },
    { cookie: ctx.adminCookie },
  );
  const found = await graphql<{ deployment: { rollout: { id: string } | null } | null }>(
    ctx.server.url,
    'query($name: String!) { deployment(namespace: "ml-prod", name: $name) { rollout { id } } }',
    { name },
    { cookie: ctx.adminCookie },
  );
  const id = found.data?.deployment?.rollout?.id ?? '';
  for (const step of then) {
    await graphql(
      ctx.server.url,
      `mutation($input: RolloutActionInput!) { ${step}(input: $input) { rollout { id } } }`,
      { input: { id } },
      { cookie: ctx.adminCookie },
    );
  }
  return id;
}

function rolloutMutation(field: string, then: string[] = [], reason?: string): Operation {
  return {
    minimum: 'SRE',
    audited: true,
    build: async (_caller, ctx) => ({
      query: `mutation($input: RolloutActionInput!) { ${field}(input: $input) { rollout { id state } } }`,
      variables: { input: { id: await rolloutFor(ctx, then), ...(reason ? { reason } : {}) } },
    }),
  };
}
MUTATIONS.pauseRollout = rolloutMutation('pauseRollout');
MUTATIONS.resumeRollout = rolloutMutation('resumeRollout', ['pauseRollout']);
MUTATIONS.promoteRollout = rolloutMutation('promoteRollout');
MUTATIONS.abortRollout = rolloutMutation('abortRollout', [], 'authorization test');

const GOLDEN_PROMPT_FIELDS = {
  prompt: 'What is the capital of France?',
  maxTokens: 32,
  expect: { contains: ['Paris'], maxLength: 200 },
};

/**
 * Golden prompts go to a model of their own, so that matrix-target's model has none and
 * checkGoldenPrompts succeeds without a pod to ask.
 */
let promptsModel: Promise<string> | null = null;
function promptsModelId(ctx: Context): Promise<string> {
  promptsModel ??= graphql<{ registerModel: { model: { id: string } } }>(
    ctx.server.url,
    'mutation($input: RegisterModelInput!) { registerModel(input: $input) { model { id } } }',
    { input: { ...MODEL_INPUT, name: 'matrix-prompts-model' } },
    { cookie: ctx.adminCookie },
  ).then((r) => r.data?.registerModel.model.id ?? '');
  return promptsModel;
}

/** A fresh golden prompt, created by the admin, for one call to act on. */
async function goldenPromptFor(ctx: Context): Promise<string> {
  const created = await graphql<{ createGoldenPrompt: { goldenPrompt: { id: string } } }>(
    ctx.server.url,
    'mutation($input: CreateGoldenPromptInput!) { createGoldenPrompt(input: $input) { goldenPrompt { id } } }',
    {
      input: {
        modelId: await promptsModelId(ctx),
        name: `matrix prompt ${ctx.counter++}`,
        ...GOLDEN_PROMPT_FIELDS,
      },
    },
    { cookie: ctx.adminCookie },
  );
  return created.data?.createGoldenPrompt.goldenPrompt.id ?? '';
}

MUTATIONS.createGoldenPrompt = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: CreateGoldenPromptInput!) { createGoldenPrompt(input: $input) { goldenPrompt { id } } }',
    variables: {
      input: {
        modelId: await promptsModelId(ctx),
        name: `matrix prompt ${ctx.counter++}`,
        ...GOLDEN_PROMPT_FIELDS,
      },
    },
  }),
};
MUTATIONS.updateGoldenPrompt = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: UpdateGoldenPromptInput!) { updateGoldenPrompt(input: $input) { goldenPrompt { id } } }',
    variables: {
      input: {
        id: await goldenPromptFor(ctx),
        name: `matrix renamed ${ctx.counter++}`,
        ...GOLDEN_PROMPT_FIELDS,
      },
    },
  }),
};
MUTATIONS.deleteGoldenPrompt = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: DeleteGoldenPromptInput!) { deleteGoldenPrompt(input: $input) { goldenPrompt { id } } }',
    variables: { input: { id: await goldenPromptFor(ctx) } },
  }),
};
MUTATIONS.checkGoldenPrompts = {
  minimum: 'SRE',
  // Asks a pod and changes nothing; a model without golden prompts asks nothing at all.
  audited: false,
  build: async () => ({
    query:
      'mutation { checkGoldenPrompts(input: { namespace: "ml-prod", name: "matrix-target" }) { results { passed } } }',
  }),
};

const DECLARE =
  'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { incident { id } } }';

/** A fresh incident, declared by the admin and moved through `steps`, for one call to act on. */
async function incidentFor(ctx: Context, steps: string[] = []): Promise<string> {
  const declared = await graphql<{ declareIncident: { incident: { id: string } } }>(
    ctx.server.url,
    DECLARE,
    { input: { title: `matrix incident ${ctx.counter++}`, severity: 'SEV3' } },
    { cookie: ctx.adminCookie },
  );
  const id = declared.data?.declareIncident.incident.id ?? '';
  for (const step of steps) {
    await graphql(
      ctx.server.url,
      `mutation($id: ID!) { ${step}(input: { id: $id }) { incident { id } } }`,
      { id },
      { cookie: ctx.adminCookie },
    );
  }
  return id;
}

function incidentMutation(
  name: string,
  inputType: string,
  input: (ctx: Context) => Promise<Record<string, unknown>>,
): Operation {
  return {
    minimum: 'SRE',
    audited: true,
    build: async (_caller, ctx) => ({
      query: `mutation($input: ${inputType}!) { ${name}(input: $input) { incident { id } } }`,
      variables: { input: await input(ctx) },
    }),
  };
}

MUTATIONS.declareIncident = incidentMutation(
  'declareIncident',
  'DeclareIncidentInput',
  async (ctx) => ({
    title: `matrix declared ${ctx.counter++}`,
    severity: 'SEV4',
  }),
);
MUTATIONS.acknowledgeIncident = incidentMutation(
  'acknowledgeIncident',
  'IncidentTransitionInput',
  async (ctx) => ({ id: await incidentFor(ctx) }),
);
MUTATIONS.mitigateIncident = incidentMutation(
  'mitigateIncident',
  'IncidentTransitionInput',
  async (ctx) => ({ id: await incidentFor(ctx) }),
);
MUTATIONS.resolveIncident = incidentMutation(
  'resolveIncident',
  'IncidentTransitionInput',
  async (ctx) => ({ id: await incidentFor(ctx) }),
);
MUTATIONS.closeIncident = incidentMutation(
  'closeIncident',
  'IncidentTransitionInput',
  async (ctx) => ({ id: await closableIncident(ctx) }),
);
MUTATIONS.cancelIncident = incidentMutation(
  'cancelIncident',
  'CancelIncidentInput',
  async (ctx) => ({
    id: await incidentFor(ctx),
    reason: 'authorization test',
  }),
);
MUTATIONS.mergeIncident = incidentMutation('mergeIncident', 'MergeIncidentInput', async (ctx) => ({
  id: await incidentFor(ctx),
  intoId: await incidentFor(ctx),
}));
MUTATIONS.changeIncidentSeverity = incidentMutation(
  'changeIncidentSeverity',
  'ChangeIncidentSeverityInput',
  async (ctx) => ({ id: await incidentFor(ctx), severity: 'SEV1', reason: 'authorization test' }),
);
MUTATIONS.assignIncident = incidentMutation(
  'assignIncident',
  'AssignIncidentInput',
  async (ctx) => ({
    id: await incidentFor(ctx),
    assigneeId: ctx.users.SRE.id,
  }),
);
MUTATIONS.addIncidentNote = incidentMutation(
  'addIncidentNote',
  'AddIncidentNoteInput',
  async (ctx) => ({ id: await incidentFor(ctx), body: 'authorization test' }),
);

/** A fresh ticket, opened by the admin, for one call to act on. */
async function ticketFor(ctx: Context, incidentId?: string): Promise<string> {
  const created = await graphql<{ createTicket: { ticket: { id: string } } }>(
    ctx.server.url,
    'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
    {
      input: {
        subject: `matrix ticket ${ctx.counter++}`,
        description: 'authorization test',
        requester: { name: 'Matrix', email: 'matrix@example.com' },
      },
    },
    { cookie: ctx.adminCookie },
  );
  const id = created.data?.createTicket.ticket.id ?? '';
  if (incidentId) {
    await graphql(
      ctx.server.url,
      'mutation($input: LinkTicketInput!) { linkTicketToIncident(input: $input) { ticket { id } } }',
      { input: { id, incidentId } },
      { cookie: ctx.adminCookie },
    );
  }
  return id;
}

function ticketMutation(
  name: string,
  inputType: string,
  input: (ctx: Context) => Promise<Record<string, unknown>>,
): Operation {
  return {
    minimum: 'SUPPORT',
    audited: true,
    build: async (_caller, ctx) => ({
      query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ticket { id } } }`,
      variables: { input: await input(ctx) },
    }),
  };
}

MUTATIONS.createTicket = ticketMutation('createTicket', 'CreateTicketInput', async (ctx) => ({
  subject: `matrix ticket ${ctx.counter++}`,
  description: 'authorization test',
  priority: 'LOW',
  requester: { name: 'Matrix', email: 'matrix@example.com' },
}));
MUTATIONS.updateTicket = ticketMutation('updateTicket', 'UpdateTicketInput', async (ctx) => ({
  id: await ticketFor(ctx),
  priority: 'HIGH',
}));
MUTATIONS.changeTicketStatus = ticketMutation(
  'changeTicketStatus',
  'ChangeTicketStatusInput',
  async (ctx) => ({ id: await ticketFor(ctx), status: 'RESOLVED' }),
);
MUTATIONS.replyToTicket = ticketMutation('replyToTicket', 'ReplyToTicketInput', async (ctx) => ({
  id: await ticketFor(ctx),
  body: 'authorization test',
  visibility: 'INTERNAL',
}));
MUTATIONS.linkTicketToIncident = ticketMutation(
  'linkTicketToIncident',
  'LinkTicketInput',
  async (ctx) => ({ id: await ticketFor(ctx), incidentId: await incidentFor(ctx) }),
);
MUTATIONS.unlinkTicketFromIncident = ticketMutation(
  'unlinkTicketFromIncident',
  'UnlinkTicketInput',
  async (ctx) => ({ id: await ticketFor(ctx, await incidentFor(ctx)) }),
);
MUTATIONS.mergeTicket = ticketMutation('mergeTicket', 'MergeTicketInput', async (ctx) => ({
  id: await ticketFor(ctx),
  intoId: await ticketFor(ctx),
}));

/** A fresh incident with a postmortem started, for the postmortem mutations to act on. */
async function postmortemFor(ctx: Context, steps: string[] = []): Promise<string> {
  const id = await incidentFor(ctx, steps);
  await graphql(
    ctx.server.url,
    'mutation($id: ID!) { startPostmortem(input: { incidentId: $id }) { postmortem { status } } }',
    { id },
    { cookie: ctx.adminCookie },
  );
  return id;
}

/** A resolved SEV3 whose postmortem is published, so that it may close. */
async function closableIncident(ctx: Context): Promise<string> {
  const id = await postmortemFor(ctx, ['resolveIncident']);
  for (const query of [
    'mutation($id: ID!) { updatePostmortem(input: { incidentId: $id, summary: "matrix", rootCause: "matrix" }) { postmortem { status } } }',
    'mutation($id: ID!) { publishPostmortem(input: { incidentId: $id }) { postmortem { status } } }',
  ]) {
    await graphql(ctx.server.url, query, { id }, { cookie: ctx.adminCookie });
  }
  return id;
}

function postmortemMutation(
  name: string,
  inputType: string,
  input: (ctx: Context) => Promise<Record<string, unknown>>,
): Operation {
  return {
    minimum: 'SRE',
    audited: true,
    build: async (_caller, ctx) => ({
      query: `mutation($input: ${inputType}!) { ${name}(input: $input) { postmortem { status } } }`,
      variables: { input: await input(ctx) },
    }),
  };
}

/** An action item of a fresh postmortem. */
async function actionItemFor(ctx: Context): Promise<string> {
  const incidentId = await postmortemFor(ctx);
  const added = await graphql<{
    addPostmortemActionItem: { postmortem: { actionItems: { id: string }[] } };
  }>(
    ctx.server.url,
    'mutation($input: AddPostmortemActionItemInput!) { addPostmortemActionItem(input: $input) { postmortem { actionItems { id } } } }',
    { input: { incidentId, title: 'matrix action item' } },
    { cookie: ctx.adminCookie },
  );
  return added.data?.addPostmortemActionItem.postmortem.actionItems[0]?.id ?? '';
}

MUTATIONS.startPostmortem = postmortemMutation(
  'startPostmortem',
  'StartPostmortemInput',
  async (ctx) => ({ incidentId: await incidentFor(ctx) }),
);
MUTATIONS.updatePostmortem = postmortemMutation(
  'updatePostmortem',
  'UpdatePostmortemInput',
  async (ctx) => ({ incidentId: await postmortemFor(ctx), rootCause: 'authorization test' }),
);
MUTATIONS.publishPostmortem = postmortemMutation(
  'publishPostmortem',
  'PublishPostmortemInput',
  async (ctx) => {
    const incidentId = await postmortemFor(ctx);
    await graphql(
      ctx.server.url,
      'mutation($id: ID!) { updatePostmortem(input: { incidentId: $id, summary: "matrix", rootCause: "matrix" }) { postmortem { status } } }',
      { id: incidentId },
      { cookie: ctx.adminCookie },
    );
    return { incidentId };
  },
);
MUTATIONS.addPostmortemActionItem = postmortemMutation(
  'addPostmortemActionItem',
  'AddPostmortemActionItemInput',
  async (ctx) => ({ incidentId: await postmortemFor(ctx), title: 'authorization test' }),
);
MUTATIONS.updatePostmortemActionItem = postmortemMutation(
  'updatePostmortemActionItem',
  'UpdatePostmortemActionItemInput',
  async (ctx) => ({ id: await actionItemFor(ctx), done: true }),
);
MUTATIONS.removePostmortemActionItem = postmortemMutation(
  'removePostmortemActionItem',
  'RemovePostmortemActionItemInput',
  async (ctx) => ({ id: await actionItemFor(ctx) }),
);
MUTATIONS.postIncidentUpdate = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { update { id } } }',
    variables: {
      input: {
        incidentId: await incidentFor(ctx),
        status: 'INVESTIGATING',
        body: 'authorization test',
      },
    },
  }),
};
MUTATIONS.setDeploymentPublic = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: SetDeploymentPublicInput!) { setDeploymentPublic(input: $input) { deployment { id } } }',
    variables: {
      input: {
        namespace: 'ml-prod',
        name: 'matrix-target',
        public: true,
        displayName: `Matrix ${ctx.counter++}`,
      },
    },
  }),
};
MUTATIONS.setMaintenanceWindow = {
  minimum: 'SRE',
  audited: true,
  build: async (_caller, ctx) => ({
    query:
      'mutation($input: SetMaintenanceWindowInput!) { setMaintenanceWindow(input: $input) { deployment { id } } }',
    variables: {
      input: {
        namespace: 'ml-prod',
        name: 'matrix-target',
        window: {
          startsAt: new Date(Date.UTC(2030, 0, 1, 0, ctx.counter++)).toISOString(),
          endsAt: new Date(Date.UTC(2030, 0, 2)).toISOString(),
        },
      },
    },
  }),
};

const QUERIES: Record<string, Operation> = {
  serverInfo: {
    minimum: 'PUBLIC',
    audited: false,
    build: async () => ({ query: '{ serverInfo { version } }' }),
  },
  viewer: {
    minimum: 'PUBLIC',
    audited: false,
    build: async () => ({ query: '{ viewer { role } }' }),
  },
  users: { minimum: 'ADMIN', audited: false, build: async () => ({ query: '{ users { id } }' }) },
  user: {
    minimum: 'ADMIN',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { user(id: $id) { id } }',
      variables: { id: ctx.targetId },
    }),
  },
  apiTokens: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ apiTokens { id } }' }),
  },
  auditLog: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ auditLog(first: 1) { totalCount } }' }),
  },
  verifyAuditLog: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ verifyAuditLog { ok } }' }),
  },
  auditCheckpoint: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ auditCheckpoint { publicKey } }' }),
  },
  models: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ models { id } }' }),
  },
  model: {
    minimum: 'VIEWER',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { model(id: $id) { id } }',
      variables: { id: ctx.modelId },
    }),
  },
  release: {
    minimum: 'VIEWER',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { release(id: $id) { id } }',
      variables: { id: ctx.releaseId },
    }),
  },
  deployments: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ deployments { id phase } }' }),
  },
  deploymentsConnection: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({
      query: '{ deploymentsConnection(first: 1) { totalCount edges { cursor node { id } } } }',
    }),
  },
  deployment: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({
      query: '{ deployment(namespace: "ml-prod", name: "matrix-target") { id } }',
    }),
  },
  fleetSummary: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({
      query: '{ fleetSummary { total managed health { state count } attention { id } } }',
    }),
  },
  adoptionPlan: {
    minimum: 'ADMIN',
    audited: false,
    build: async (caller, ctx) => {
      let id = '00000000-0000-4000-8000-000000000000';
      if (caller === 'ADMIN') {
        await ctx.server.backline.services.observed.monitored();
        const found = (await ctx.server.backline.services.deployments.listObserved()).find(
          (d) => d.namespace === 'ml-staging' && d.name === 'ollama',
        );
        id = found?.id ?? id;
      }
      return {
        query: 'query($id: ID!) { adoptionPlan(deploymentId: $id) { adoptable reasons diff } }',
        variables: { id },
      };
    },
  },
  managedNamespaces: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ managedNamespaces }' }),
  },
  discoveredModelServers: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ discoveredModelServers { servers { name } problems } }' }),
  },
  incidents: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({ query: '{ incidents(status: [TRIGGERED]) { id timeline { kind } } }' }),
  },
  incidentsConnection: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({
      query: '{ incidentsConnection(first: 2) { totalCount nodes { id } pageInfo { endCursor } } }',
    }),
  },
  incidentStats: {
    minimum: 'VIEWER',
    audited: false,
    build: async () => ({
      query: '{ incidentStats { deployment { name } mttaSeconds mttrSeconds } }',
    }),
  },
  incident: {
    minimum: 'VIEWER',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { incident(id: $id) { id signals { status } } }',
      variables: { id: await incidentFor(ctx) },
    }),
  },
  tickets: {
    minimum: 'SUPPORT',
    audited: false,
    build: async () => ({
      query: '{ tickets(view: BREACHING) { id sla { state } conversation { body } } }',
    }),
  },
  ticketsConnection: {
    minimum: 'SUPPORT',
    audited: false,
    build: async () => ({
      query: '{ ticketsConnection(first: 2) { totalCount nodes { id sla { state } } } }',
    }),
  },
  ticket: {
    minimum: 'SUPPORT',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { ticket(id: $id) { id incident { id } } }',
      variables: { id: await ticketFor(ctx) },
    }),
  },
  slaPolicies: {
    minimum: 'SUPPORT',
    audited: false,
    build: async () => ({ query: '{ slaPolicies { priority calendar { timeZone } } }' }),
  },
  releaseDiff: {
    minimum: 'VIEWER',
    audited: false,
    build: async (_c, ctx) => ({
      query: 'query($id: ID!) { releaseDiff(from: $id, to: $id) { path } }',
      variables: { id: ctx.releaseId },
    }),
  },
};

// On-call, escalation and notification channels.
async function asAdmin<T>(ctx: Context, query: string, variables: Record<string, unknown>) {
  const result = await graphql<T>(ctx.server.url, query, variables, { cookie: ctx.adminCookie });
  if (!result.data) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

function scheduleInput(ctx: Context) {
  return {
    name: `matrix schedule ${ctx.counter++}`,
    timeZone: 'Europe/Berlin',
    layers: [{ name: 'L', userIds: [ctx.users.SRE.id], start: '2026-11-02T09:00', shift: 'DAILY' }],
  };
}

function policyInput(ctx: Context) {
  return {
    name: `matrix policy ${ctx.counter++}`,
    steps: [{ timeoutMinutes: 5, targets: [{ type: 'USER', id: ctx.users.SRE.id }] }],
  };
}

async function scheduleFor(ctx: Context): Promise<string> {
  const data = await asAdmin<{ createOnCallSchedule: { id: string } }>(
    ctx,
    'mutation($input: CreateOnCallScheduleInput!) { createOnCallSchedule(input: $input) { id } }',
    { input: scheduleInput(ctx) },
  );
  return data.createOnCallSchedule.id;
}

async function policyFor(ctx: Context): Promise<string> {
  const data = await asAdmin<{ createEscalationPolicy: { id: string } }>(
    ctx,
    'mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }',
    { input: policyInput(ctx) },
  );
  return data.createEscalationPolicy.id;
}

async function channelFor(ctx: Context): Promise<string> {
  const data = await asAdmin<{ createNotificationChannel: { channel: { id: string } } }>(
    ctx,
    'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }',
    {
      input: {
        name: `matrix channel ${ctx.counter++}`,
        type: 'SLACK',
        url: 'http://127.0.0.1:9/hook',
      },
    },
  );
  return data.createNotificationChannel.channel.id;
}

function op(
  minimum: Role,
  query: string,
  variables: (ctx: Context) => Promise<Record<string, unknown>>,
  audited = true,
): Operation {
  return {
    minimum,
    audited,
    build: async (_c, ctx) => ({ query, variables: await variables(ctx) }),
  };
}

Object.assign(MUTATIONS, {
  createOnCallSchedule: op(
    'SRE',
    'mutation($input: CreateOnCallScheduleInput!) { createOnCallSchedule(input: $input) { id } }',
    async (ctx) => ({ input: scheduleInput(ctx) }),
  ),
  updateOnCallSchedule: op(
    'SRE',
    'mutation($input: UpdateOnCallScheduleInput!) { updateOnCallSchedule(input: $input) { id } }',
    async (ctx) => ({ input: { id: await scheduleFor(ctx), ...scheduleInput(ctx) } }),
  ),
  deleteOnCallSchedule: op(
    'SRE',
    'mutation($id: ID!) { deleteOnCallSchedule(id: $id) }',
    async (ctx) => ({ id: await scheduleFor(ctx) }),
  ),
  addOnCallOverride: op(
    'SRE',
    'mutation($input: AddOnCallOverrideInput!) { addOnCallOverride(input: $input) { id } }',
    async (ctx) => ({
      input: {
        scheduleId: await scheduleFor(ctx),
        userId: ctx.users.SRE.id,
        startsAt: '2026-12-01T00:00:00Z',
        endsAt: '2026-12-02T00:00:00Z',
      },
    }),
  ),
  removeOnCallOverride: op(
    'SRE',
    'mutation($id: ID!) { removeOnCallOverride(id: $id) { id } }',
    async (ctx) => {
      const data = await asAdmin<{ addOnCallOverride: { id: string } }>(
        ctx,
        'mutation($input: AddOnCallOverrideInput!) { addOnCallOverride(input: $input) { id } }',
        {
          input: {
            scheduleId: await scheduleFor(ctx),
            userId: ctx.users.SRE.id,
            startsAt: '2026-12-01T00:00:00Z',
            endsAt: '2026-12-02T00:00:00Z',
          },
        },
      );
      return { id: data.addOnCallOverride.id };
    },
  ),
  createEscalationPolicy: op(
    'SRE',
    'mutation($input: CreateEscalationPolicyInput!) { createEscalationPolicy(input: $input) { id } }',
    async (ctx) => ({ input: policyInput(ctx) }),
  ),
  updateEscalationPolicy: op(
    'SRE',
    'mutation($input: UpdateEscalationPolicyInput!) { updateEscalationPolicy(input: $input) { id } }',
    async (ctx) => ({ input: { id: await policyFor(ctx), ...policyInput(ctx) } }),
  ),
  deleteEscalationPolicy: op(
    'SRE',
    'mutation($id: ID!) { deleteEscalationPolicy(id: $id) }',
    async (ctx) => ({ id: await policyFor(ctx) }),
  ),
  createNotificationChannel: op(
    'ADMIN',
    'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }',
    async (ctx) => ({
      input: {
        name: `matrix channel ${ctx.counter++}`,
        type: 'SLACK',
        url: 'http://127.0.0.1:9/x',
      },
    }),
  ),
  updateNotificationChannel: op(
    'ADMIN',
    'mutation($input: UpdateNotificationChannelInput!) { updateNotificationChannel(input: $input) { id } }',
    async (ctx) => ({ input: { id: await channelFor(ctx), isFallback: true } }),
  ),
  deleteNotificationChannel: op(
    'ADMIN',
    'mutation($id: ID!) { deleteNotificationChannel(id: $id) }',
    async (ctx) => ({ id: await channelFor(ctx) }),
  ),
  testNotificationChannel: op(
    'ADMIN',
    'mutation($id: ID!) { testNotificationChannel(id: $id) { id } }',
    async (ctx) => ({ id: await channelFor(ctx) }),
  ),
});

Object.assign(QUERIES, {
  onCallSchedules: op('VIEWER', '{ onCallSchedules { id } }', async () => ({}), false),
  onCallSchedule: op(
    'VIEWER',
    'query($id: ID!) { onCallSchedule(id: $id) { id shifts { userId } } }',
    async (ctx) => ({ id: await scheduleFor(ctx) }),
    false,
  ),
  onCallNow: op('VIEWER', '{ onCallNow { user { id } } }', async () => ({}), false),
  escalationPolicies: op('VIEWER', '{ escalationPolicies { id } }', async () => ({}), false),
  escalationPolicy: op(
    'VIEWER',
    'query($id: ID!) { escalationPolicy(id: $id) { id } }',
    async (ctx) => ({ id: await policyFor(ctx) }),
    false,
  ),
  notificationChannels: op('SRE', '{ notificationChannels { id } }', async () => ({}), false),
  onCallPeople: op('SRE', '{ onCallPeople { id } }', async () => ({}), false),
  pagingReadiness: op('VIEWER', '{ pagingReadiness { ready } }', async () => ({}), false),
  search: op('VIEWER', '{ search(text: "chat") { kind } }', async () => ({}), false),
  emailConfigured: op('VIEWER', '{ emailConfigured }', async () => ({}), false),
  notificationDelivery: op(
    'SRE',
    'query($id: ID!) { notificationDelivery(id: $id) { id } }',
    async () => ({ id: '1' }),
    false,
  ),
});

function allowed(caller: Caller, minimum: Role | 'PUBLIC'): boolean {
  if (minimum === 'PUBLIC') return true;
  return caller !== 'ANONYMOUS' && RANK[caller] >= RANK[minimum];
}

QUERIES.rollout = {
  minimum: 'VIEWER',
  audited: false,
  build: async (_c, ctx) => ({
    query: 'query($id: ID!) { rollout(id: $id) { id state steps { canaryReplicas } } }',
    variables: { id: await rolloutFor(ctx) },
  }),
};
QUERIES.activeRollouts = {
  minimum: 'VIEWER',
  audited: false,
  build: async () => ({ query: '{ activeRollouts { id state } }' }),
};
QUERIES.priceBook = {
  minimum: 'VIEWER',
  audited: false,
  build: async () => ({ query: '{ priceBook { gpus { gpuProduct isDefault } apis { api } } }' }),
};
QUERIES.costReport = {
  minimum: 'VIEWER',
  audited: false,
  build: async () => ({
    query:
      'query($input: CostReportInput!) { costReport(input: $input) { total { costUsd tokens } } }',
    variables: { input: { from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z' } },
  }),
};
QUERIES.capacity = {
  minimum: 'VIEWER',
  audited: false,
  build: async () => ({
    query: '{ capacity { known unknownReason products { product free } deployments { name } } }',
  }),
};
MUTATIONS.setGpuPrice = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_c, ctx) => ({
    query:
      'mutation($input: SetGpuPriceInput!) { setGpuPrice(input: $input) { price { gpuProduct } } }',
    variables: {
      input: {
        gpuProduct: 'NVIDIA-L4',
        usdPerGpuHour: 0.7,
        effectiveFrom: new Date(Date.UTC(2031, 0, 1, 0, ctx.counter++)).toISOString(),
        source: 'authorization test',
      },
    },
  }),
};
MUTATIONS.setApiPrice = {
  minimum: 'ADMIN',
  audited: true,
  build: async (_c, ctx) => ({
    query: 'mutation($input: SetApiPriceInput!) { setApiPrice(input: $input) { price { api } } }',
    variables: {
      input: {
        api: 'example/model',
        displayName: 'Example model',
        usdPerMillionInput: 1,
        usdPerMillionOutput: 2,
        effectiveFrom: new Date(Date.UTC(2031, 0, 1, 0, ctx.counter++)).toISOString(),
        source: 'authorization test',
      },
    },
  }),
};

describe('authorization: every root field with every role', () => {
  const ctx = { counter: 0 } as Context;

  beforeAll(async () => {
    // With the simulated cluster, so that operations on deployments can succeed.
    ctx.server = await startTestServer({ env: { BACKLINE_SIMULATOR: 'on' } });
    ctx.adminCookie = await login(ctx.server.url, ctx.server.adminEmail, ctx.server.adminPassword);
    ctx.users = {} as Context['users'];
    for (const role of ['ADMIN', 'SRE', 'SUPPORT', 'VIEWER'] as const) {
      ctx.users[role] = await userWithRole(
        ctx.server.url,
        ctx.adminCookie,
        role,
        `matrix-${role.toLowerCase()}@example.com`,
      );
    }
    ctx.targetId = (
      await userWithRole(ctx.server.url, ctx.adminCookie, 'VIEWER', 'matrix-target@example.com')
    ).id;
    const model = await graphql<{ registerModel: { model: { id: string } } }>(
      ctx.server.url,
      'mutation($input: RegisterModelInput!) { registerModel(input: $input) { model { id } } }',
      { input: { ...MODEL_INPUT, name: 'matrix-model' } },
      { cookie: ctx.adminCookie },
    );
    ctx.modelId = model.data?.registerModel.model.id ?? '';
    const release = await graphql<{ createRelease: { release: { id: string } } }>(
      ctx.server.url,
      'mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } } }',
      { input: releaseInput(ctx) },
      { cookie: ctx.adminCookie },
    );
    ctx.releaseId = release.data?.createRelease.release.id ?? '';
    const other = await graphql<{ createRelease: { release: { id: string } } }>(
      ctx.server.url,
      'mutation($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } } }',
      { input: releaseInput(ctx) },
      { cookie: ctx.adminCookie },
    );
    ctx.otherReleaseId = other.data?.createRelease.release.id ?? '';
    await graphql(
      ctx.server.url,
      DEPLOY,
      { input: deployInput(ctx, 'matrix-target') },
      { cookie: ctx.adminCookie },
    );
    // Five users, each signing in and choosing their own password: a dozen password hashes.
  }, 180_000);
  afterAll(() => ctx.server.stop());

  it('has an expectation for every query, mutation and subscription in the schema', async () => {
    const result = await graphql<{
      __schema: Record<string, { fields: { name: string }[] } | null>;
    }>(
      ctx.server.url,
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const schema = result.data?.__schema;
    expect(schema?.mutationType?.fields.map((f) => f.name).sort()).toEqual(
      Object.keys(MUTATIONS).sort(),
    );
    expect(schema?.queryType?.fields.map((f) => f.name).sort()).toEqual(
      Object.keys(QUERIES).sort(),
    );
    expect(schema?.subscriptionType?.fields.map((f) => f.name).sort()).toEqual([
      'auditEntryAppended',
      'deploymentChanged',
      'incidentChanged',
      'rolloutChanged',
      'ticketChanged',
    ]);
  });

  const table = [...Object.entries(MUTATIONS), ...Object.entries(QUERIES)].flatMap(([name, op]) =>
    CALLERS.map((caller) => ({ name, op, caller })),
  );

  /**
   * Audit entries written by people and tokens; the server's own background work (SLA sweeps,
   * escalations) audits as `system` and may write at any moment.
   */
  async function callerEntries(): Promise<number> {
    const audit = ctx.server.backline.services.audit;
    const all = (await audit.list({}, 1)).totalCount;
    return all - (await audit.list({ actor: 'system' }, 1)).totalCount;
  }

  it.each(table)('$name as $caller', async ({ op, caller }) => {
    const { query, variables, credentials } = await op.build(caller, ctx);
    const sent =
      credentials ?? (caller === 'ANONYMOUS' ? {} : { cookie: ctx.users[caller].cookie });
    const before = await callerEntries();
    const result = await graphql(ctx.server.url, query, variables, sent);
    const code = result.errors?.[0]?.extensions?.code;
    if (allowed(caller, op.minimum)) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const after = await callerEntries();
      expect(after > before).toBe(op.audited);
    } else {
      expect(code).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(result.data === null || Object.values(result.data).every((v) => v === null)).toBe(
        true,
      );
    }
  });
});
