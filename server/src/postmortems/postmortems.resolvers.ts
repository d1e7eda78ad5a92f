import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const postmortemsAccess: AccessPolicy = {
  'Mutation.startPostmortem': 'SRE',
  'Mutation.updatePostmortem': 'SRE',
  'Mutation.publishPostmortem': 'SRE',
  'Mutation.addPostmortemActionItem': 'SRE',
  'Mutation.updatePostmortemActionItem': 'SRE',
  'Mutation.removePostmortemActionItem': 'SRE',
};

export const postmortemsResolvers: Resolvers = {
  Mutation: {
    startPostmortem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.start(requireActor(context, 'SRE'), input),
    }),
    updatePostmortem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.update(requireActor(context, 'SRE'), input),
    }),
    publishPostmortem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.publish(requireActor(context, 'SRE'), input),
    }),
    addPostmortemActionItem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.addActionItem(
        requireActor(context, 'SRE'),
        input,
      ),
    }),
    updatePostmortemActionItem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.updateActionItem(
        requireActor(context, 'SRE'),
        input,
      ),
    }),
    removePostmortemActionItem: async (_, { input }, context) => ({
      postmortem: await context.services.postmortems.removeActionItem(
        requireActor(context, 'SRE'),
        input,
      ),
    }),
  },
  Incident: {
    postmortem: (i, _, { services }) => services.postmortems.get(i.id),
  },
  Postmortem: {
    actionItems: (p, _, { services }) => services.postmortems.actionItems(p.incidentId),
  },
  PostmortemActionItem: {
    owner: (item, _, { services }) => (item.ownerId ? services.users.get(item.ownerId) : null),
  },
};
