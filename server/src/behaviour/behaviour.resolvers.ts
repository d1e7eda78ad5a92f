import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { ChatRole, Resolvers } from '../graphql/generated/resolvers-types.ts';

/**
 * Golden prompts decide whether a canary is rolled back, so changing them is an operational
 * decision of the people who run rollouts and incidents: SRE, like deploying and rolling back.
 * Asking a pod sends real requests to a model server, so it needs SRE as well.
 */
export const behaviourAccess: AccessPolicy = {
  'Mutation.createGoldenPrompt': 'SRE',
  'Mutation.updateGoldenPrompt': 'SRE',
  'Mutation.deleteGoldenPrompt': 'SRE',
  'Mutation.checkGoldenPrompts': 'SRE',
};

export const behaviourResolvers: Resolvers = {
  Mutation: {
    createGoldenPrompt: async (_, { input }, context) => ({
      goldenPrompt: await context.services.behaviour.create(requireActor(context, 'SRE'), input),
    }),
    updateGoldenPrompt: async (_, { input }, context) => ({
      goldenPrompt: await context.services.behaviour.update(requireActor(context, 'SRE'), input),
    }),
    deleteGoldenPrompt: async (_, { input }, context) => ({
      goldenPrompt: await context.services.behaviour.delete(requireActor(context, 'SRE'), input),
    }),
    checkGoldenPrompts: (_, { input }, context) => {
      requireRole(context, 'SRE');
      return context.services.behaviour.checkDeployment(input);
    },
  },
  Model: {
    goldenPrompts: (model, _, { services }) => services.behaviour.list(model.id),
  },
  GoldenPrompt: {
    model: async (prompt, _, { services }) => {
      const model = await services.catalog.getModel(prompt.modelId);
      if (!model) throw new Error(`golden prompt ${prompt.id} has no model`);
      return model;
    },
  },
  ChatMessage: {
    role: (message) => message.role.toUpperCase() as ChatRole,
  },
  PromptCheckResult: {
    prompt: (result, _, { services }) => services.behaviour.get(result.promptId),
  },
};
