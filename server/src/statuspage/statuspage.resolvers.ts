import type { AccessPolicy } from '../graphql/access.ts';
import { requireActor } from '../graphql/actor.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const statusPageAccess: AccessPolicy = {
  'Mutation.setDeploymentPublic': 'SRE',
  'Mutation.setMaintenanceWindow': 'SRE',
  'Mutation.postIncidentUpdate': 'SRE',
};

export const statusPageResolvers: Resolvers = {
  Mutation: {
    setDeploymentPublic: async (_, { input }, context) => ({
      deployment: await context.services.statusPage.setPublic(requireActor(context, 'SRE'), input),
    }),
    setMaintenanceWindow: async (_, { input }, context) => ({
      deployment: await context.services.statusPage.setMaintenance(
        requireActor(context, 'SRE'),
        input,
      ),
    }),
    postIncidentUpdate: (_, { input }, context) =>
      context.services.statusPage.postUpdate(requireActor(context, 'SRE'), input),
  },
  ModelDeployment: {
    statusPage: (d, _, { services }) => services.statusPage.settings(d),
  },
  Incident: {
    publicUpdates: (i, _, { services }) => services.statusPage.updates(i.id),
  },
};
