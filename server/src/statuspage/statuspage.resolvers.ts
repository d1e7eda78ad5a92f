import { actorOf } from '../auth/index.ts';
import { type AccessPolicy, requireRole } from '../graphql/access.ts';
import type { Resolvers } from '../graphql/generated/resolvers-types.ts';

export const statusPageAccess: AccessPolicy = {
  'Mutation.setDeploymentPublic': 'SRE',
  'Mutation.setMaintenanceWindow': 'SRE',
  'Mutation.postIncidentUpdate': 'SRE',
};

export const statusPageResolvers: Resolvers = {
  Mutation: {
    setDeploymentPublic: async (_, { input }, context) => ({
      deployment: await context.services.statusPage.setPublic(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    setMaintenanceWindow: async (_, { input }, context) => ({
      deployment: await context.services.statusPage.setMaintenance(
        actorOf(requireRole(context, 'SRE')),
        input,
      ),
    }),
    postIncidentUpdate: (_, { input }, context) =>
      context.services.statusPage.postUpdate(actorOf(requireRole(context, 'SRE')), input),
  },
  ModelDeployment: {
    statusPage: (d, _, { services }) => services.statusPage.settings(d),
  },
  Incident: {
    publicUpdates: (i, _, { services }) => services.statusPage.updates(i.id),
  },
};
